package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.server.TestServers.enc;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.query.QueryCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runaway queries are cancelled after the timeout while other clients keep being served. */
@Timeout(120)
class QueryTimeoutTest {
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final int LAYERS = 50;
    static final int WIDTH = 40;

    /**
     * The OPTIONAL / FILTER NOT EXISTS shape of apache/jena#3044 (a timeout Fuseki 5.3 missed; Jena
     * 5.6.0 stops it).
     */
    static final String NOT_EXISTS =
            "SELECT (COUNT(*) AS ?n) { ?uri ?p ?o . OPTIONAL { ?x <urn:p> ?o ."
                    + " FILTER NOT EXISTS { ?x <urn:q> ?y . ?y <urn:p> ?uri } } }";

    /**
     * A backtracking regular expression: one REGEX call that runs for tens of seconds, which Jena
     * 5.6.0 does not stop (CancellableRegex does). A variable argument keeps it in the execution.
     */
    static final String REGEX =
            "SELECT ?x { BIND(1 AS ?x) FILTER regex(CONCAT(STR(?x), \""
                    + "aaaaaaaaaaaaaaaaaaaaaaaa"
                    + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
                    + "\"), \"(.*a){25}\") }";

    /** The same with constant arguments: Jena evaluates it while optimizing the query. */
    static final String CONSTANT_REPLACE =
            "SELECT ?x { BIND(REPLACE(\""
                    + "aaaaaaaaaaaaaaaaaaaaaaaa"
                    + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
                    + "\", \"(.*a){25}\", \"\") AS ?x) }";

    @TempDir static Path dir;
    static KgServer server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Dataset ds = TestServers.fixture();
        // Layers of nodes, each linked by p and q to every node of the next layer: (p|q)* from
        // a node reaches every later layer. Shallow (50 layers), so path evaluation's recursion
        // stays small, yet ~160,000 edges make the closure over all start nodes slow.
        Node p = NodeFactory.createURI("urn:p");
        Node q = NodeFactory.createURI("urn:q");
        Txn.executeWrite(
                ds,
                () -> {
                    DatasetGraph dsg = ds.asDatasetGraph();
                    for (int layer = 0; layer + 1 < LAYERS; layer++)
                        for (int i = 0; i < WIDTH; i++)
                            for (int j = 0; j < WIDTH; j++) {
                                Node x = node(layer, i);
                                Node y = node(layer + 1, j);
                                dsg.getDefaultGraph().add(x, p, y);
                                dsg.getDefaultGraph().add(x, q, y);
                            }
                });
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(
                queries.resolve("runaway.rq"),
                "#+ summary: a cross product\nSELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n");
        Files.writeString(
                queries.resolve("runaway-not-exists.rq"),
                "#+ summary: OPTIONAL / FILTER NOT EXISTS\n" + NOT_EXISTS + "\n");
        Files.writeString(
                queries.resolve("runaway-regex.rq"),
                "#+ summary: a backtracking regex\n" + REGEX + "\n");
        server =
                KgServer.builder()
                        .dataset(ds)
                        .catalog(QueryCatalog.load(queries))
                        .port(0)
                        .timeout(TIMEOUT)
                        .build()
                        .start();
        url = server.localUrl();
        // Warm up the server's code paths so the figures below are about the queries.
        TestServers.get(url + "sparql?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 1"), null);
    }

    private static Node node(int layer, int i) {
        return NodeFactory.createURI("urn:n" + layer + "-" + i);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "SELECT (COUNT(*) AS ?n) { ?x (<urn:p>|<urn:q>)* ?y }",
                NOT_EXISTS,
                REGEX,
                CONSTANT_REPLACE
            })
    void runawayQueryIsStoppedWhileOthersAreAnswered(String runaway) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow =
                TestServers.client()
                        .sendAsync(
                                HttpRequest.newBuilder(
                                                URI.create(url + "sparql?query=" + enc(runaway)))
                                        .header("Accept", "application/sparql-results+json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        // A second client meanwhile.
        long quickStart = System.nanoTime();
        HttpResponse<String> quick =
                TestServers.get(
                        url + "sparql?query=" + enc("ASK { ?s a <http://schema.org/Person> }"),
                        "application/sparql-results+json");
        long quickMillis = (System.nanoTime() - quickStart) / 1_000_000;
        assertThat(quick.statusCode()).isEqualTo(200);
        assertThat(quick.body()).contains("true");
        assertThat(slow).isNotDone();

        HttpResponse<String> r = slow.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "runaway stopped after %d ms (quick answer in %d ms): %s%n",
                millis, quickMillis, runaway);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(millis).isLessThan(TIMEOUT.toMillis() + 2000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"runaway", "runaway-not-exists", "runaway-regex"})
    void runawayCannedQueryIsStopped(String name) {
        long start = System.nanoTime();
        HttpResponse<String> r = TestServers.get(url + "api/" + name, "text/csv");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("runaway canned query %s stopped after %d ms%n", name, millis);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("timed out");
        assertThat(millis).isLessThan(TIMEOUT.toMillis() + 2000);
    }
}
