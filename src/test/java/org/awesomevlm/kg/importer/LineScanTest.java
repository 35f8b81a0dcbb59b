package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.awesomevlm.kg.generate.ListGenerator;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line scanner reads the usual blocks without commonmark; whatever the text, the import must be
 * the one commonmark's reading of every block gives: the same Turtle bytes, warnings, or error.
 */
class LineScanTest {
    @TempDir Path dir;

    @Test
    void everyFixtureImportsTheSameLineByLine() throws IOException {
        List<Path> lists = ListImporterTest.shippedAndFixtureLists();
        assertThat(lists).hasSizeGreaterThan(10);
        for (Path p : lists) {
            assertSame(p.getFileName().toString(), Files.readAllBytes(p));
        }
    }

    @Test
    void generatedListImportsTheSameLineByLine() throws IOException {
        assertSame("generated.md", generated(120, 5).getBytes(StandardCharsets.UTF_8));
    }

    /** Every entry of a generated list has the usual shape: read here, as commonmark reads it. */
    @Test
    void generatedEntriesAreReadLineByLineAsCommonmarkReadsThem() throws IOException {
        String md = generated(80, 9);
        SourceText src = SourceText.of("g.md", md);
        src.readAll();
        List<ImportWarning> byLines = new ArrayList<>();
        List<ImportWarning> byCommonmark = new ArrayList<>();
        EntryLines lines =
                new EntryLines(src, new EntryParser(src, byLines::add, new NameTables()));
        EntryParser commonmark = new EntryParser(src, byCommonmark::add, new NameTables());
        Node doc =
                Parser.builder()
                        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                        .build()
                        .parse(src.join(0, src.size() - 1));
        int entries = 0;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListBlock) {
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    int line = EntryParser.Spans.first(item);
                    ParsedEntry expected = commonmark.parse((ListItem) item, 0);
                    assertThat(lines.read(line)).as("line %d", line + 1).isEqualTo(expected);
                    assertThat(lines.last()).isEqualTo(EntryParser.Spans.last(item));
                    assertThat(byLines).isEqualTo(byCommonmark);
                    entries++;
                }
            }
        }
        assertThat(entries).isEqualTo(80);
    }

    @Test
    void unusualEntriesImportTheSame() throws IOException {
        String head = "# L\n\n## S\n\n";
        String entry =
                "- T. [[paper]](https://a.org/1)\n  - A B, C D.\n  - Key Words: x; y.\n"
                        + "  - <details><summary>Digest</summary>\n    Text **M1**.\n  </details>\n";
        String[] bodies = {
            entry + "\n" + entry.replace("/1", "/2"),
            entry + entry.replace("/1", "/2"), // tight list
            entry + "lazy?\n",
            entry.replace("  - A B", "  - A B\n  lazy") + "\n",
            entry.replace("  - A B", "  - A B\n     more") + "\n",
            entry.replace("Text", "Text\n\n    after a blank") + "\n",
            entry + "\n  indented after a blank\n",
            entry + "\n   - x\n",
            entry + "\n- plain item\n\n" + entry.replace("/1", "/3"),
            entry + "\n* other bullet\n",
            entry + "\n- - -\n",
            entry + "\n1. ordered\n",
            entry.replace("T.", "T *em*."),
            entry.replace("T.", "T &amp; U."),
            entry.replace("T.", "T\tU."),
            entry.replace("1)", "1&x=2)"),
            entry.replace("1)", "1) [[code]](https://b.org/c)"),
            entry.replace("1)", "1)  "),
            entry.replace("[[paper]]", "[[]]"),
            entry.replace("- T.", "- ."),
            entry.replace("- T.", "- 1. T."),
            entry.replace("  </details>\n", "  </details>\n  - Datasets: D.\n"),
            entry.replace("  </details>\n", ""),
            entry.replace("  </details>\n", "") + "</details>\n",
            entry.replace("- T", "-\tT"),
            entry.replace("  - A", "\t- A"),
            entry + "\u000b\n" + entry.replace("/1", "/2"),
            "<details>\n<summary>S: 2024</summary>\n\n" + entry + "</details>\n",
            "<details>\n<summary>S: 2024</summary>\n" + entry + "</details>\n",
            "<details><summary>Wrapped</summary>\n\n" + entry + "</details>\n\n" + entry,
            "```\n" + entry + "```\n\n" + entry,
            "<!--\n\n" + entry + "-->\n\n" + entry,
            "## H *x*\n\n" + entry + "\n## H #\n\n### H\\\n\n####### H\n",
            "Para\n" + entry + "\n> quote\n" + entry.replace("/1", "/2"),
        };
        for (String body : bodies) {
            assertSame("unusual.md", (head + body).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Generated lists with random edits (characters with a Markdown meaning, blank lines, indents,
     * lines that may continue a block): each must import the same line by line as by commonmark.
     */
    @Test
    void perturbedListsImportTheSame() throws IOException {
        for (int seed = 0; seed < Integer.getInteger("linescan.seeds", 300); seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            String md = perturb(generated(6, seed), r, 1 + r.nextInt(4));
            assertSame("perturbed-" + seed + ".md", md.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Fuzzes the line scanner against commonmark's reading ({@code mvn -o -Pfuzz test
     * -Dtest=LineScanTest}); the normal suite leaves it out (tag "jazzer").
     */
    @FuzzTest(maxDuration = "120s")
    void anyTextImportsTheSameLineByLine(byte[] markdown) throws IOException {
        assertSame("fuzz.md", markdown);
    }

    private static final String[] SNIPPETS = {
        "",
        "  more",
        "    more",
        "lazy",
        "- [[x]](https://x.org)",
        "</details>",
        "<details>",
        "# H",
        "  - Key Words: a; b.",
        "- - -",
        "***",
        "```",
        "<!--",
        "   - x",
        "\t- y",
        "1. z",
        "  </details>",
        "  - <details><summary>Digest</summary>",
        "- T. [[paper]](https://t.org)",
        "> q",
        "===",
        "    code",
        " ",
        "\t",
    };
    private static final String CHARS = "\\`*_[]<>&!~#\t ().:-;\u00a0\u000bé";

    private static String perturb(String md, SplittableRandom r, int edits) {
        List<String> lines = new ArrayList<>(List.of(md.split("\n", -1)));
        for (int e = 0; e < edits; e++) {
            int i = r.nextInt(lines.size());
            String l = lines.get(i);
            switch (r.nextInt(7)) {
                case 0 -> {
                    int at = r.nextInt(l.length() + 1);
                    char c = CHARS.charAt(r.nextInt(CHARS.length()));
                    lines.set(i, l.substring(0, at) + c + l.substring(at));
                }
                case 1 -> {
                    if (!l.isEmpty()) {
                        int at = r.nextInt(l.length());
                        lines.set(i, l.substring(0, at) + l.substring(at + 1));
                    }
                }
                case 2 -> lines.add(i, SNIPPETS[r.nextInt(SNIPPETS.length)]);
                case 3 -> lines.remove(i);
                case 4 -> lines.add(i, l);
                case 5 -> lines.set(i, " ".repeat(r.nextInt(5)) + l.stripLeading());
                default -> {
                    if (i + 1 < lines.size()) {
                        lines.set(i, l + lines.remove(i + 1));
                    }
                }
            }
            if (lines.isEmpty()) {
                lines.add("x");
            }
        }
        return String.join("\n", lines);
    }

    private static String generated(int papers, long seed) throws IOException {
        StringWriter w = new StringWriter();
        new ListGenerator(papers, seed).write(w);
        return w.toString();
    }

    private void assertSame(String name, byte[] md) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, md);
        assertThat(outcome(file, true)).as(name).isEqualTo(outcome(file, false));
    }

    /** The Turtle and the warnings of an import, or its error. */
    private static List<String> outcome(Path file, boolean lineScan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImportSummary s = new ListImporter().lineScan(lineScan).writeTurtle(file, out);
            List<String> result = new ArrayList<>();
            result.add(out.toString(StandardCharsets.UTF_8));
            s.warnings().forEach(w -> result.add(w.toString()));
            return result;
        } catch (RuntimeException e) {
            return List.of(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }
}
