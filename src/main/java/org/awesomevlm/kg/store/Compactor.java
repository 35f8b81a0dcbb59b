package org.awesomevlm.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * {@code kg compact}: rewrites the database into a new storage generation without the space TDB2's
 * append-only indexes accumulate, then deletes the old generation. Crash-safe: TDB2 builds the new
 * generation in {@code Data-NNNN-tmp} and renames it into place; a killed compaction leaves the old
 * generation in charge and its temporary is removed at the next open.
 */
public final class Compactor {
    /** What a compaction did: generations and on-disk sizes before and after. */
    public record Report(String from, String to, long bytesBefore, long bytesAfter, long millis) {
        public String summary(String dbName) {
            return String.format(
                    "compacted %s %s -> %s: %s -> %s in %.1f s",
                    dbName, from, to, human(bytesBefore), human(bytesAfter), millis / 1000.0);
        }
    }

    private Compactor() {}

    public static Report compact(Path db) {
        long start = System.nanoTime();
        Path dir = Store.key(db);
        synchronized (Store.class) {
            var ds = Store.open(dir); // also removes what an earlier killed compaction left
            Path from = Generations.latest(dir);
            long before = size(from);
            DatabaseMgr.compact(ds.asDatasetGraph(), true);
            Path to = Generations.latest(dir);
            return new Report(
                    from.getFileName().toString(),
                    to.getFileName().toString(),
                    before,
                    size(to),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    static long size(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(Compactor::fileSize).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long fileSize(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0; // vanished meanwhile
        }
    }

    static String human(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KiB", bytes / 1024.0);
        }
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }
}
