package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpCommandTest {
    private static List<Path> warmUpDirs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("kg-warm-up")).toList();
        }
    }

    @Test
    void runsEveryStepAndLeavesNothingBehind() throws IOException {
        List<Path> before = warmUpDirs();
        long dataModified = Files.getLastModifiedTime(Path.of("data")).toMillis();

        CliRun r = CliRun.run("warm-up");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("warm-up done" + System.lineSeparator());
        assertThat(warmUpDirs()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(Files.getLastModifiedTime(Path.of("data")).toMillis()).isEqualTo(dataModified);
    }

    @Test
    void isNotListedInTheHelp() {
        CliRun r = CliRun.run("--help");
        assertThat(r.out()).contains("load").doesNotContain("warm-up");
    }

    @Test
    void aFailingStepFailsTheWarmUpAndStillCleansUp(@TempDir Path emptyHome) throws IOException {
        List<Path> before = warmUpDirs();
        String home = System.getProperty("kg.home");
        System.setProperty("kg.home", emptyHome.toString()); // no ontology/: the load fails
        try {
            CliRun r = CliRun.run("warm-up");
            assertThat(r.code()).isNotZero();
            assertThat(r.err()).contains("ontology");
        } finally {
            if (home == null) {
                System.clearProperty("kg.home");
            } else {
                System.setProperty("kg.home", home);
            }
        }
        assertThat(warmUpDirs()).containsExactlyInAnyOrderElementsOf(before);
    }
}
