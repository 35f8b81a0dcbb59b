package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.Test;

class ListImporterTest {
    static final Path SHIPPED = Path.of("data/awesome-list.md");

    /** The shipped list, then every Markdown fixture under src/test/resources, sorted. */
    static List<Path> shippedAndFixtureLists() throws IOException {
        List<Path> lists = new ArrayList<>();
        lists.add(SHIPPED);
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(lists::add);
        }
        return lists;
    }

    @Test
    void shippedListHasItsPapersPeopleSurveysAndArxivIds() {
        ImportResult r = new ListImporter().importFile(SHIPPED);
        Model m = r.model();
        assertThat(r.slug()).isEqualTo("awesome-list");
        assertThat(r.papers()).isEqualTo(3);
        assertThat(r.people()).isEqualTo(11);
        assertThat(m.listSubjectsWithProperty(RDF.type, AV.Fabio.ReviewArticle).toList())
                .hasSize(2);
        assertThat(m.listObjectsOfProperty(AV.Fabio.hasArXivId).toList())
                .extracting(n -> n.asLiteral().getString())
                .containsExactlyInAnyOrder("2403.02469", "2312.06224", "2210.10163");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void shippedListPaperDetails() {
        Model m = new ListImporter().importFile(SHIPPED).model();
        Resource medclip = m.getResource(AV.BASE + "paper/arxiv-2210.10163");
        assertThat(medclip.getProperty(DCTerms.issued).getLiteral().getLexicalForm())
                .isEqualTo("2022");
        assertThat(
                        medclip.hasProperty(
                                AV.introducesModel, m.getResource(AV.BASE + "model/medclip")))
                .isTrue();
        assertThat(
                        medclip.hasProperty(
                                AV.modelFamily,
                                m.getResource(
                                        AV.BASE
                                                + "section/awesome-list/existing-medical-vlm-and-foundation-models/clip-and-variants")))
                .isTrue();
        assertThat(medclip.getProperty(AV.hasArtefact).getString())
                .isEqualTo(":contentReference[oaicite:0]{index=0}");
        Resource survey = m.getResource(AV.BASE + "paper/arxiv-2403.02469");
        assertThat(survey.getProperty(DCTerms.issued).getLiteral().getLexicalForm())
                .isEqualTo("2024");
        assertThat(survey.hasProperty(RDF.type, AV.Fabio.ReviewArticle)).isTrue();
        // "Medical AI" appears in two papers: one concept
        Resource medicalAi = m.getResource(AV.BASE + "keyword/medical-ai");
        assertThat(m.listSubjectsWithProperty(AV.keyword, medicalAi).toList()).hasSize(2);
        assertThat(
                        m.getResource(AV.BASE + "person/cristian-a-linte")
                                .getProperty(AV.Schema.name)
                                .getString())
                .isEqualTo("Cristian A. Linte");
    }

    @Test
    void turtleIsDeterministicAndParsesBackToTheSameGraph() {
        String first = TurtleOut.toString(new ListImporter().importFile(SHIPPED).model());
        String second = TurtleOut.toString(new ListImporter().importFile(SHIPPED).model());
        assertThat(second).isEqualTo(first);
        Model parsed = ModelFactory.createDefaultModel();
        parsed.read(new StringReader(first), null, "TURTLE");
        assertThat(parsed.isIsomorphicWith(new ListImporter().importFile(SHIPPED).model()))
                .isTrue();
        assertThat(first).contains("@prefix av: ").contains("paper:arxiv-2403.02469");
    }

    @Test
    void turtleSortsNumbersInIrisNumerically() {
        assertThat(TurtleOut.natural("line/2", "line/10")).isNegative();
        assertThat(TurtleOut.natural("line/10", "line/2")).isPositive();
        assertThat(TurtleOut.natural("a", "a")).isZero();
    }
}
