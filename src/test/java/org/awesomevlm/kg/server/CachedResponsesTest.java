package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.awesomevlm.kg.query.QueryCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pages, API results and resource descriptions come from the cache until a write commits. */
@Timeout(120)
class CachedResponsesTest {
    private static final String PAPER = "https://w3id.org/awesome-vlm/paper/arxiv-2210.10163";

    @Test
    void cachedUntilTheDatabaseChanges() {
        // TDB2 (in memory): it has the commit counter the cache is keyed by.
        Dataset ds = DatasetFactory.wrap(DatabaseMgr.createDatasetGraph());
        Txn.executeWrite(
                ds, () -> RDFDataMgr.read(ds.getDefaultModel(), TestServers.FIXTURE.toString()));
        KgServer server =
                KgServer.builder()
                        .dataset(ds)
                        .catalog(QueryCatalog.load(Path.of("queries")))
                        .port(0)
                        .html(false)
                        .build()
                        .start();
        try {
            String base = server.localUrl();
            String page = base + "paper/arxiv-2210.10163.html";
            String ttl = base + "paper/arxiv-2210.10163.ttl";
            String api = base + "api/describe-paper?iri=" + PAPER;
            ResponseCache cache = server.settings().responses();

            HttpResponse<String> first = TestServers.get(page, null);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("MedCLIP: Contrastive Learning");
            assertThat(TestServers.get(ttl, null).body()).contains("MedCLIP: Contrastive");
            assertThat(TestServers.get(api, "text/turtle").body()).contains("MedCLIP: Contrastive");
            assertThat(cache.size()).isEqualTo(3);
            HttpResponse<String> again = TestServers.get(page, null);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(again.headers().allValues("Link"))
                    .isEqualTo(first.headers().allValues("Link"));
            assertThat(cache.size()).isEqualTo(3);
            // A cached API answer keeps its type and Vary; CORS headers follow each request.
            HttpResponse<String> cors =
                    TestServers.send(
                            HttpRequest.newBuilder(URI.create(api))
                                    .header("Accept", "text/turtle")
                                    .header("Origin", "https://a.example")
                                    .GET()
                                    .build());
            assertThat(cors.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
            assertThat(cors.headers().allValues("Vary"))
                    .anySatisfy(v -> assertThat(v).contains("Accept"));
            assertThat(cors.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
            assertThat(
                            TestServers.get(api, "text/turtle")
                                    .headers()
                                    .firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
            assertThat(cache.size()).isEqualTo(3);
            // Cache-Control: no-cache computes the answer and does not keep it.
            HttpResponse<String> fresh =
                    TestServers.send(
                            HttpRequest.newBuilder(URI.create(base + "paper/arxiv-2403.02469.html"))
                                    .header("Cache-Control", "no-cache")
                                    .GET()
                                    .build());
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(fresh.body()).contains("Visual Question Answering: A Review");
            assertThat(cache.size()).isEqualTo(3);

            Txn.executeWrite(
                    ds,
                    () -> {
                        Model m = ds.getDefaultModel();
                        Resource p = m.createResource(PAPER);
                        p.removeAll(DCTerms.title);
                        p.addProperty(DCTerms.title, "MedCLIP, retitled");
                    });

            assertThat(TestServers.get(page, null).body())
                    .contains("MedCLIP, retitled")
                    .doesNotContain("MedCLIP: Contrastive");
            assertThat(TestServers.get(ttl, null).body()).contains("MedCLIP, retitled");
            assertThat(TestServers.get(api, "text/turtle").body()).contains("MedCLIP, retitled");
        } finally {
            server.stop();
        }
    }

    @Test
    void offWithBudgetZero() {
        Dataset ds = DatasetFactory.wrap(DatabaseMgr.createDatasetGraph());
        Txn.executeWrite(
                ds, () -> RDFDataMgr.read(ds.getDefaultModel(), TestServers.FIXTURE.toString()));
        KgServer server =
                KgServer.builder().dataset(ds).port(0).html(false).cacheBytes(0).build().start();
        try {
            HttpResponse<String> r =
                    TestServers.get(server.localUrl() + "paper/arxiv-2210.10163.html", null);
            assertThat(r.body()).contains("MedCLIP");
            assertThat(server.settings().responses().size()).isZero();
        } finally {
            server.stop();
        }
    }
}
