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
import java.util.Set;

/**
 * Writes a file so that readers see the old content or the whole new content, never a part: a
 * temporary file in the same directory, then an atomic move.
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

    /**
     * Moves a finished temporary file (in the target's directory) over {@code target}, atomically
     * where the file system can; for writers that must finish several files before any is seen.
     */
    public static void replace(Path tmp, Path target) throws IOException {
        // On disk before the rename: otherwise a power cut can leave the new name on an
        // empty or partial file.
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
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

    /**
     * Creates the temporary file for {@code target} in its directory, with the permissions the
     * target has (or rw-r--r-- for a new file): a temp file is created owner-only, and after the
     * move that would make every written list, Turtle file and export private.
     */
    public static Path tempFor(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
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
        }
        return tmp;
    }

    public static void write(Path target, Content content) {
        Path abs = target.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = tempFor(abs);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            replace(tmp, abs);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original error matters more
                }
            }
        }
    }
}
