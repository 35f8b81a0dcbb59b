package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.cmd.textindexer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ontology/fuseki-config.ttl run by stock Fuseki ({@code FusekiServer.parseConfigFile}) on a TDB2
 * database loaded by the Loader: queries work, updates are refused, the text index finds words.
 */
class StockFusekiConfigTest {
    static final Path CONFIG = Path.of("ontology/fuseki-config.ttl");
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String PREFIXES =
            """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX av: <https://w3id.org/awesome-vlm/ontology#>
            """;

    @TempDir static Path tmp;
    static Path config;
    static FusekiServer server;
    static String service;

    @BeforeAll
    static void start() throws IOException {
        Path data = tmp.resolve("data");
        ImportResult r = new ListImporter().importFile(Path.of("data/awesome-list.md"));
        TurtleOut.writeAtomically(r.model(), data.resolve(r.slug() + ".ttl"));
        Loader.load(data, Path.of("ontology"), tmp.resolve("db"));
        Store.close(tmp.resolve("db"));
        config = relocated(tmp.resolve("db"), tmp.resolve("db-text"), null);
        // what an operator runs after kg load: jena.textindexer --desc=ontology/fuseki-config.ttl
        textindexer.testMain("--desc=" + config);
        server = FusekiServer.create().port(0).parseConfigFile(config.toString()).build().start();
        service = "http://localhost:" + server.getHttpPort() + "/awesome-vlm";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /**
     * The shipped config with the database and index locations (relative to the project root there)
     * replaced, and optionally the query timeout.
     */
    static Path relocated(Path db, Path index, String timeout) throws IOException {
        Model m = RDFDataMgr.loadModel(CONFIG.toString());
        replace(m, m.createProperty(TDB2, "location"), m.createLiteral(db.toString()));
        replace(m, m.createProperty(TEXT, "directory"), m.createResource(index.toUri().toString()));
        if (timeout != null) {
            replace(m, m.createProperty(JA, "cxtValue"), m.createLiteral(timeout));
        }
        Path file = Files.createTempFile(tmp, "fuseki-config", ".ttl");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        }
        return file;
    }

    private static void replace(Model m, Property p, RDFNode value) {
        List<Statement> old = m.listStatements(null, p, (RDFNode) null).toList();
        assertThat(old).as("%s in %s", p, CONFIG).hasSize(1);
        m.remove(old.get(0));
        m.add(old.get(0).getSubject(), p, value);
    }

    static List<String> select(String endpoint, String query) {
        List<String> out = new ArrayList<>();
        try (QueryExecutionHTTP qe =
                QueryExecutionHTTP.service(endpoint).query(PREFIXES + query).build()) {
            qe.execSelect()
                    .forEachRemaining(
                            (QuerySolution s) -> out.add(s.get(s.varNames().next()).toString()));
        }
        return out;
    }

    @Test
    void configDeclaresTheStoreTheIndexAndATimeout() {
        Model m = RDFDataMgr.loadModel(CONFIG.toString());
        assertThat(m.listObjectsOfProperty(m.createProperty(TDB2, "location")).toList())
                .containsExactly(m.createLiteral("db"));
        assertThat(m.listObjectsOfProperty(m.createProperty(JA, "cxtName")).toList())
                .containsExactly(m.createLiteral("arq:queryTimeout"));
        assertThat(m.listObjectsOfProperty(m.createProperty(JA, "cxtValue")).toList())
                .containsExactly(m.createLiteral("10000,60000"));
        // on the endpoints, so running the server leaves the JVM-wide ARQ context alone
        assertThat(ARQ.getContext().isDefined(ARQ.queryTimeout)).isFalse();
    }

    @Test
    void queriesWorkOnTheSparqlAndDatasetEndpoints() {
        String q =
                "SELECT ?t WHERE { ?p a schema:ScholarlyArticle ; dcterms:title ?t } ORDER BY ?t";
        List<String> titles = select(service + "/sparql", q);
        assertThat(titles)
                .hasSize(3)
                .contains("MedCLIP: Contrastive Learning from Unpaired Medical Images and Text");
        assertThat(select(service, q)).isEqualTo(titles);
        assertThat(select(service + "/query", q)).isEqualTo(titles);
    }

    @Test
    void textIndexFindsTitlesDigestsLabelsAndNames() {
        String medclip = "https://w3id.org/awesome-vlm/paper/arxiv-2210.10163";
        assertThat(select(service + "/sparql", "SELECT ?s { ?s text:query 'contrastive' }"))
                .containsExactly(medclip);
        assertThat(select(service + "/sparql", "SELECT ?s { ?s text:query (av:digest 'InfoNCE') }"))
                .containsExactly(medclip);
        assertThat(
                        select(
                                service + "/sparql",
                                "SELECT ?s { ?s text:query (skos:prefLabel 'contrastive') }"))
                .containsExactly("https://w3id.org/awesome-vlm/keyword/contrastive-learning");
        assertThat(
                        select(
                                service + "/sparql",
                                "SELECT ?s { ?s text:query (schema:name 'zifeng') }"))
                .containsExactly("https://w3id.org/awesome-vlm/person/zifeng-wang");
    }

    @Test
    void updatesAndGraphStoreWritesAreRefused() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        List<String> before = select(service, count);
        String update = "INSERT DATA { <urn:x> <urn:y> 'z' }";
        for (String path : List.of("/update", "", "/sparql")) {
            HttpResponse<String> r = post(service + path, "application/sparql-update", update);
            assertThat(r.statusCode()).as("update at %s", path).isBetween(400, 499);
        }
        for (String path : List.of("/get?default", "?default", "/data?default")) {
            HttpResponse<String> r = post(service + path, "text/turtle", "<urn:x> <urn:y> 'z' .");
            assertThat(r.statusCode()).as("GSP write at %s", path).isBetween(400, 499);
        }
        assertThat(select(service, count)).isEqualTo(before);
        assertThat(select(service, "SELECT ?p { <urn:x> ?p ?o }")).isEmpty();
    }

    private static HttpResponse<String> post(String url, String type, String body)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theTimeoutCancelsLongQueries() throws Exception {
        // the same config with a 200 ms timeout: a cubic join over all triples cannot finish
        // on a database of its own: jena-text registers the index in the TDB2 dataset's context,
        // which a second text dataset on the same database in this JVM would replace
        Loader.load(tmp.resolve("data"), Path.of("ontology"), tmp.resolve("db-2"));
        Store.close(tmp.resolve("db-2"));
        Path fast = relocated(tmp.resolve("db-2"), tmp.resolve("db-text-2"), "200");
        FusekiServer s = FusekiServer.create().port(0).parseConfigFile(fast.toString()).build();
        s.start();
        try {
            String url = "http://localhost:" + s.getHttpPort() + "/awesome-vlm/sparql";
            HttpResponse<String> r =
                    post(
                            url,
                            "application/sparql-query",
                            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
            assertThat(r.statusCode()).isEqualTo(503);
        } finally {
            s.stop();
        }
    }
}
