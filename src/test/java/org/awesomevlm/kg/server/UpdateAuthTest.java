package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.server.TestServers.enc;
import static org.awesomevlm.kg.server.TestServers.get;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** With --update: writes need the right credentials; reads stay open. */
@Timeout(120)
class UpdateAuthTest {
    @TempDir static Path dir;
    static KgServer server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret\n");
        server =
                KgServer.builder()
                        .dataset(TestServers.fixture())
                        .port(0)
                        .update(passwords)
                        .build()
                        .start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> write(
            String method, String path, String type, String body, String auth) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(url + path))
                        .header("Content-Type", type)
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", auth);
        return TestServers.send(b.build());
    }

    static boolean ask(String pattern) {
        return get(
                        url + "sparql?query=" + enc("ASK { " + pattern + " }"),
                        "application/sparql-results+json")
                .body()
                .contains("true");
    }

    @Test
    void sparqlUpdateNeedsCredentials() {
        String update = "INSERT DATA { <urn:ex:a> <urn:ex:b> \"update\" }";
        HttpResponse<String> none =
                write("POST", "update", "application/sparql-update", update, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(
                        write(
                                        "POST",
                                        "update",
                                        "application/sparql-update",
                                        update,
                                        basic("editor", "wrong"))
                                .statusCode())
                .isEqualTo(401);
        assertThat(
                        write(
                                        "POST",
                                        "update",
                                        "application/sparql-update",
                                        update,
                                        basic("nobody", "s3cret"))
                                .statusCode())
                .isEqualTo(401);
        assertThat(ask("<urn:ex:a> <urn:ex:b> \"update\"")).isFalse();

        assertThat(
                        write(
                                        "POST",
                                        "update",
                                        "application/sparql-update",
                                        update,
                                        basic("editor", "s3cret"))
                                .statusCode())
                .isIn(200, 204);
        assertThat(ask("<urn:ex:a> <urn:ex:b> \"update\"")).isTrue();
    }

    @Test
    void graphStoreWritesNeedCredentialsReadsDoNot() {
        String ttl = "<urn:ex:s> <urn:ex:b> \"gsp\" .";
        assertThat(write("POST", "data?graph=urn:ex:g", "text/turtle", ttl, null).statusCode())
                .isEqualTo(401);
        assertThat(
                        write(
                                        "PUT",
                                        "data?graph=urn:ex:g",
                                        "text/turtle",
                                        ttl,
                                        basic("editor", "nope"))
                                .statusCode())
                .isEqualTo(401);
        assertThat(ask("GRAPH ?g { <urn:ex:s> ?p ?o }")).isFalse();

        assertThat(
                        write(
                                        "PUT",
                                        "data?graph=urn:ex:g",
                                        "text/turtle",
                                        ttl,
                                        basic("editor", "s3cret"))
                                .statusCode())
                .isIn(200, 201, 204);
        assertThat(ask("GRAPH <urn:ex:g> { <urn:ex:s> <urn:ex:b> \"gsp\" }")).isTrue();
        // Reads are anonymous.
        HttpResponse<String> read = get(url + "data?graph=urn:ex:g", "application/n-triples");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"gsp\"");
        assertThat(get(url + "sparql", null).statusCode()).isEqualTo(200);

        assertThat(write("DELETE", "data?graph=urn:ex:g", "text/turtle", "", null).statusCode())
                .isEqualTo(401);
        assertThat(
                        write(
                                        "DELETE",
                                        "data?graph=urn:ex:g",
                                        "text/turtle",
                                        "",
                                        basic("editor", "s3cret"))
                                .statusCode())
                .isIn(200, 204);
        assertThat(ask("GRAPH ?g { <urn:ex:s> ?p ?o }")).isFalse();
    }

    @Test
    void voidFollowsWrites() {
        long before = voidTriples();
        String update = "INSERT DATA { <urn:ex:v> <urn:ex:b> \"void\" }";
        assertThat(
                        write(
                                        "POST",
                                        "update",
                                        "application/sparql-update",
                                        update,
                                        basic("editor", "s3cret"))
                                .statusCode())
                .isIn(200, 204);
        assertThat(voidTriples()).isEqualTo(before + 1);
    }

    private static long voidTriples() {
        var m =
                SparqlEndpointTest.parse(
                        get(url + ".well-known/void", "text/turtle").body(),
                        org.apache.jena.riot.Lang.TURTLE);
        return m.listObjectsOfProperty(m.createProperty(org.awesomevlm.kg.vocab.AV.VOID, "triples"))
                .next()
                .asLiteral()
                .getLong();
    }

    @Test
    void adminStaysClosed() {
        assertThat(get(url + "$/datasets", null).statusCode()).isIn(401, 403, 404);
        assertThat(get(url + "$/server", null).statusCode()).isIn(401, 403, 404);
    }
}
