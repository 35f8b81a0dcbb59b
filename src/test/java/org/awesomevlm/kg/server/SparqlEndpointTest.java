package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.server.TestServers.enc;
import static org.awesomevlm.kg.server.TestServers.get;
import static org.awesomevlm.kg.server.TestServers.post;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(120)
class SparqlEndpointTest {
    static KgServer server;
    static String url;

    static final String SELECT =
            "PREFIX schema: <http://schema.org/> SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n";
    static final String CONSTRUCT =
            "PREFIX schema: <http://schema.org/> CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }";

    @BeforeAll
    static void start() {
        server = KgServer.builder().dataset(TestServers.fixture()).port(0).build().start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, JSON",
        "application/sparql-results+xml, XML",
        "text/csv, CSV",
        "text/tab-separated-values, TSV"
    })
    void selectByGetInEveryResultFormat(String accept, String lang) {
        HttpResponse<String> r = get(url + "sparql?query=" + enc(SELECT), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        ResultSet rs = parseResults(r.body(), resultLang(lang));
        assertThat(ResultSetFormatter.consume(rs)).isEqualTo(3);
    }

    @Test
    void selectByPostForm() {
        HttpResponse<String> r =
                post(
                        url + "sparql",
                        "application/x-www-form-urlencoded",
                        TestServers.form("query", SELECT),
                        "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        ResultSet rs = parseResults(r.body(), ResultSetLang.RS_JSON);
        assertThat(rs.next().getLiteral("n").getString()).isEqualTo("Ghulam Rasool");
    }

    @Test
    void selectByPostDirect() {
        HttpResponse<String> r =
                post(url + "sparql", "application/sparql-query", SELECT, "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Zifeng Wang");
    }

    @Test
    void askAnswersBoolean() {
        HttpResponse<String> r =
                get(
                        url + "sparql?query=" + enc("ASK { ?s ?p ?o }"),
                        "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(
                        ResultSetMgr.readBoolean(
                                new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                                ResultSetLang.RS_JSON))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TTL",
        "application/n-triples, NT",
        "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML"
    })
    void constructAndDescribeInEveryRdfFormat(String accept, String lang) {
        Lang l = rdfLang(lang);
        HttpResponse<String> r = get(url + "sparql?query=" + enc(CONSTRUCT), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        assertThat(parse(r.body(), l).size()).isEqualTo(3);

        HttpResponse<String> d =
                get(
                        url
                                + "sparql?query="
                                + enc("DESCRIBE <https://w3id.org/awesome-vlm/person/zifeng-wang>"),
                        accept);
        assertThat(d.statusCode()).isEqualTo(200);
        assertThat(parse(d.body(), l).size()).isEqualTo(2);
    }

    @Test
    void serviceDescriptionOnGetWithoutQuery() {
        HttpResponse<String> r = get(url + "sparql", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model m = parse(r.body(), Lang.TURTLE);
        String sd = ServiceDescription.SD;
        assertThat(
                        m.contains(
                                null,
                                m.createProperty(sd, "endpoint"),
                                m.createResource(url + "sparql")))
                .isTrue();
        assertThat(
                        m.contains(
                                null,
                                m.createProperty(sd, "supportedLanguage"),
                                m.createResource(sd + "SPARQL11Query")))
                .isTrue();
        long size =
                server.settings()
                        .dataset()
                        .calculateRead(() -> server.settings().dataset().getDefaultModel().size());
        var triples =
                m.listObjectsOfProperty(
                                m.createProperty(org.awesomevlm.kg.vocab.AV.VOID, "triples"))
                        .next()
                        .asLiteral();
        assertThat(triples.getLong()).isEqualTo(size);
        assertThat(triples.getDatatypeURI())
                .isEqualTo(org.apache.jena.vocabulary.XSD.integer.getURI());
    }

    @Test
    void graphStoreProtocolRead() {
        HttpResponse<String> r = get(url + "data?default", "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = parse(r.body(), Lang.NTRIPLES);
        assertThat(m.size()).isGreaterThan(50);
    }

    @Test
    void corsPreflightAndSimpleGet() {
        HttpResponse<String> pre =
                TestServers.send(
                        HttpRequest.newBuilder(URI.create(url + "sparql"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", "https://example.org")
                                .header("Access-Control-Request-Method", "POST")
                                .header("Access-Control-Request-Headers", "Content-Type")
                                .build());
        assertThat(pre.statusCode()).isEqualTo(200);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Origin").orElseThrow())
                .isIn("*", "https://example.org");
        assertThat(pre.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("POST");

        HttpResponse<String> r =
                TestServers.send(
                        HttpRequest.newBuilder(URI.create(url + "sparql?query=" + enc(SELECT)))
                                .header("Origin", "https://example.org")
                                .build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow())
                .isIn("*", "https://example.org");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void writesAndAdminRefusedWhenReadOnly() {
        String update = "INSERT DATA { <urn:ex:s> <urn:ex:p> <urn:ex:o> }";
        assertThat(post(url + "update", "application/sparql-update", update, null).statusCode())
                .isIn(403, 404, 405);
        assertThat(post(url + "sparql", "application/sparql-update", update, null).statusCode())
                .isIn(400, 403, 405, 415);
        assertThat(
                        post(
                                        url + "sparql",
                                        "application/x-www-form-urlencoded",
                                        TestServers.form("update", update),
                                        null)
                                .statusCode())
                .isIn(400, 403, 405);
        assertThat(
                        post(
                                        url + "upload",
                                        "text/turtle",
                                        "<urn:ex:s> <urn:ex:p> <urn:ex:o> .",
                                        null)
                                .statusCode())
                .isIn(403, 404, 405);
        assertThat(
                        post(
                                        url + "data?default",
                                        "text/turtle",
                                        "<urn:ex:s> <urn:ex:p> <urn:ex:o> .",
                                        null)
                                .statusCode())
                .isIn(403, 404, 405);
        HttpResponse<String> put =
                TestServers.send(
                        HttpRequest.newBuilder(URI.create(url + "data?default"))
                                .header("Content-Type", "text/turtle")
                                .PUT(
                                        HttpRequest.BodyPublishers.ofString(
                                                "<urn:ex:s> <urn:ex:p> <urn:ex:o> ."))
                                .build());
        assertThat(put.statusCode()).isIn(403, 404, 405);
        HttpResponse<String> delete =
                TestServers.send(
                        HttpRequest.newBuilder(URI.create(url + "data?default")).DELETE().build());
        assertThat(delete.statusCode()).isIn(403, 404, 405);
        for (String admin :
                new String[] {
                    "$/ping", "$/datasets", "$/server", "$/stats", "$/compact/", "$/backup/"
                }) assertThat(get(url + admin, null).statusCode()).as(admin).isIn(403, 404, 405);
        assertThat(
                        post(
                                        url + "$/datasets",
                                        "application/x-www-form-urlencoded",
                                        "dbName=x&dbType=mem",
                                        null)
                                .statusCode())
                .isIn(403, 404, 405);
        // Nothing was written.
        HttpResponse<String> ask =
                get(
                        url + "sparql?query=" + enc("ASK { <urn:ex:s> ?p ?o }"),
                        "application/sparql-results+json");
        assertThat(ask.body()).contains("false");
    }

    @Test
    void serviceToOtherEndpointsIsRefused() {
        String q = "SELECT * { SERVICE <" + url + "sparql> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r =
                get(url + "sparql?query=" + enc(q), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("SERVICE execution disabled");
    }

    @Test
    void scriptFunctionsAreOff() {
        String q =
                "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT ?x { BIND(js:toUpperCase('a') AS ?x) }";
        HttpResponse<String> r =
                get(url + "sparql?query=" + enc(q), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Scripting not enabled");
    }

    @Test
    void hugeBodyGets413() throws Exception {
        // A raw request announcing a 3 MiB body: the server must refuse it on the Content-Length
        // alone (an HTTP client would still be sending when the server answers and closes).
        URI u = URI.create(url);
        try (java.net.Socket socket = new java.net.Socket(u.getHost(), u.getPort())) {
            socket.setSoTimeout(10_000);
            String head =
                    "POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: "
                            + (3 << 20)
                            + "\r\n\r\nquery=";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status =
                    new java.io.BufferedReader(
                                    new java.io.InputStreamReader(
                                            socket.getInputStream(), StandardCharsets.US_ASCII))
                            .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void hugeChunkedBodyGets413() {
        byte[] big = ("query=" + "x".repeat(3 << 20)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r =
                TestServers.send(
                        HttpRequest.newBuilder(URI.create(url + "sparql"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                // No Content-Length: the body arrives chunked.
                                .POST(
                                        HttpRequest.BodyPublishers.ofInputStream(
                                                () -> new ByteArrayInputStream(big)))
                                .build());
        assertThat(r.statusCode()).isEqualTo(413);
    }

    @Test
    void rootPageAndUnknownPaths() {
        HttpResponse<String> r = get(url, "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(url + "sparql");
        assertThat(get(url + "no-such-thing", null).statusCode()).isEqualTo(404);
        assertThat(get(url + "no/such/thing", null).statusCode()).isEqualTo(404);
    }

    static ResultSet parseResults(String body, Lang lang) {
        return ResultSetMgr.read(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
    }

    static Model parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).toModel();
    }

    static Lang resultLang(String name) {
        return switch (name) {
            case "JSON" -> ResultSetLang.RS_JSON;
            case "XML" -> ResultSetLang.RS_XML;
            case "CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
    }

    static Lang rdfLang(String name) {
        return switch (name) {
            case "TTL" -> Lang.TURTLE;
            case "NT" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }
}
