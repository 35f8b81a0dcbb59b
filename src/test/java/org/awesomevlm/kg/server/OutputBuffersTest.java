package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.server.TestServers.enc;
import static org.awesomevlm.kg.server.TestServers.get;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.sys.FusekiSystemConstants;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.awesomevlm.kg.query.QueryCatalog;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Responses are written through pooled buffers ({@link FMod_OutputBuffers}) while the connector
 * keeps Fuseki's settings: loopback only, the 5 MB output buffer (an answer that fits is sent
 * whole, with a Content-Length), and the same answers.
 */
@Timeout(120)
class OutputBuffersTest {
    static final String PAPER = "https://w3id.org/awesome-vlm/paper/arxiv-2403.02469";
    static final int ROWS = 3000;
    static KgServer server;
    static String url;

    @BeforeAll
    static void start() {
        Dataset ds = TestServers.fixture();
        // enough rows for a SPARQL answer of several hundred KB: over Jetty's default buffers
        Txn.executeWrite(
                ds,
                () -> {
                    Node p = NodeFactory.createURI("urn:p");
                    for (int i = 0; i < ROWS; i++)
                        ds.asDatasetGraph()
                                .getDefaultGraph()
                                .add(
                                        NodeFactory.createURI("urn:s" + i),
                                        p,
                                        NodeFactory.createLiteralString(
                                                "row " + i + " ".repeat(80)));
                });
        server =
                KgServer.builder()
                        .dataset(ds)
                        .catalog(QueryCatalog.load(Path.of("queries")))
                        .localhostOnly(true)
                        .port(0)
                        .build()
                        .start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static ServerConnector connector() {
        Connector[] connectors = server.fuseki().getJettyServer().getConnectors();
        assertThat(connectors).hasSize(1);
        return (ServerConnector) connectors[0];
    }

    @Test
    void connectorKeepsFusekiSettingsOnAPoolThatHoldsItsOutputBuffer() {
        ServerConnector c = connector();
        assertThat(c.isStarted()).isTrue();
        assertThat(c.getHost()).isEqualTo("localhost");
        assertThat(c.getLocalPort()).isEqualTo(server.port());
        int outputBuffer =
                c.getConnectionFactory(HttpConnectionFactory.class)
                        .getHttpConfiguration()
                        .getOutputBufferSize();
        assertThat(outputBuffer).isEqualTo(FusekiSystemConstants.jettyOutputBufferSize);
        assertThat(c.getByteBufferPool()).isInstanceOf(ArrayByteBufferPool.class);
        assertThat(((ArrayByteBufferPool) c.getByteBufferPool()).getMaxCapacity())
                .isGreaterThanOrEqualTo(outputBuffer);
    }

    @Test
    void outputBuffersAreReusedNotAllocatedPerResponse() {
        ArrayByteBufferPool pool = (ArrayByteBufferPool) connector().getByteBufferPool();
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> r = get(url + "api/lists-of-paper?paper=" + enc(PAPER), null);
            assertThat(r.statusCode()).isEqualTo(200);
        }
        // One request at a time: the output buffer went back to the pool after each response
        // and was taken again by the next (Jetty's default pool keeps nothing over 64 KB).
        long big = FusekiSystemConstants.jettyOutputBufferSize;
        assertThat(pool.getDirectMemory() + pool.getHeapMemory())
                .isGreaterThanOrEqualTo(big)
                .isLessThan(4 * big);
    }

    @Test
    void cannedQueryAnswersAndHeadersAreUnchanged() throws Exception {
        HttpResponse<String> r =
                get(url + "api/describe-paper?iri=" + enc(PAPER), "text/turtle, */*;q=0.1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(r.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertThat(
                        m.contains(
                                ResourceFactory.createResource(PAPER),
                                org.apache.jena.vocabulary.RDF.type,
                                ResourceFactory.createResource(
                                        "http://schema.org/ScholarlyArticle")))
                .isTrue();
        assertThat(
                        m.listObjectsOfProperty(
                                        ResourceFactory.createResource(PAPER), DCTerms.title)
                                .toList())
                .isNotEmpty();
    }

    @Test
    void aLargeAnswerFromTheSparqlEndpointIsComplete() {
        String query = "SELECT ?s ?o { ?s <urn:p> ?o }";
        HttpResponse<String> r =
                get(url + "sparql?query=" + enc(query), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(256 * 1024); // past Jetty's default buffers
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(body));
        int n = 0;
        for (; rs.hasNext(); rs.next()) n++;
        assertThat(n).isEqualTo(ROWS);
    }

    @Test
    void aReusedBufferCarriesNothingFromTheResponseBefore() {
        String small = url + "api/lists-of-paper?paper=" + enc(PAPER);
        String accept = "application/sparql-results+json";
        HttpResponse<String> first = get(small, accept);
        HttpResponse<String> big =
                get(url + "sparql?query=" + enc("SELECT ?o { ?s <urn:p> ?o }"), accept);
        HttpResponse<String> again = get(small, accept);
        assertThat(big.body().length()).isGreaterThan(256 * 1024);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).doesNotContain("row ");
        assertThat(again.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
    }
}
