package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.server.KgServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML module inside a real {@link KgServer} on port 0. */
class HtmlModuleTest {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static KgServer server;
    private static String url;

    @BeforeAll
    static void start() {
        Dataset ds = Fixtures.load("fixture.ttl");
        server =
                KgServer.builder()
                        .dataset(ds)
                        .port(0)
                        .catalog(QueryCatalog.load(Path.of("queries")))
                        .build()
                        .start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest req =
                HttpRequest.newBuilder(URI.create(url + path))
                        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build();
        return CLIENT.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheHomePageWithSecurityHeaders() throws Exception {
        HttpResponse<String> r = get("");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        v ->
                                assertThat(v)
                                        .startsWith("text/html")
                                        .containsIgnoringCase("charset=utf-8"));
        assertThat(r.headers().firstValue("Content-Security-Policy"))
                .contains(Pages.CONTENT_SECURITY_POLICY);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        Document d = Jsoup.parse(r.body());
        assertThat(d.selectFirst("h1").text())
                .isEqualTo("Awesome Vision Language Model and Foundation Models");
        // without --base the links follow the URL the client used
        assertThat(d.select("link[rel=stylesheet]").attr("href"))
                .isEqualTo(url + "static/style.css");
        assertThat(d.select(".tree a").eachAttr("href"))
                .contains(url + "section/awesome-list/survey");
        // the canned queries link to the server's API, which answers them
        assertThat(d.select("ul.queries a").eachAttr("href")).contains(url + "api/papers");
        assertThat(get("api/papers").statusCode()).isEqualTo(200);
    }

    @Test
    void servesSearchStatsAndQueryPages() throws Exception {
        Document search = Jsoup.parse(get("search?q=contrastive").body());
        assertThat(search.select(".results .paper-title").eachAttr("href"))
                .containsExactlyInAnyOrder(
                        url + "paper/arxiv-2210.10163", url + "paper/doi-10-1000-fixture-42");
        HttpResponse<String> stats = get("stats");
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(stats.body()).select("svg.chart rect")).hasSize(3);
        HttpResponse<String> query = get("query");
        assertThat(query.statusCode()).isEqualTo(200);
        Document q = Jsoup.parse(query.body());
        assertThat(q.select("script").attr("src")).isEqualTo(url + "static/query.js");
        assertThat(q.select("#canned option").eachAttr("value")).contains("papers", "authors");
    }

    @Test
    void servesStaticFilesAndNothingElse() throws Exception {
        HttpResponse<String> css = get("static/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/css"));
        assertThat(css.body()).contains("--brand");
        assertThat(get("static/query.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        assertThat(get("static/nope.css").statusCode()).isEqualTo(404);
        assertThat(get("static/..%2Ftemplates%2Flayout.mustache").statusCode()).isIn(400, 404);
        assertThat(get("static/sub/style.css").statusCode()).isEqualTo(404);
    }

    @Test
    void resourcePagesThroughTheServersLinkedData() throws Exception {
        HttpResponse<String> paper = get("paper/arxiv-2210.10163");
        assertThat(paper.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(paper.body()).select("ol.authors a").first().attr("href"))
                .isEqualTo(url + "person/zifeng-wang");
        assertThat(get("paper/unknown").statusCode()).isEqualTo(404);
    }

    @Test
    void linksUseTheConfiguredPublicBase() throws Exception {
        KgServer based =
                KgServer.builder()
                        .dataset(Fixtures.load("fixture.ttl"))
                        .base("https://kg.example.org/vlm/")
                        .port(0)
                        .build()
                        .start();
        try {
            HttpResponse<String> r =
                    CLIENT.send(
                            HttpRequest.newBuilder(URI.create(based.localUrl())).build(),
                            HttpResponse.BodyHandlers.ofString());
            Document d = Jsoup.parse(r.body());
            assertThat(d.select("link[rel=stylesheet]").attr("href"))
                    .isEqualTo("https://kg.example.org/vlm/static/style.css");
            assertThat(d.select(".tree a").eachAttr("href"))
                    .contains("https://kg.example.org/vlm/section/awesome-list/survey");
        } finally {
            based.stop();
        }
    }

    @Test
    void tdb2ServerKeepsItsTextIndexInTheDatabaseAndCachesPagesPerBase(@TempDir Path tmp)
            throws Exception {
        Path db = tmp.resolve("db");
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        KgServer tdb = null;
        try {
            Txn.executeWrite(
                    ds,
                    () ->
                            RDFDataMgr.read(
                                    ds.getDefaultModel(), "src/test/resources/html/fixture.ttl"));
            tdb = KgServer.builder().dataset(ds).port(0).build().start();
            int port = tdb.port();
            for (String host : new String[] {"localhost", "127.0.0.1", "localhost"}) {
                String base = "http://" + host + ":" + port + "/";
                Document home =
                        Jsoup.parse(
                                CLIENT.send(
                                                HttpRequest.newBuilder(URI.create(base)).build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .body());
                assertThat(home.select(".tree a").eachAttr("href"))
                        .contains(base + "section/awesome-list/survey");
                assertThat(home.select(".counts .n").first().text()).isEqualTo("4");
            }
            Document search =
                    Jsoup.parse(
                            CLIENT.send(
                                            HttpRequest.newBuilder(
                                                            URI.create(
                                                                    tdb.localUrl()
                                                                            + "search?q=medclip"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .body());
            assertThat(search.select(".results .paper-title").eachText())
                    .containsExactly(
                            "MedCLIP: Contrastive Learning from Unpaired Medical Images and Text");
            assertThat(db.resolve("text").resolve(TextIndexFiles.STAMP)).exists();
        } finally {
            if (tdb != null) {
                tdb.stop();
            }
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void sparqlEndpointStillAnswers() throws Exception {
        HttpRequest req =
                HttpRequest.newBuilder(URI.create(url + "sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"))
                        .build();
        HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }
}
