package org.awesomevlm.kg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/** Fixture data and HTTP helpers for the server tests. */
final class TestServers {
    static final Path FIXTURE = Path.of("src/test/resources/server/fixture.ttl");
    static final Path ONTOLOGY = Path.of("ontology/awesome-vlm.ttl");

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServers() {}

    /** An in-memory transactional dataset holding the fixture and the ontology. */
    static Dataset fixture() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(
                ds,
                () -> {
                    RDFDataMgr.read(ds.getDefaultModel(), FIXTURE.toString());
                    RDFDataMgr.read(ds.getDefaultModel(), ONTOLOGY.toString());
                });
        return ds;
    }

    static HttpClient client() {
        return CLIENT;
    }

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) b.header("Accept", accept);
        return send(b.build());
    }

    /**
     * Sends a request. Requests other than GET go on a fresh connection: the server may close a
     * connection after refusing a request whose body it did not read, and a pooled connection would
     * then fail the next request.
     */
    static HttpResponse<String> send(HttpRequest request) {
        HttpClient client =
                "GET".equals(request.method())
                        ? CLIENT
                        : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> post(String url, String contentType, String body, String accept) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) b.header("Accept", accept);
        return send(b.build());
    }

    static String form(String name, String value) {
        return name
                + "="
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
