package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.cli.CliRun.run;

import java.io.StringWriter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.generate.ListGenerator;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.Test;

class GenerateCommandTest {
    @Test
    void writesTheGeneratorsMarkdown() throws Exception {
        CliRun r = run("generate", "--papers", "50", "--seed", "9");
        assertThat(r.code()).isZero();
        StringWriter expected = new StringWriter();
        new ListGenerator(50, 9).write(expected);
        assertThat(r.out()).isEqualTo(expected.toString());
        assertThat(run("generate", "--papers", "50", "--seed", "9").out()).isEqualTo(r.out());
    }

    @Test
    void turtleIsTheImportersOutputForTheGeneratedList() {
        CliRun r = run("generate", "--papers", "20", "--seed", "3", "--format", "ttl");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(m);
        assertThat(m.listSubjectsWithProperty(RDF.type, AV.Schema.ScholarlyArticle).toList())
                .hasSize(20);
        assertThat(m.containsResource(m.createResource(AV.BASE + "list/awesome-list"))).isTrue();
        assertThat(run("generate", "--papers", "20", "--seed", "3", "--format", "ttl").out())
                .isEqualTo(r.out());
    }

    @Test
    void rejectsANegativeCount() {
        CliRun r = run("generate", "--papers", "-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--papers");
        assertThat(r.out()).isEmpty();
    }
}
