package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.query.TestData;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QueryCommandTest {
    @TempDir static Path tmp;
    static Path db;
    static Dataset ds;

    record Run(int exit, String out, String err) {
        /** The data rows of Jena's text table (lines between the header rule and the bottom). */
        List<String> tableRows() {
            List<String> lines = out.lines().filter(l -> l.startsWith("| ")).toList();
            return new ArrayList<>(lines.subList(1, lines.size()));
        }
    }

    @BeforeAll
    static void load() {
        db = tmp.resolve("db");
        ds = Store.open(db);
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(TestData.shippedList()));
    }

    @AfterAll
    static void release() {
        Store.close(db);
    }

    static Run kg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run query(String... args) {
        List<String> all = new ArrayList<>(List.of("query", "--db", db.toString()));
        all.addAll(List.of(args));
        return kg(all.toArray(String[]::new));
    }

    @Test
    void papersShowsThreePapers() {
        Run r = query("papers");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.tableRows()).hasSize(3);
        assertThat(r.tableRows().get(0)).contains("Vision-Language Models for Medical Report");
        assertThat(r.tableRows().get(2)).contains("MedCLIP").contains("CLIP and Variants");
    }

    @Test
    void authorsShowsElevenInListOrder() {
        Run r = query("authors");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = r.tableRows();
        assertThat(rows).hasSize(11);
        assertThat(rows.get(0)).contains("Iryna Hartsock");
        assertThat(rows.get(1)).contains("Ghulam Rasool");
        assertThat(rows.get(2)).contains("Prashant Shrestha");
        assertThat(rows.get(10)).contains("Jimeng Sun");
    }

    @Test
    void surveysAndArxivIds() {
        assertThat(query("surveys").tableRows()).hasSize(2);
        assertThat(query("arxiv-ids").tableRows()).hasSize(3);
    }

    @Test
    void csvHasHeaderAndOneLinePerRow() {
        Run r = query("arxiv-ids", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("arxiv,paper,url");
        assertThat(lines.get(3))
                .isEqualTo(
                        "2210.10163,https://w3id.org/awesome-vlm/paper/arxiv-2210.10163,"
                                + "https://arxiv.org/abs/2210.10163");
        Run authors = query("authors", "--format", "csv");
        assertThat(authors.out().lines()).hasSize(12);
    }

    @Test
    void otherFormats() {
        Run json = query("papers-by-year", "--param", "year=2023", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"bindings\"").contains("2312.06224");
        Run tsv = query("surveys", "-f", "tsv");
        assertThat(tsv.out().lines()).hasSize(3);
        Run xml = query("surveys", "-f", "xml");
        assertThat(xml.out()).contains("<sparql");
        Run ttl =
                query(
                        "describe-paper",
                        "-p",
                        "iri=https://w3id.org/awesome-vlm/paper/arxiv-2210.10163",
                        "--format",
                        "ttl");
        assertThat(ttl.exit()).as(ttl.err()).isZero();
        assertThat(ttl.out()).contains("MedCLIP").contains("dcterms:title");
    }

    @Test
    void listShowsNamesSummariesAndParameters() {
        Run r = kg("query", "--list");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("papers ")
                .contains("All papers in list order")
                .contains("papers-by-year")
                .contains("--param year=<year>")
                .contains("--param min=<integer> (default 2)");
    }

    @Test
    void adHocQueryFile() {
        Run r = query("src/test/resources/query/adhoc.rq", "--param", "word=survey");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.tableRows())
                .singleElement()
                .asString()
                .contains("Medical Vision Language Pretraining");
    }

    @Test
    void errorsExitTwoNamingFileOrParameter() {
        Run unknown = query("no-such-query");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown query 'no-such-query'");

        Run missing = query("papers-by-year");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .contains("papers-by-year.rq")
                .contains("missing required parameter 'year'");

        Run year = query("papers-by-year", "--param", "year=20x4");
        assertThat(year.exit()).isEqualTo(2);
        assertThat(year.err()).contains("parameter 'year'").contains("not a year");

        Run integer = query("prolific-authors", "--param", "min=two");
        assertThat(integer.exit()).isEqualTo(2);
        assertThat(integer.err()).contains("parameter 'min'").contains("not an integer");

        Run iri = query("describe", "--param", "iri=<http://evil>");
        assertThat(iri.exit()).isEqualTo(2);
        assertThat(iri.err()).contains("parameter 'iri'");

        Run extra = query("papers", "--param", "colour=red");
        assertThat(extra.exit()).isEqualTo(2);
        assertThat(extra.err()).contains("unknown parameter 'colour'");

        Run syntax = query("src/test/resources/query/broken.rq");
        assertThat(syntax.exit()).isEqualTo(2);
        assertThat(syntax.err())
                .contains("src/test/resources/query/broken.rq:5:")
                .contains("SPARQL syntax error at line 5");

        Run format = query("papers", "--format", "ttl");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("format ttl");

        Run noDb = kg("query", "papers", "--db", tmp.resolve("nothing").toString());
        assertThat(noDb.exit()).isEqualTo(2);
        assertThat(noDb.err()).contains("nothing").contains("no database");
    }
}
