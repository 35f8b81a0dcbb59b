package org.awesomevlm.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layout of a TDB2 database directory. TDB2 keeps its storage in generations {@code Data-NNNN}
 * and always opens the highest-numbered one; compaction builds the next generation in {@code
 * Data-NNNN-tmp} and renames it into place. Loads and restores use the same trick: build a complete
 * database in a staging directory, then rename its storage to the next generation number. A rename
 * within one file system is atomic, so a kill leaves either the old or the new generation in
 * charge, never a half-built one.
 */
final class Generations {
    private static final Logger LOG = LoggerFactory.getLogger(Generations.class);
    private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");
    private static final Pattern TDB_TEMP = Pattern.compile("Data-\\d+-tmp");

    /** Prefix of staging directories; must not start with "Data" (TDB2 scans "Data*"). */
    static final String STAGING_PREFIX = "kg-staging-";

    private Generations() {}

    /** The highest-numbered {@code Data-NNNN} directory, or null. */
    static Path latest(Path db) {
        List<Path> gens = generations(db);
        return gens.isEmpty() ? null : gens.get(gens.size() - 1);
    }

    /** All {@code Data-NNNN} directories, oldest first. */
    static List<Path> generations(Path db) {
        return children(db).stream()
                .filter(p -> GENERATION.matcher(name(p)).matches() && Files.isDirectory(p))
                .sorted(Comparator.comparingInt(Generations::number))
                .toList();
    }

    /** Directories an interrupted operation left behind (staging, TDB2 temporaries, old data). */
    static List<Path> leftovers(Path db) {
        Path latest = latest(db);
        return children(db).stream()
                .filter(Files::isDirectory)
                .filter(
                        p ->
                                name(p).startsWith(STAGING_PREFIX)
                                        || TDB_TEMP.matcher(name(p)).matches()
                                        || (GENERATION.matcher(name(p)).matches()
                                                && !p.equals(latest)))
                .sorted()
                .toList();
    }

    /** Deletes {@link #leftovers}; call only while holding the database's process lock. */
    static void removeLeftovers(Path db, boolean expected) {
        for (Path p : leftovers(db)) {
            if (expected) {
                LOG.debug("removing superseded {}", p);
            } else {
                LOG.info("removing {} left by an interrupted operation", p);
            }
            deleteTree(p);
        }
    }

    /** A fresh, empty staging directory inside {@code db}. */
    static Path newStaging(Path db, String purpose) {
        try {
            return Files.createTempDirectory(db, STAGING_PREFIX + purpose + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renames the (single) storage generation of the closed database in {@code staging} to the next
     * generation of {@code db}: the commit point of a rebuild.
     */
    static void promote(Path db, Path staging) {
        Path built = latest(staging);
        if (built == null) {
            throw new IllegalStateException("no database built in " + staging);
        }
        Path current = latest(db);
        int next = current == null ? 1 : number(current) + 1;
        Path target = db.resolve(String.format("Data-%04d", next));
        try {
            fsyncTree(built);
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
            fsync(db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the files of a freshly built database durable before it is renamed into place. */
    private static void fsyncTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                fsync(p);
            }
        }
    }

    private static void fsync(Path p) throws IOException {
        // Opening a directory for reading to force it works on Linux and is harmless elsewhere.
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(p)) {
                throw e;
            }
        }
    }

    private static List<Path> children(Path db) {
        if (!Files.isDirectory(db)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(db)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static int number(Path generation) {
        Matcher m = GENERATION.matcher(name(generation));
        if (!m.matches()) {
            throw new IllegalArgumentException(generation.toString());
        }
        return Integer.parseInt(m.group(1));
    }
}
