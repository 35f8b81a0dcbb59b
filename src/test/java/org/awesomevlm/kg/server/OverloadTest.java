package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.server.TestServers.enc;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Under overload a request waits a bounded time, then gets a 503, never an endless queue. */
@Timeout(120)
class OverloadTest {
    static final String RUNAWAY =
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
    static final String QUICK = "ASK { ?s ?p ?o }";
    static KgServer server;
    static String url;

    @BeforeAll
    static void start() {
        // One request at a time, a 300 ms wait for the others; queries run at most 3 s.
        server =
                KgServer.builder()
                        .dataset(TestServers.fixture())
                        .port(0)
                        .timeout(Duration.ofSeconds(3))
                        .overload(1, Duration.ofMillis(300))
                        .build()
                        .start();
        url = server.localUrl();
        TestServers.get(url + "sparql?query=" + enc(QUICK), null);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void requestBeyondTheLimitGets503AfterTheWaitThenTheSlotIsFreed() throws Exception {
        CompletableFuture<HttpResponse<String>> slow =
                TestServers.client()
                        .sendAsync(
                                HttpRequest.newBuilder(
                                                URI.create(url + "sparql?query=" + enc(RUNAWAY)))
                                        .header("Accept", "application/sparql-results+json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        assertThat(slow).isNotDone();
        long t0 = System.nanoTime();
        HttpResponse<String> waited =
                TestServers.get(
                        url + "sparql?query=" + enc(QUICK), "application/sparql-results+json");
        long waitedMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(waited.statusCode()).isEqualTo(503);
        assertThat(waitedMillis).isBetween(250L, 2_000L);
        assertThat(slow.get().statusCode()).isEqualTo(503); // the query timeout, as before

        HttpResponse<String> after =
                TestServers.get(
                        url + "sparql?query=" + enc(QUICK), "application/sparql-results+json");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("true");
    }
}
