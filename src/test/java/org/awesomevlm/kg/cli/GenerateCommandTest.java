package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.generate.ListGenerator;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GenerateCommandTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void writesTheGeneratorsMarkdown() throws Exception {
        Run r = run("generate", "--papers", "50", "--seed", "9");
        assertThat(r.exit()).isZero();
        StringWriter expected = new StringWriter();
        new ListGenerator(50, 9).write(expected);
        assertThat(r.out()).isEqualTo(expected.toString());
        assertThat(run("generate", "--papers", "50", "--seed", "9").out()).isEqualTo(r.out());
    }

    @Test
    void turtleIsTheImportersOutputForTheGeneratedList() {
        Run r = run("generate", "--papers", "20", "--seed", "3", "--format", "ttl");
        assertThat(r.exit()).isZero();
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
        Run r = run("generate", "--papers", "-1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--papers");
        assertThat(r.out()).isEmpty();
    }
}
