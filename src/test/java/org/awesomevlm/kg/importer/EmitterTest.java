package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class EmitterTest {
    private static final String EX = "http://example.org/";
    private static final Property P = ResourceFactory.createProperty(EX + "p");

    /** Collects the triples a unit sends, as Jena triples (the sink is not a Statements). */
    private static final class Collect extends StreamRDFBase {
        final List<Triple> triples = new ArrayList<>();

        @Override
        public void triple(Triple t) {
            triples.add(t);
        }
    }

    /** Fills one unit: duplicates below and above the scan limit, a literal given both ways. */
    private static void fill(Emitter out) {
        Emitter.Subject a = out.subject(EX + "a");
        Emitter.Subject b = out.subject(EX + "b");
        a.add(P, "x").add(P, Emitter.string("x")).add(RDF.type, RDFS.Class).add(P, "y");
        a.add(P, NodeFactory.createLiteralLang("x", "en")); // not the plain "x"
        for (int i = 0; i < 150; i++) {
            b.add(P, Emitter.integer(i % 90)); // 90 distinct, each given up to twice
        }
        b.add(RDF.type, RDFS.Class).add(P, "90").add(P, Emitter.string("90"));
        out.subject(EX + "a").add(P, "y").add(P, "z");
        out.flush();
    }

    @Test
    void aUnitGoesOutBySubjectTypeFirstWithoutDuplicates() {
        Collect sink = new Collect();
        Emitter out = new Emitter(sink);
        fill(out);
        Node a = NodeFactory.createURI(EX + "a");
        Node b = NodeFactory.createURI(EX + "b");
        Node p = P.asNode();
        List<Triple> expected = new ArrayList<>();
        expected.add(Triple.create(a, RDF.type.asNode(), RDFS.Class.asNode()));
        expected.add(Triple.create(a, p, NodeFactory.createLiteralString("x")));
        expected.add(Triple.create(a, p, NodeFactory.createLiteralString("y")));
        expected.add(Triple.create(a, p, NodeFactory.createLiteralLang("x", "en")));
        expected.add(Triple.create(a, p, NodeFactory.createLiteralString("z")));
        expected.add(Triple.create(b, RDF.type.asNode(), RDFS.Class.asNode()));
        for (int i = 0; i < 90; i++) {
            expected.add(Triple.create(b, p, Emitter.integer(i)));
        }
        expected.add(Triple.create(b, p, NodeFactory.createLiteralString("90")));
        assertThat(sink.triples).containsExactlyElementsOf(expected);
        assertThat(out.triples()).isEqualTo(expected.size());
    }

    @Test
    void turtleWrittenFromTextLiteralsIsTheSameGraph() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TurtleStream turtle = new TurtleStream(bytes);
        turtle.start();
        turtle.base(EX);
        Emitter direct = new Emitter(turtle);
        fill(direct);
        turtle.finish();
        Model written = ModelFactory.createDefaultModel();
        RDFParser.fromString(bytes.toString(StandardCharsets.UTF_8), Lang.TURTLE).parse(written);

        Collect sink = new Collect();
        fill(new Emitter(sink));
        Model expected = ModelFactory.createDefaultModel();
        sink.triples.forEach(t -> expected.getGraph().add(t));
        assertThat(written.isIsomorphicWith(expected)).isTrue();
        assertThat(written.size()).isEqualTo(sink.triples.size());
    }

    /**
     * Wholes and their parts (a plain path under the base, one that Jena must format, one outside
     * the base, a prefixed name), as subjects and as objects, in consecutive units.
     */
    private static void parts(Emitter out) {
        for (String whole :
                List.of(
                        EX + "entry/l/key",
                        EX + "entry/l/k%20y",
                        "http://other.org/x",
                        EX + "k/n")) {
            Emitter.Subject w = out.subject(whole).add(RDF.type, RDFS.Class);
            for (int n = 1; n <= 3; n++) {
                Emitter.Subject part = out.part(w, "/line/", n);
                w.add(P, part);
                w.add(P, part); // a duplicate: once
                part.add(P, w).add(P, "text " + n);
            }
            out.flush();
            out.subject(whole).add(P, "again");
            out.flush();
            out.subject(whole).add(P, "and again"); // the unit before ended with the same subject
            out.flush();
        }
    }

    @Test
    void partsAreWrittenAsTheirNodesWouldBe() {
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        TurtleStream turtle = new TurtleStream(direct);
        turtle.start();
        turtle.base(EX);
        turtle.prefix("k", EX + "k/");
        parts(new Emitter(turtle));
        turtle.finish();

        Collect sink = new Collect();
        parts(new Emitter(sink));
        ByteArrayOutputStream viaNodes = new ByteArrayOutputStream();
        TurtleStream expected = new TurtleStream(viaNodes);
        expected.start();
        expected.base(EX);
        expected.prefix("k", EX + "k/");
        sink.triples.forEach(expected::triple);
        expected.finish();

        String text = direct.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(viaNodes.toString(StandardCharsets.UTF_8));
        assertThat(text)
                .contains("<entry/l/key/line/2>")
                .contains("k:n")
                .contains("<http://other.org/x/line/3>");
        assertThat(sink.triples)
                .contains(
                        Triple.create(
                                NodeFactory.createURI(EX + "entry/l/key"),
                                P.asNode(),
                                NodeFactory.createURI(EX + "entry/l/key/line/1")));
        assertThat(sink.triples).hasSize(4 * (1 + 3 + 3 * 2 + 2));
    }
}
