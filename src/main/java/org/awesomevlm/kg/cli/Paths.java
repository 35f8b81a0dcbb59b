package org.awesomevlm.kg.cli;

import java.nio.file.Path;
import org.awesomevlm.kg.Home;

/** How commands show a directory: relative to the project home when inside it. */
final class Paths {
    private Paths() {}

    static String display(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path home = Home.dir();
        return (abs.startsWith(home) ? home.relativize(abs).toString() : abs.toString()) + "/";
    }
}
