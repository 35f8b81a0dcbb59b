package org.awesomevlm.kg;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes files so that readers see the old content or the whole new content, never a part: a
 * temporary file in the same directory, then an atomic move; several files together with a {@link
 * Batch}.
 *
 * <pre>{@code AtomicFiles.write(target, out -> out.write(bytes));}</pre>
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code target} whole or not at all (a one-file {@link Batch}). */
    public static void write(Path target, Content content) {
        try (Batch batch = batch()) {
            batch.write(target, content);
            batch.commit();
        }
    }

    /** A new, empty set of files to write together. */
    public static Batch batch() {
        return new Batch();
    }

    /**
     * Several files written as one change: each goes to a temporary file beside its target, {@link
     * #commit} moves them all in, and {@link #close} deletes every temporary file not moved in.
     *
     * <p>What it guarantees, as far as the file system allows: no target changes before every file
     * of the batch is complete and forced to disk, so a failure while writing any of them (bad
     * input, a full disk, even an {@code Error} such as OutOfMemoryError, with close in a
     * try-with-resources) leaves all the targets as they were and no temporary file behind. Each
     * move is atomic where the file system can, but the moves together are not one step: an I/O
     * error between two moves leaves the targets moved so far new and the others old, and a crash
     * there does the same and leaves the rest as hidden {@code .NAME*.tmp} files.
     *
     * <pre>{@code
     * try (AtomicFiles.Batch files = AtomicFiles.batch()) {
     *     files.write(a, out -> ...);
     *     files.write(b, out -> ...);
     *     files.commit();
     * }
     * }</pre>
     */
    public static final class Batch implements AutoCloseable {
        private final Map<Path, Path> pending = new LinkedHashMap<>(); // target -> its temp file

        private Batch() {}

        /**
         * A stream into the temporary file of {@code target} (created now, with the permissions the
         * target has), for writers that stream; the caller closes it before {@link #commit}.
         */
        public OutputStream open(Path target) throws IOException {
            Path abs = target.toAbsolutePath();
            if (pending.containsKey(abs)) {
                throw new IllegalArgumentException(abs + " is already in this batch");
            }
            Path tmp = tempFor(abs);
            pending.put(abs, tmp);
            return Files.newOutputStream(tmp);
        }

        /** Writes the content of {@code target} into its temporary file now. */
        public void write(Path target, Content content) {
            try (OutputStream out = open(target)) {
                content.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Forces every temporary file to disk, then moves each over its target, in order. */
        public void commit() {
            try {
                // On disk before any rename: otherwise a power cut can leave the new name on an
                // empty or partial file.
                for (Path tmp : pending.values()) {
                    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                }
                for (Iterator<Map.Entry<Path, Path>> it = pending.entrySet().iterator();
                        it.hasNext(); ) {
                    Map.Entry<Path, Path> e = it.next();
                    move(e.getValue(), e.getKey());
                    it.remove();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Deletes the temporary files not moved in: all of them unless {@link #commit} ran. */
        @Override
        public void close() {
            for (Path tmp : pending.values()) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error matters more
                }
            }
            pending.clear();
        }

        private static void move(Path tmp, Path target) throws IOException {
            try {
                Files.move(
                        tmp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Creates the temporary file for {@code target} in its directory, with the permissions the
     * target has (or rw-r--r-- for a new file): a temp file is created owner-only, and after the
     * move that would make every written list, Turtle file and export private.
     */
    private static Path tempFor(Path abs) throws IOException {
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            Set<PosixFilePermission> perms =
                    Files.exists(abs)
                            ? Files.getPosixFilePermissions(abs)
                            : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException notPosix) {
            // the file system's default ACLs apply
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }
}
