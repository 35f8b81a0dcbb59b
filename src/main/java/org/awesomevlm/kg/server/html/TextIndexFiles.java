package org.awesomevlm.kg.server.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where the on-disk text index lives and whether it is current: the index of a TDB2 database is
 * {@code <database>/text/}, stamped with a fingerprint of the database's live storage files; an
 * index whose stamp differs from the database's current fingerprint is rebuilt.
 */
final class TextIndexFiles {
    private TextIndexFiles() {}

    /** The stamp file inside the index directory. */
    static final String STAMP = "kg-fingerprint.txt";

    /** {@code <tdb2 database>/text}, or null when the dataset is not a TDB2 database on disk. */
    static Path defaultDir(Dataset ds) {
        DatasetGraphSwitchable container = container(ds);
        if (container == null || !container.hasContainerPath()) {
            return null;
        }
        return container.getContainerPath().resolve("text");
    }

    /**
     * A fingerprint of the TDB2 storage generation in use (its directory and each file's name, size
     * and modification time), or null when it cannot be computed (in-memory data): every committed
     * write changes it, reading does not.
     */
    static String fingerprint(Dataset ds) {
        if (container(ds) == null) {
            return null;
        }
        Location location;
        try {
            location = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph()).getLocation();
        } catch (RuntimeException e) {
            return null;
        }
        if (location == null || location.isMem()) {
            return null;
        }
        // The storage generation in use: Data-0001, then Data-0002 after a compaction, ...
        Path dir = Path.of(location.getDirectoryPath());
        StringBuilder sb = new StringBuilder(dir.getFileName().toString()).append('\n');
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("tdb.lock")) {
                    continue;
                }
                sb.append(name)
                        .append(' ')
                        .append(Files.size(f))
                        .append(' ')
                        .append(Files.getLastModifiedTime(f).toMillis())
                        .append('\n');
            }
        } catch (IOException e) {
            return null;
        }
        return sb.toString();
    }

    static boolean isCurrent(Path indexDir, String fingerprint) {
        if (fingerprint == null) {
            return false;
        }
        Path stamp = indexDir.resolve(STAMP);
        try {
            return Files.isRegularFile(stamp) && Files.readString(stamp).equals(fingerprint);
        } catch (IOException e) {
            return false;
        }
    }

    static void stamp(Path indexDir, String fingerprint) {
        if (fingerprint == null) {
            return;
        }
        try {
            Path tmp = indexDir.resolve(STAMP + ".tmp");
            Files.writeString(tmp, fingerprint);
            Files.move(
                    tmp,
                    indexDir.resolve(STAMP),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the stamp first, so an interrupted rebuild is never taken for a current index. */
    static void unstamp(Path indexDir) {
        try {
            Files.deleteIfExists(indexDir.resolve(STAMP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static DatasetGraphSwitchable container(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        if (!TDBInternal.isTDB2(dsg)) {
            return null;
        }
        try {
            return TDBInternal.getDatabaseContainer(dsg);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
