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
        for (int i = 0; i < 100; i++) {
            b.add(P, Emitter.integer(i % 60)); // 60 distinct, each given up to twice
        }
        b.add(RDF.type, RDFS.Class).add(P, "60").add(P, Emitter.string("60"));
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
        for (int i = 0; i < 60; i++) {
            expected.add(Triple.create(b, p, Emitter.integer(i)));
        }
        expected.add(Triple.create(b, p, NodeFactory.createLiteralString("60")));
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
}
