package org.awesomevlm.kg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtomicFilesTest {
    @TempDir Path dir;

    /** A temp file is created owner-only; the written file must not stay so. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a new file is readable by others like any written file, , rw-r--r--",
        "a replaced file keeps its permissions, rw-rw----, rw-rw----"
    })
    void permissions(String what, String existing, String expected) throws IOException {
        Path target = dir.resolve("list.ttl");
        if (existing != null) {
            Files.writeString(target, "old");
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(existing));
        }
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo(expected);
    }

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("list.ttl");
        Files.writeString(target, "old");
        assertThatThrownBy(
                        () ->
                                AtomicFiles.write(
                                        target,
                                        out -> {
                                            out.write('n');
                                            throw new IOException("disk full");
                                        }))
                .hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void batchMovesEveryFileInAtCommit() throws IOException {
        Path a = dir.resolve("a.ttl");
        Path b = dir.resolve("sub/b.ttl");
        Files.writeString(a, "old a");
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            batch.write(a, out -> out.write("new a".getBytes(StandardCharsets.UTF_8)));
            try (var out = batch.open(b)) {
                out.write("new b".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(Files.readString(a)).isEqualTo("old a"); // nothing seen before commit
            assertThat(b).doesNotExist();
            batch.commit();
        }
        assertThat(Files.readString(a)).isEqualTo("new a");
        assertThat(Files.readString(b)).isEqualTo("new b");
        assertThat(names(dir)).containsExactlyInAnyOrder("a.ttl", "sub");
        assertThat(names(b.getParent())).containsExactly("b.ttl");
    }

    @Test
    void batchClosedWithoutCommitChangesNoTargetAndLeavesNoTemporaryFile() throws IOException {
        Path a = dir.resolve("a.ttl");
        Files.writeString(a, "old a");
        // an Error while writing the second file, as when an import runs out of memory
        assertThatThrownBy(
                        () -> {
                            try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
                                batch.write(a, out -> out.write('n'));
                                batch.write(
                                        dir.resolve("b.ttl"),
                                        out -> {
                                            throw new OutOfMemoryError("injected");
                                        });
                                batch.commit();
                            }
                        })
                .isInstanceOf(OutOfMemoryError.class);
        assertThat(Files.readString(a)).isEqualTo("old a");
        assertThat(names(dir)).containsExactly("a.ttl");
    }

    @Test
    void aMoveThatFailsLeavesTheEarlierMovesDoneAndNoTemporaryFile() throws IOException {
        Path a = dir.resolve("a.ttl");
        Path b = dir.resolve("b.ttl");
        Files.createDirectories(b.resolve("x")); // a non-empty directory: the move onto it fails
        assertThatThrownBy(
                        () -> {
                            try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
                                batch.write(a, out -> out.write('a'));
                                batch.write(b, out -> out.write('b'));
                                batch.commit();
                            }
                        })
                .isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readString(a)).isEqualTo("a"); // the documented limit: not one step
        assertThat(names(dir)).containsExactlyInAnyOrder("a.ttl", "b.ttl");
    }

    @Test
    void aTargetTwiceInOneBatchIsRefused() throws IOException {
        Path a = dir.resolve("a.ttl");
        try (AtomicFiles.Batch batch = AtomicFiles.batch()) {
            batch.write(a, out -> out.write('1'));
            assertThatThrownBy(() -> batch.open(dir.resolve("./a.ttl").normalize()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a.ttl");
        }
        assertThat(names(dir)).isEmpty();
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
