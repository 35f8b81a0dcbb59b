package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.cli.CliRun.run;

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

class QueryCommandTest {
    @TempDir static Path tmp;
    static Path db;
    static Dataset ds;

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

    static CliRun query(String... args) {
        List<String> all = new ArrayList<>(List.of("query", "--db", db.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void papersShowsThreePapers() {
        CliRun r = query("papers");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.tableRows()).hasSize(3);
        assertThat(r.tableRows().get(0)).contains("Vision-Language Models for Medical Report");
        assertThat(r.tableRows().get(2)).contains("MedCLIP").contains("CLIP and Variants");
    }

    @Test
    void authorsShowsElevenInListOrder() {
        CliRun r = query("authors");
        assertThat(r.code()).as(r.err()).isZero();
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
        CliRun r = query("arxiv-ids", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("arxiv,paper,url");
        assertThat(lines.get(3))
                .isEqualTo(
                        "2210.10163,https://w3id.org/awesome-vlm/paper/arxiv-2210.10163,"
                                + "https://arxiv.org/abs/2210.10163");
        CliRun authors = query("authors", "--format", "csv");
        assertThat(authors.out().lines()).hasSize(12);
    }

    @Test
    void otherFormats() {
        CliRun json = query("papers-by-year", "--param", "year=2023", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"bindings\"").contains("2312.06224");
        CliRun tsv = query("surveys", "-f", "tsv");
        assertThat(tsv.out().lines()).hasSize(3);
        CliRun xml = query("surveys", "-f", "xml");
        assertThat(xml.out()).contains("<sparql");
        CliRun ttl =
                query(
                        "describe-paper",
                        "-p",
                        "iri=https://w3id.org/awesome-vlm/paper/arxiv-2210.10163",
                        "--format",
                        "ttl");
        assertThat(ttl.code()).as(ttl.err()).isZero();
        assertThat(ttl.out()).contains("MedCLIP").contains("dcterms:title");
    }

    @Test
    void listShowsNamesSummariesAndParameters() {
        CliRun r = run("query", "--list");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("papers ")
                .contains("All papers in list order")
                .contains("papers-by-year")
                .contains("--param year=<year>")
                .contains("--param min=<integer> (default 2)");
    }

    @Test
    void adHocQueryFile() {
        CliRun r = query("src/test/resources/query/adhoc.rq", "--param", "word=survey");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.tableRows())
                .singleElement()
                .asString()
                .contains("Medical Vision Language Pretraining");
    }

    @Test
    void errorsExitTwoNamingFileOrParameter() {
        CliRun unknown = query("no-such-query");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown query 'no-such-query'");

        CliRun missing = query("papers-by-year");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err())
                .contains("papers-by-year.rq")
                .contains("missing required parameter 'year'");

        CliRun year = query("papers-by-year", "--param", "year=20x4");
        assertThat(year.code()).isEqualTo(2);
        assertThat(year.err()).contains("parameter 'year'").contains("not a year");

        CliRun integer = query("prolific-authors", "--param", "min=two");
        assertThat(integer.code()).isEqualTo(2);
        assertThat(integer.err()).contains("parameter 'min'").contains("not an integer");

        CliRun iri = query("describe", "--param", "iri=<http://evil>");
        assertThat(iri.code()).isEqualTo(2);
        assertThat(iri.err()).contains("parameter 'iri'");

        CliRun extra = query("papers", "--param", "colour=red");
        assertThat(extra.code()).isEqualTo(2);
        assertThat(extra.err()).contains("unknown parameter 'colour'");

        CliRun syntax = query("src/test/resources/query/broken.rq");
        assertThat(syntax.code()).isEqualTo(2);
        assertThat(syntax.err())
                .contains("src/test/resources/query/broken.rq:5:")
                .contains("SPARQL syntax error at line 5");

        CliRun format = query("papers", "--format", "ttl");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("format ttl");

        CliRun noDb = run("query", "papers", "--db", tmp.resolve("nothing").toString());
        assertThat(noDb.code()).isEqualTo(2);
        assertThat(noDb.err()).contains("nothing").contains("no database");
    }
}
