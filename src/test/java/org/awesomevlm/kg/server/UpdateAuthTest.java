package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.server.TestServers.enc;
import static org.awesomevlm.kg.server.TestServers.get;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    static final String EDITOR = basic("editor", "s3cret");

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

    /** A SPARQL update sent to /update. */
    static HttpResponse<String> update(String update, String auth) {
        return write("POST", "update", "application/sparql-update", update, auth);
    }

    /** A Graph Store Protocol request on the graph {@code urn:ex:GRAPH}; its status. */
    static int graphStore(String method, String graph, String turtle, String auth) {
        return write(method, "data?graph=urn:ex:" + graph, "text/turtle", turtle, auth)
                .statusCode();
    }

    static boolean ask(String pattern) {
        return get(
                        url + "sparql?query=" + enc("ASK { " + pattern + " }"),
                        "application/sparql-results+json")
                .body()
                .contains("true");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                arguments("no credentials", null),
                arguments("a wrong password", basic("editor", "wrong")),
                arguments("an unknown user", basic("nobody", "s3cret")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void everyWriteIsRefusedWith(String what, String auth) {
        HttpResponse<String> u = update("INSERT DATA { <urn:ex:r> <urn:ex:b> \"refused\" }", auth);
        assertThat(u.statusCode()).isEqualTo(401);
        assertThat(u.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        String ttl = "<urn:ex:r> <urn:ex:b> \"refused\" .";
        assertThat(graphStore("PUT", "ok", ttl, EDITOR)).isIn(200, 201, 204);
        for (String method : List.of("POST", "PUT", "DELETE")) {
            assertThat(graphStore(method, "ok", "<urn:ex:x> <urn:ex:b> 1 .", auth))
                    .as(method)
                    .isEqualTo(401);
        }
        assertThat(ask("GRAPH <urn:ex:ok> { <urn:ex:r> <urn:ex:b> \"refused\" }"))
                .as("neither replaced nor deleted")
                .isTrue();
        assertThat(ask("<urn:ex:x> ?p ?o")).as("nothing added").isFalse();
        assertThat(graphStore("DELETE", "ok", "", EDITOR)).isIn(200, 204);
        assertThat(ask("<urn:ex:r> ?p ?o")).as("the refused update").isFalse();
    }

    @Test
    void sparqlUpdateWithTheEditorsCredentials() {
        assertThat(ask("<urn:ex:a> <urn:ex:b> \"update\"")).isFalse();
        assertThat(update("INSERT DATA { <urn:ex:a> <urn:ex:b> \"update\" }", EDITOR).statusCode())
                .isIn(200, 204);
        assertThat(ask("<urn:ex:a> <urn:ex:b> \"update\"")).isTrue();
    }

    @Test
    void graphStoreWritesWithTheEditorsCredentialsReadsWithNone() {
        String ttl = "<urn:ex:s> <urn:ex:b> \"gsp\" .";
        assertThat(ask("GRAPH ?g { <urn:ex:s> ?p ?o }")).isFalse();
        assertThat(graphStore("PUT", "g", ttl, EDITOR)).isIn(200, 201, 204);
        assertThat(ask("GRAPH <urn:ex:g> { <urn:ex:s> <urn:ex:b> \"gsp\" }")).isTrue();
        // Reads are anonymous.
        HttpResponse<String> read = get(url + "data?graph=urn:ex:g", "application/n-triples");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"gsp\"");
        assertThat(get(url + "sparql", null).statusCode()).isEqualTo(200);

        assertThat(graphStore("DELETE", "g", "", EDITOR)).isIn(200, 204);
        assertThat(ask("GRAPH ?g { <urn:ex:s> ?p ?o }")).isFalse();
    }

    @Test
    void voidFollowsWrites() {
        long before = voidTriples();
        assertThat(update("INSERT DATA { <urn:ex:v> <urn:ex:b> \"void\" }", EDITOR).statusCode())
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
