package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.Test;

/** "At most one skos:prefLabel per language" of ontology/shapes.ttl, tag by tag. */
class ConceptLabelShapesTest {
    private static final Validator SHAPES = Validator.forOntology(LoaderTest.ONTOLOGY);

    /** A concept in a scheme with the given prefLabel objects (Turtle terms). */
    private static Graph concept(String... labels) {
        String ttl =
                """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/awesome-vlm/scheme/keywords> a skos:ConceptScheme .
                <https://w3id.org/awesome-vlm/keyword/k> a skos:Concept ;
                    skos:inScheme <https://w3id.org/awesome-vlm/scheme/keywords> ;
                    skos:prefLabel %s .
                """
                        .formatted(String.join(" , ", labels));
        return RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
    }

    /** Shape and message of each violation. */
    private static List<String> violations(Graph g) {
        return SHAPES.validate(g).getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation)
                .map(ConceptLabelShapesTest::describe)
                .sorted()
                .toList();
    }

    private static String describe(ReportEntry e) {
        return e.source().getLocalName() + ": " + e.message();
    }

    @Test
    void oneLabelPerLanguageAndOneWithoutIsValid() {
        assertThat(violations(concept("\"Survey\""))).isEmpty();
        assertThat(violations(concept("\"Survey\"", "\"Survey\"@en", "\"Übersicht\"@de")))
                .isEmpty();
    }

    @Test
    void twoLabelsWithoutLanguageAreOneViolation() {
        assertThat(violations(concept("\"Survey\"", "\"Surveys\"")))
                .containsExactly(
                        "Concept-onePrefLabelWithoutLanguage: more than one skos:prefLabel without"
                                + " a language tag");
        // a typed literal has no language tag either, as lang() says in SPARQL
        assertThat(violations(concept("\"Survey\"", "\"Survey\"^^xsd:token")))
                .containsExactly(
                        "Concept-onePrefLabelWithoutLanguage: more than one skos:prefLabel without"
                                + " a language tag");
    }

    @Test
    void twoLabelsWithTheSameTagAreOneViolationNamingTheTag() {
        List<String> v = violations(concept("\"Survey\"@en", "\"Surveys\"@en", "\"Umfrage\"@de"));
        assertThat(v).hasSize(1);
        assertThat(v.get(0)).startsWith("Concept-onePrefLabelPerLanguage: ").contains(": en");
        // language tags are case-insensitive in RDF
        assertThat(violations(concept("\"Survey\"@en", "\"Surveys\"@EN"))).hasSize(1);
    }

    @Test
    void noLabelAndANonLiteralLabelAreStillCaught() {
        Graph none =
                RDFParser.fromString(
                                """
                                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                                <urn:s> a skos:ConceptScheme .
                                <urn:k> a skos:Concept ; skos:inScheme <urn:s> .
                                """,
                                Lang.TURTLE)
                        .toGraph();
        assertThat(violations(none)).singleElement().asString().startsWith("Concept-prefLabel: ");
        assertThat(violations(concept("<urn:label>", "\"Survey\"")))
                .singleElement()
                .asString()
                .startsWith("Concept-prefLabel: ");
    }
}
