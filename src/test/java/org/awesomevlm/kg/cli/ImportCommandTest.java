package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awesomevlm.kg.cli.CliRun.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.awesomevlm.kg.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    static final Path BAD = Path.of("src/test/resources/importer/bad");
    static final Path DIFF = Path.of("src/test/resources/importer/diff");

    @TempDir Path out;

    /** File names and contents of a directory, to prove a failed import changed nothing. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return m;
    }

    private void seed() throws IOException {
        assertThat(run("import", "data/awesome-list.md", "--out", out.toString()).code()).isZero();
    }

    private void assertRejected(Path md, String where) throws IOException {
        seed();
        Map<String, String> before = snapshot(out);
        CliRun r = run("import", md.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(md + ":" + where);
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void bytesThatAreNotUtf8AreRejectedWithTheirLine() throws IOException {
        Path md = out.resolveSibling(out.getFileName() + "-bad.md");
        byte[] head = "# A list\n\nfine line\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'b', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Files.write(md, all);
        try {
            assertRejected(md, "4: not UTF-8");
        } finally {
            Files.deleteIfExists(md);
        }
    }

    @Test
    void anErrorDuringTheImportLeavesNoTempFileAndTheOldTurtle() throws IOException {
        seed();
        Map<String, String> before = snapshot(out);
        // an Error (here from the progress bar's last draw, once the Turtle is written) must not
        // leave data/.x.ttl*.tmp
        Writer failing =
                new Writer() {
                    @Override
                    public void write(char[] buf, int off, int len) {
                        throw new OutOfMemoryError("injected");
                    }

                    @Override
                    public void flush() {}

                    @Override
                    public void close() {}
                };
        ListImport.Options options =
                new ListImport.Options(out, false, true, new PrintWriter(failing), false);
        assertThatThrownBy(
                        () -> {
                            try (AtomicFiles.Batch files = AtomicFiles.batch()) {
                                ListImport.run(Path.of("data/awesome-list.md"), options, files);
                                files.commit();
                            }
                        })
                .isInstanceOf(OutOfMemoryError.class)
                .hasMessage("injected");
        assertThat(snapshot(out)).isEqualTo(before);
    }

    @Test
    void aBadListAmongSeveralWritesNoneOfThem() throws IOException {
        seed();
        Map<String, String> before = snapshot(out);
        Path good = Path.of("src/test/resources/importer/roundtrip/odd.md");
        Path bad = BAD.resolve("empty.md");
        CliRun r = run("import", good.toString(), bad.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ":1: empty file");
        assertThat(snapshot(out)).isEqualTo(before); // no odd.ttl, no odd.prov.ttl, no temp file
    }

    @Test
    void unterminatedDetailsIsRejected() throws IOException {
        assertRejected(BAD.resolve("unterminated.md"), "5: unterminated <details>");
    }

    @Test
    void entryWithoutALinkIsRejected() throws IOException {
        assertRejected(BAD.resolve("no-link.md"), "5: entry has no link");
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        assertRejected(BAD.resolve("empty.md"), "1: empty file");
    }

    @Test
    void warningsGoToStderrWithFileAndLine() {
        Path odd = Path.of("src/test/resources/importer/roundtrip/odd.md");
        CliRun r = run("import", odd.toString(), "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err())
                .contains(odd + ":12: warning: list item is not an entry, kept verbatim")
                .contains(odd + ":40: warning: </details> closes nothing, kept verbatim");
        assertThat(r.out()).doesNotContain("warning");
    }

    @Test
    void missingFileIsRejected() {
        CliRun r = run("import", "no/such/list.md", "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no/such/list.md").contains("no such file");
    }

    @Test
    void importWritesSortedTurtleAndReportsPapers() throws IOException {
        CliRun r = run("import", "data/awesome-list.md", "--out", out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("3 papers, 11 people");
        assertThat(r.out())
                .contains("added   <https://w3id.org/awesome-vlm/paper/arxiv-2403.02469>");
        String ttl = Files.readString(out.resolve("awesome-list.ttl"));
        CliRun again = run("import", "data/awesome-list.md", "--out", out.toString());
        assertThat(again.out()).doesNotContain("added").doesNotContain("changed");
        assertThat(Files.readString(out.resolve("awesome-list.ttl"))).isEqualTo(ttl);
        try (Stream<Path> s = Files.list(out)) {
            // The list's Turtle and the PROV-O record of the import; no temporary files left.
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("awesome-list.ttl", "awesome-list.prov.ttl");
        }
    }

    @Test
    void reimportReportsAddedChangedRemovedWithStableIris() throws IOException {
        Path v1 = out.resolve("v1");
        Path v2 = out.resolve("v2");
        Files.createDirectories(v1);
        Files.createDirectories(v2);
        Files.copy(DIFF.resolve("v1.md"), v1.resolve("list.md"));
        Files.copy(DIFF.resolve("v2.md"), v2.resolve("list.md"));
        Path data = out.resolve("data");
        assertThat(run("import", v1.resolve("list.md").toString(), "--out", data.toString()).code())
                .isZero();
        String before = Files.readString(data.resolve("list.ttl"));
        CliRun r = run("import", v2.resolve("list.md").toString(), "--out", data.toString());
        assertThat(r.code()).isZero();
        String p = "<https://w3id.org/awesome-vlm/paper/arxiv-";
        assertThat(r.out())
                .contains("added   " + p + "2401.00009>  Paper Zero")
                .contains("changed " + p + "2401.00002>  Paper Two, Revised")
                .contains("removed " + p + "2401.00003>  Paper Three")
                .doesNotContain("2401.00001>");
        String after = Files.readString(data.resolve("list.ttl"));
        // the unchanged paper and its people keep their IRIs
        assertThat(before).contains("paper:arxiv-2401.00001", "person:ada-lovelace");
        assertThat(after).contains("paper:arxiv-2401.00001", "person:ada-lovelace");
    }

    @Test
    void noDiffWritesTheSameTurtleWithoutTheReport() throws IOException {
        Path a = out.resolve("a");
        Path b = out.resolve("b");
        assertThat(run("import", "data/awesome-list.md", "--out", a.toString()).out())
                .contains("added ");
        CliRun r = run("import", "data/awesome-list.md", "--out", b.toString(), "--no-diff");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("3 papers").doesNotContain("added");
        assertThat(Files.readString(b.resolve("awesome-list.ttl")))
                .isEqualTo(Files.readString(a.resolve("awesome-list.ttl")));
    }

    @Test
    void progressBarOnlyWhenAsked() {
        CliRun quiet = run("import", "data/awesome-list.md", "--out", out.toString());
        assertThat(quiet.err()).doesNotContain("importing");
        CliRun shown = run("import", "data/awesome-list.md", "--out", out.toString(), "--progress");
        assertThat(shown.code()).isZero();
        // not a terminal: no line during a run this short, one line at the end
        assertThat(shown.err())
                .contains("importing awesome-list.md 100% [########################] ")
                .contains("MB/s")
                .contains("elapsed");
        assertThat(shown.out()).doesNotContain("importing");
    }
}
