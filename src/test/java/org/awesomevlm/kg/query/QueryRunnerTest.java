package org.awesomevlm.kg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.awesomevlm.kg.KgException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {

    static Dataset ds;
    static QueryCatalog catalog;
    final QueryRunner runner = new QueryRunner(Duration.ofSeconds(30));

    @BeforeAll
    static void load() {
        ds = TestData.dataset(TestData.shippedList());
        catalog = QueryCatalog.load(TestData.QUERIES);
    }

    private static List<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var).toString()).toList();
    }

    @Test
    void selectCopiesRowsOutOfTheTransaction() {
        List<QuerySolution> rows = runner.select(ds, catalog.get("papers"), Map.of());
        assertThat(ds.isInTransaction()).isFalse();
        assertThat(column(rows, "arxiv")).containsExactly("2403.02469", "2312.06224", "2210.10163");
        assertThat(rows.get(2).getLiteral("section").getString()).isEqualTo("CLIP and Variants");
        assertThat(rows.get(0).getLiteral("year").getLexicalForm()).isEqualTo("2024");
    }

    @Test
    void forEachStreamsInsideTheTransaction() {
        int[] count = {0};
        runner.forEach(
                ds,
                catalog.get("authors"),
                Map.of(),
                row -> {
                    assertThat(ds.isInTransaction()).isTrue();
                    count[0]++;
                });
        assertThat(count[0]).isEqualTo(11);
    }

    @Test
    void boundParameterSelectsRows() {
        List<QuerySolution> rows =
                runner.select(ds, catalog.get("papers-by-year"), Map.of("year", "2023"));
        assertThat(column(rows, "title"))
                .containsExactly("Medical Vision Language Pretraining: A Survey");
        assertThat(runner.select(ds, catalog.get("papers-by-year"), Map.of("year", "1999")))
                .isEmpty();
    }

    @Test
    void writesCsvWithHeaderAndOneLinePerRow() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.write(ds, catalog.get("arxiv-ids"), Map.of(), ResultFormat.CSV, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("arxiv,paper,url");
        assertThat(lines.get(1))
                .startsWith("2403.02469,https://w3id.org/awesome-vlm/paper/arxiv-2403.02469,");
    }

    @Test
    void constructOnlyForGraphQueriesAndFormatsChecked() {
        CannedQuery describe =
                CannedQuery.parse("d", "CONSTRUCT { ?_iri ?p ?o } WHERE { ?_iri ?p ?o }", null);
        Model m =
                runner.construct(
                        ds,
                        describe,
                        Map.of("iri", "https://w3id.org/awesome-vlm/person/jimeng-sun"));
        assertThat(m.size()).isEqualTo(2);
        assertThatThrownBy(() -> runner.select(ds, describe, Map.of("iri", "http://x/")))
                .isInstanceOf(KgException.class)
                .hasMessageContaining("not a SELECT");
        assertThatThrownBy(
                        () ->
                                runner.write(
                                        ds,
                                        catalog.get("papers"),
                                        Map.of(),
                                        ResultFormat.TTL,
                                        new ByteArrayOutputStream()))
                .hasMessageContaining("format ttl does not fit a SELECT");
    }

    @Test
    void timeoutCancelsALongQuery() {
        CannedQuery slow =
                CannedQuery.parse(
                        "slow",
                        "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                        Path.of("slow.rq"));
        QueryRunner quick = new QueryRunner(Duration.ofMillis(50));
        assertThatThrownBy(() -> quick.select(ds, slow, Map.of()))
                .isInstanceOf(KgException.class)
                .hasMessageContaining("timed out");
        assertThat(ds.isInTransaction()).isFalse();
    }

    @Test
    void askQueriesAnswerAndWrite() {
        CannedQuery ask =
                CannedQuery.parse(
                        "has-year",
                        "PREFIX dcterms: <http://purl.org/dc/terms/> ASK { ?p dcterms:issued ?_year }",
                        null);
        assertThat(runner.ask(ds, ask, Map.of("year", "2022"))).isTrue();
        assertThat(runner.ask(ds, ask, Map.of("year", "2021"))).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.write(ds, ask, Map.of("year", "2022"), ResultFormat.JSON, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"boolean\"").contains("true");
    }
}
