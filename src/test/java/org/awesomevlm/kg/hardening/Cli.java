package org.awesomevlm.kg.hardening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.awesomevlm.kg.cli.CliRun;

/** Snapshots directories, for the bad-input tests (runs of {@code kg}: {@link CliRun}). */
final class Cli {
    private Cli() {}

    /**
     * Every file under {@code dir} (relative name to bytes, wrapped so that equals compares
     * contents), empty when it does not exist.
     */
    static Map<String, Bytes> snapshot(Path dir) throws IOException {
        Map<String, Bytes> m = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return m;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), new Bytes(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    /** File contents with value equality. */
    record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return value.length + " bytes";
        }
    }
}
