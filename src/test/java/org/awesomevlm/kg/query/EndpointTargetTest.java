package org.awesomevlm.kg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.export.ExportFormats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Remote mode over HTTP: the canned queries and exports give over a SPARQL 1.1 endpoint (Fuseki, on
 * loopback) exactly what they give on the dataset itself; what is sent is the bound syntax tree
 * with its base stated; failures name the endpoint.
 */
class EndpointTargetTest {
    static QueryCatalog catalog;
    static Dataset ds;
    static FusekiServer fuseki;
    static SparqlTarget remote;
    final QueryRunner runner = new QueryRunner();

    @BeforeAll
    static void start() {
        catalog = QueryCatalog.load(TestData.QUERIES);
        ds = TestData.dataset(TestData.withExtras());
        Txn.executeWrite(
                ds, () -> RDFDataMgr.read(ds.getDefaultModel(), "ontology/awesome-vlm.ttl"));
        fuseki = FusekiServer.create().loopback(true).port(0).add("/kg", ds).build().start();
        remote = SparqlTarget.endpoint("http://127.0.0.1:" + fuseki.getHttpPort() + "/kg/sparql");
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    @Test
    void everyCannedQueryGivesTheSameResultOverHttp() {
        List<String> differences = new ArrayList<>();
        int rows = 0;
        List<CatalogueComparison.Case> cases = CatalogueComparison.cases(catalog);
        for (CatalogueComparison.Case c : cases) {
            CatalogueComparison.Outcome o =
                    CatalogueComparison.run(runner, SparqlTarget.local(ds), remote, c);
            rows += o.expected().rows().size();
            if (!o.sameRows() || !o.sameOrder()) {
                differences.add(c.toString());
            }
        }
        assertThat(differences).isEmpty();
        assertThat(cases).hasSizeGreaterThan(catalog.all().size());
        assertThat(rows).isGreaterThan(500);
    }

    @Test
    void everyExportIsTheSameOverHttp() {
        for (String format : ExportFormats.all().keySet()) {
            ExportComparison.assertSame(format, SparqlTarget.local(ds), remote, null);
        }
    }

    @Test
    void theSentQueryIsTheBoundSyntaxTreeWithItsBase() {
        try (RecordingEndpoint rec = new RecordingEndpoint()) {
            SparqlTarget target = SparqlTarget.endpoint(rec.url());
            int checked = 0;
            for (CannedQuery q : catalog.all()) {
                List<Map<String, String>> runs = new ArrayList<>();
                runs.add(samples(q, null, null));
                for (QueryParam p : q.params()) {
                    if (p.type() == ParamType.STRING) {
                        for (String attack : ParameterInjectionTest.ATTACKS) {
                            runs.add(samples(q, p.name(), attack));
                        }
                    }
                }
                for (Map<String, String> values : runs) {
                    Query bound = q.bind(values);
                    if (bound.isSelectType()) {
                        runner.select(target, q, values);
                    } else {
                        runner.construct(target, q, values);
                    }
                    String sent = rec.queries.get(rec.queries.size() - 1);
                    // parsed without a base of our own: relative IRIs must resolve by the
                    // query's own BASE to what they mean in the query file
                    Query received = QueryFactory.create(sent);
                    assertThat(Algebra.compile(received).toString())
                            .as(q.name() + " " + values)
                            .isEqualTo(Algebra.compile(bound).toString());
                    for (QueryParam p : q.params()) {
                        if (values.containsKey(p.name())) {
                            assertThat(received.toString()).doesNotContain("?" + p.variable());
                        }
                    }
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(catalog.all().size() + 50);
        }
    }

    private static Map<String, String> samples(CannedQuery q, String name, String value) {
        Map<String, String> values = new HashMap<>();
        q.params().forEach(p -> values.put(p.name(), CannedQueriesTest.SAMPLES.get(p.name())));
        if (name != null) {
            values.put(name, value);
        }
        return values;
    }

    @Test
    void failuresNameTheEndpointAndTheQuery() {
        CannedQuery stats = catalog.get("stats");
        try (RecordingEndpoint rec = new RecordingEndpoint()) {
            rec.status = 500;
            assertThatThrownBy(
                            () -> runner.select(SparqlTarget.endpoint(rec.url()), stats, Map.of()))
                    .isInstanceOf(KgException.class)
                    .hasMessageContaining("query stats on " + rec.url())
                    .hasMessageContaining("HTTP 500")
                    .hasMessageContaining("SP030");
            rec.status = 200;
            rec.delayMillis = 3000;
            assertThatThrownBy(
                            () ->
                                    new QueryRunner(Duration.ofMillis(300))
                                            .select(
                                                    SparqlTarget.endpoint(rec.url()),
                                                    stats,
                                                    Map.of()))
                    .isInstanceOf(KgException.class)
                    .hasMessageContaining("timed out after PT0.3S");
        }
        RecordingEndpoint closed = new RecordingEndpoint();
        String gone = closed.url();
        closed.close();
        assertThatThrownBy(() -> runner.select(SparqlTarget.endpoint(gone), stats, Map.of()))
                .isInstanceOf(KgException.class)
                .hasMessageContaining("cannot reach the SPARQL endpoint");
        for (String bad : List.of("localhost:8890/sparql", "ftp://example.org/sparql", "http://")) {
            assertThatThrownBy(() -> SparqlTarget.endpoint(bad))
                    .as(bad)
                    .isInstanceOf(KgException.class)
                    .hasMessageContaining("not a SPARQL endpoint URL");
        }
    }
}
