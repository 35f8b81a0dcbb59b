package org.awesomevlm.kg.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.importer.ListImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes {@code kg import} (Markdown bytes to Turtle) with Jazzer: {@code mvn -B -Pfuzz test} runs
 * {@link #importAnyBytes} for {@link #MAX_DURATION}, starting from the seeds (the shipped list, the
 * importer's fixtures, the bad-input Markdown and earlier findings, which Jazzer writes to {@link
 * #FINDINGS}). The normal suite leaves out the {@code @FuzzTest} (tag "jazzer") and replays the
 * seeds in {@link #seed}.
 *
 * <p>Properties of every input: the importer either succeeds or throws its own {@link KgException}
 * naming the file and a line of it; it takes at most one second of CPU per 100 KB (and at most one
 * second for anything smaller); its Turtle parses back to the same graph.
 */
class ImporterFuzzTest {
    /**
     * Time spent mutating inputs, after the seeds have run: CI gives the fuzz step five minutes in
     * all, Maven, compilation and the seeds included.
     */
    static final String MAX_DURATION = "180s";

    /** Jazzer's inputs directory for {@link #importAnyBytes}: crashing inputs land here. */
    static final Path FINDINGS =
            Path.of(
                    "src/test/resources/org/awesomevlm/kg/hardening/ImporterFuzzTestInputs/"
                            + "importAnyBytes");

    @TempDir static Path tmp;

    /** The shipped list, the importer's fixtures, the bad-input Markdown under 64 KB, findings. */
    static Stream<Arguments> seeds() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("data/awesome-list.md"));
        for (Path dir :
                List.of(
                        Path.of("src/test/resources/importer"),
                        Path.of("src/test/resources/badinput/markdown"),
                        FINDINGS)) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(Files::isRegularFile)
                            .filter(p -> dir == FINDINGS || p.toString().endsWith(".md"))
                            .sorted()
                            .forEach(files::add);
                }
            }
        }
        List<Arguments> seeds = new ArrayList<>();
        for (Path f : files) {
            if (Files.size(f) < 64 * 1024) {
                seeds.add(Arguments.of(Named.of(f.toString(), Files.readAllBytes(f))));
            }
        }
        return seeds.stream();
    }

    @BeforeAll
    static void warmUp() {
        // class loading and Jena's initialisation are not the importer's cost
        new ListImporter().importFile(Path.of("data/awesome-list.md"));
    }

    // No @Timeout: JUnit would apply it to the whole fuzzing run; assertHolds() bounds each input's
    // time.
    @MethodSource("seeds")
    @FuzzTest(maxDuration = MAX_DURATION)
    void importAnyBytes(byte[] markdown) {
        ImportProperties.assertHolds(markdown, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seed(byte[] markdown) {
        ImportProperties.assertHolds(markdown, tmp);
    }
}
