package org.awesomevlm.kg;

import java.nio.file.Path;

/**
 * Resolves the project's default directories ({@code data/}, {@code db/}, {@code ontology/}, {@code
 * queries/}) against the project home: the {@code kg.home} system property the {@code ./kg}
 * launcher sets, else the working directory.
 */
public final class Home {
    private Home() {}

    public static Path dir() {
        String home = System.getProperty("kg.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    public static Path resolve(String relative) {
        return dir().resolve(relative);
    }

    public static Path data() {
        return resolve("data");
    }

    public static Path db() {
        return resolve("db");
    }

    public static Path ontology() {
        return resolve("ontology");
    }

    public static Path queries() {
        return resolve("queries");
    }
}
