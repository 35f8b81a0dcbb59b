package org.awesomevlm.kg.cli;

import java.nio.file.Path;
import org.awesomevlm.kg.Home;
import picocli.CommandLine.Option;

/** Shared {@code --db DIR} option (a picocli mixin). */
final class DbOptions {
    @Option(
            names = "--db",
            paramLabel = "DIR",
            description = "TDB2 database directory (default: db/).")
    Path db;

    Path db() {
        return db != null ? db : Home.db();
    }
}
