package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL_MultiLine;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TurtleStreamTest {
    private static final RDFDatatype DATATYPE =
            TypeMapper.getInstance().getSafeTypeByName(AV.NS + "odd%20datatype(1)");
    private static final List<String> IRIS =
            List.of(
                    AV.BASE + "paper/plain-key",
                    AV.BASE + "paper/1starts-with-digit",
                    AV.BASE + "paper/-dash",
                    AV.BASE + "paper/.dot",
                    AV.BASE + "paper/ends-with-dot.",
                    AV.BASE + "paper/ti~lde",
                    AV.BASE + "paper/a.b_c",
                    AV.BASE + "entry/list/key/link/1",
                    AV.BASE + "section/x-",
                    AV.BASE + "paper/%41",
                    AV.BASE + "paper/é",
                    AV.BASE + "a",
                    AV.BASE,
                    AV.BASE + "ontology#Thing",
                    "https://a(../etc/passwd",
                    "https://example.org/a%20b?q=(1)&r=[x]#frag",
                    "https://example.org/ünïcode/日本",
                    "http://schema.org/url",
                    "urn:x:y",
                    "mailto:a@b.org");

    private static final List<String> STRINGS =
            List.of(
                    "plain",
                    "back\\slash \\( \\n \\u0041",
                    "quotes \" ' \"\"\" '''",
                    "ends with quote\"",
                    "new\nline\r\nand\ttab",
                    "control \u001a \u0000 \u007f \u0001",
                    "unicode é 日本 \ud83d\ude00",
                    "",
                    " leading and trailing ",
                    "[[code]](ja\nascript:E.org/a1)");

    /**
     * Each IRI and literal in every position, streamed and parsed back: the same graph. (IRIs with
     * dot segments are left out: no Turtle carries them, see the test below.)
     */
    @Test
    void oddIrisAndLiteralsReadBackAsWritten() {
        Graph g = GraphFactory.createDefaultGraph();
        Node p = NodeFactory.createURI(AV.NS + "markdown");
        for (String s : IRIS) {
            Node n = NodeFactory.createURI(s);
            g.add(Triple.create(n, p, NodeFactory.createURI(IRIS.get(0))));
            g.add(Triple.create(NodeFactory.createURI(IRIS.get(0)), n, n));
            for (String lex : STRINGS) {
                g.add(Triple.create(n, p, NodeFactory.createLiteralString(lex)));
                g.add(Triple.create(n, p, NodeFactory.createLiteralLang(lex, "en")));
                g.add(Triple.create(n, p, NodeFactory.createLiteralDT(lex, DATATYPE)));
            }
        }
        String turtle = write(g);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(parsed);
        assertThat(parsed.isIsomorphicWith(g)).as(turtle).isTrue();
    }

    /**
     * The writer formats the usual terms itself (no Jena formatter per term); each literal and IRI
     * is written byte for byte as Jena's multi-line Turtle formatter writes it.
     */
    @Test
    void termsAreWrittenAsJenaFormatsThem() {
        List<String> lexicals = new ArrayList<>(STRINGS);
        lexicals.addAll(
                List.of(
                        "12",
                        "-3",
                        "+4",
                        "1.5",
                        "1e3",
                        "true",
                        "false",
                        "1",
                        "2026",
                        "a\"b",
                        "'''x'''",
                        "\"\"\"",
                        "end\"\n\"",
                        "a\\\"\"\"\n",
                        "\ufffd",
                        "\ud83d",
                        "x\ud83d\ude00\ude00",
                        "q\"\"\n\"\"\"\"x",
                        "m\"\"x\"\n'\"\"\"\"y\"",
                        "'\n\"\"a\"\"\"",
                        "\"\n'\\\"\"\"",
                        "'\"\"\\\"\n\""));
        List<RDFDatatype> types =
                List.of(
                        XSDDatatype.XSDstring,
                        XSDDatatype.XSDinteger,
                        XSDDatatype.XSDboolean,
                        XSDDatatype.XSDgYear,
                        XSDDatatype.XSDdecimal,
                        XSDDatatype.XSDdouble,
                        DATATYPE);
        List<Node> objects = new ArrayList<>();
        for (String lex : lexicals) {
            for (RDFDatatype dt : types) {
                objects.add(NodeFactory.createLiteralDT(lex, dt));
            }
            objects.add(NodeFactory.createLiteralLang(lex, "en"));
        }
        IRIS.forEach(i -> objects.add(NodeFactory.createURI(i)));
        NodeFormatter jena =
                new NodeFormatterTTL_MultiLine(null, PrefixMapFactory.create(Prefixes.MAP));
        Node s = NodeFactory.createURI("urn:x:s");
        Node p = NodeFactory.createURI("urn:x:p");
        for (Node o : objects) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(s, p, o));
            String turtle = write(g);
            String term = turtle.substring(turtle.indexOf("<urn:x:p> ") + 10, turtle.length() - 3);
            // IRIs under the base are written relative to it (Jena's formatter here has no base)
            if (!o.isURI() || !o.getURI().startsWith(AV.BASE)) {
                StringWriter sw = new StringWriter();
                AWriter b = IO.wrap(sw);
                jena.format(b, o);
                b.flush();
                // through UTF-8 as the file is (an unpaired surrogate becomes '?')
                byte[] utf8 = sw.toString().getBytes(StandardCharsets.UTF_8);
                assertThat(visible(term))
                        .isEqualTo(visible(new String(utf8, StandardCharsets.UTF_8)));
            }
        }
    }

    /**
     * A link whose IRI a Turtle reader would change (dot segments are removed even from absolute
     * IRIs) is kept as text, not as an IRI: the Turtle of the list reads back as its graph.
     */
    @Test
    void linkWithDotSegmentsIsKeptAsText(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("list.md");
        Files.writeString(
                md,
                "# A list\n\n## Survey\n\n"
                        + "- A Review of Things. [[paper]](https://a\\(../../etc/passwd)"
                        + " [[code]](https://example.org/a/./b)\n"
                        + "- Another Paper. [[paper]](https://example.org/ok)\n");
        ListImporter importer = new ListImporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportSummary summary = importer.writeTurtle(md, out);
        String turtle = out.toString(StandardCharsets.UTF_8);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(parsed);
        assertThat(parsed.isIsomorphicWith(importer.importFile(md).model().getGraph()))
                .as(turtle)
                .isTrue();
        assertThat(turtle)
                .doesNotContain("<https://a(")
                .doesNotContain("<https://example.org/a/./b>")
                .contains("<https://example.org/ok>");
        assertThat(summary.warnings().toString())
                .contains("'.' or '..' segments a Turtle reader would remove: https://a(../../etc");
    }

    @Test
    void absoluteIriKeepsOnlyWhatReadsBackUnchanged() {
        assertThat(TitleLine.absoluteIri("https://example.org/a/b?x=../y"))
                .isEqualTo("https://example.org/a/b?x=../y");
        assertThat(TitleLine.absoluteIri("https://a(../../etc/passwd")).isNull();
        assertThat(TitleLine.absoluteIri("https://example.org/a/..")).isNull();
        assertThat(TitleLine.absoluteIri("https://example.org/./a")).isNull();
        assertThat(TitleLine.absoluteIri("../../etc/passwd")).isNull();
        assertThat(TitleLine.changedByReader("https://example.org/./a")).isTrue();
        assertThat(TitleLine.changedByReader("../../etc/passwd")).isFalse();
    }

    /** Control and non-ASCII characters as escapes, for a readable failure message. */
    private static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.chars()
                .forEach(
                        c ->
                                b.append(
                                        c >= 0x20 && c < 0x7f
                                                ? Character.toString(c)
                                                : String.format("\\u%04x", c)));
        return b.toString();
    }

    private static String write(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TurtleStream ts = new TurtleStream(out);
        ts.start();
        ts.base(AV.BASE);
        for (Map.Entry<String, String> e : new TreeMap<>(Prefixes.MAP).entrySet()) {
            ts.prefix(e.getKey(), e.getValue());
        }
        g.find().forEachRemaining(ts::triple);
        ts.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
