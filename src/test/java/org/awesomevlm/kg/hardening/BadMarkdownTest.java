package org.awesomevlm.kg.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awesomevlm.kg.cli.CliRun;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kg import} on the bad Markdown of {@code badinput/markdown/cases.txt} and on generated
 * extremes: an error names file and line and writes nothing; a warning names file and line and the
 * Turtle written still loads (SHACL included); every input keeps the importer's properties ({@link
 * ImportProperties}).
 */
class BadMarkdownTest {
    static final Path DIR = Path.of("src/test/resources/badinput/markdown");
    static final String LINK = " [[paper]](https://arxiv.org/abs/2401.00001)\n  - Ada Lovelace.\n";

    @TempDir Path tmp;

    /** One input and what importing it must give. */
    record Case(String name, byte[] markdown, String outcome, long line, String message) {
        @Override
        public String toString() {
            return name + " (" + outcome + ")";
        }
    }

    static List<Case> listed() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String row : Files.readAllLines(DIR.resolve("cases.txt"))) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.strip().split("\\s+", 4);
            cases.add(
                    new Case(
                            f[0],
                            Files.readAllBytes(DIR.resolve(f[0])),
                            f[1],
                            f[2].equals("-") ? 0 : Long.parseLong(f[2]),
                            f[3].equals("-") ? null : f[3]));
        }
        return cases;
    }

    static Stream<Case> cases() throws IOException {
        String head = "# A list\n\n## Survey\n\n";
        StringBuilder nested = new StringBuilder(head);
        for (int i = 0; i < 1000; i++) {
            nested.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        List<Case> all = new ArrayList<>(listed());
        all.add(ok("line-1mb", head + "word ".repeat(1 << 18) + "\n"));
        all.add(ok("title-1mb", head + "- " + "Title words ".repeat(1 << 17) + "." + LINK));
        all.add(ok("nested-lists-1000", nested.toString()));
        all.add(
                ok(
                        "links-2000",
                        head
                                + "- Title"
                                + " [[paper]](https://arxiv.org/abs/2401.00001)".repeat(2000)
                                + "\n"));
        return all.stream();
    }

    private static Case ok(String name, String markdown) {
        return new Case(name, markdown.getBytes(StandardCharsets.UTF_8), "ok", 0, null);
    }

    @Test
    void everyCorpusFileHasAnExpectedOutcome() throws IOException {
        List<String> listed = listed().stream().map(Case::name).toList();
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importGivesAClearMessageAndWritesNothingOnError(Case c) throws IOException {
        // the bad list has the shipped list's name, so a careless import would overwrite its Turtle
        Path md = Files.createDirectories(tmp.resolve("in")).resolve("awesome-list.md");
        Files.write(md, c.markdown());
        Path out = tmp.resolve("out");
        assertThat(CliRun.run("import", "data/awesome-list.md", "--out", out.toString()).code())
                .isZero();
        Map<String, Cli.Bytes> before = Cli.snapshot(out);

        CliRun r = CliRun.run("import", md.toString(), "--out", out.toString());

        switch (c.outcome()) {
            case "error" -> {
                assertThat(r.code()).as(r.err()).isEqualTo(2);
                assertThat(r.err()).contains(md + ":" + c.line() + ": " + c.message());
                assertThat(r.err()).doesNotContain("Exception", "\tat ");
                assertThat(Cli.snapshot(out)).isEqualTo(before);
            }
            case "warning" -> {
                assertThat(r.code()).as(r.err()).isZero();
                assertThat(r.err()).contains(md + ":" + c.line() + ": warning: " + c.message());
                assertLoads(out);
            }
            case "ok" -> {
                assertThat(r.code()).as(r.err()).isZero();
                assertThat(r.err()).doesNotContain("warning");
                assertLoads(out);
            }
            default -> throw new IllegalArgumentException(c.outcome());
        }
        ImportProperties.assertHolds(c.markdown(), Files.createDirectories(tmp.resolve("check")));
    }

    /** What the importer accepts, {@code kg load} accepts too. */
    private void assertLoads(Path data) {
        Path db = tmp.resolve("db");
        try {
            Loader.load(data, Path.of("ontology"), db);
        } finally {
            Store.close(db);
        }
    }
}
