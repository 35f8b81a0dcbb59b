package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ShapeFootprintTest {
    static final String PREFIXES =
            "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n";

    static Graph turtle(String ttl) {
        return RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).toGraph();
    }

    static Node ex(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    @Test
    void keepsTypesAndThePredicatesOfPathsAndSparqlPatterns() {
        Set<Node> p =
                ShapeFootprint.predicates(
                        turtle(
                                """
                                ex:S a sh:NodeShape ; sh:targetClass ex:C ;
                                  sh:property [ sh:path ( [ sh:inversePath ex:inv ] ex:seq ) ;
                                                sh:minCount 1 ] ;
                                  sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/q> ?o }" ] .
                                """));
        assertThat(p)
                .contains(
                        ex("inv"),
                        ex("seq"),
                        ex("q"),
                        NodeFactory.createURI(org.apache.jena.vocabulary.RDF.type.getURI()))
                .doesNotContain(ex("unrelated"));
    }

    @Test
    void aSparqlConstraintWithAVariablePredicateKeepsEverything() {
        assertThat(
                        ShapeFootprint.predicates(
                                turtle(
                                        """
                                        ex:S sh:targetClass ex:C ;
                                          sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o }" ] .
                                        """)))
                .isNull();
        assertThat(
                        ShapeFootprint.predicates(
                                turtle(
                                        """
                                        ex:S sh:targetClass ex:C ; sh:sparql [ sh:select
                                          "SELECT $this WHERE { FILTER NOT EXISTS { $this ex:r ?o } }" ] .
                                        """)))
                .isNull();
    }

    @Test
    void theProjectShapesGiveTheSameReportOnTheKeptTriplesAsOnTheWholeGraph() {
        Validator v = Validator.forOntology(LoaderTest.ONTOLOGY);
        Graph whole = GraphFactory.createDefaultGraph();
        for (String f : new String[] {"shape/a-list.ttl", "shape/b-bad.ttl"}) {
            RDFParser.source(LoaderTest.FIXTURES.resolve(f)).parse(whole);
        }
        RDFParser.source(LoaderTest.ONTOLOGY.resolve("awesome-vlm.ttl")).parse(whole);
        Graph kept = GraphFactory.createDefaultGraph();
        whole.find().filterKeep(t -> v.looksAt(t.getPredicate())).forEachRemaining(kept::add);

        assertThat(kept.size()).isLessThan(whole.size());
        ValidationReport full = v.validate(whole);
        ValidationReport part = v.validate(kept);
        assertThat(full.conforms()).isFalse();
        assertThat(part.getEntries()).hasSameSizeAs(full.getEntries());
        assertThat(part.getModel().getGraph().isIsomorphicWith(full.getModel().getGraph()))
                .isTrue();
    }
}
