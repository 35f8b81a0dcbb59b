package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.server.TestServers.get;

import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.store.Store;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on a TDB2 database laid out as {@code kg load} leaves it: the list in its named graph,
 * the default graph their union. Queries the server runs itself (/api, VoID) must see the union
 * too, not an empty default graph.
 */
@Timeout(120)
class NamedGraphServingTest {
    @TempDir Path db;

    @Test
    void cannedQueriesAndVoidSeeTheListsInTheirNamedGraphs() {
        Dataset ds = Store.open(db);
        Txn.executeWrite(
                ds,
                () ->
                        RDFDataMgr.read(
                                ds.getNamedModel(AV.listGraph("awesome-list")),
                                TestServers.FIXTURE.toString()));
        Store.close(db);
        KgServer server = null;
        try {
            server =
                    KgServer.builder()
                            .dataset(Store.open(db))
                            .catalog(QueryCatalog.load(Path.of("queries")))
                            .port(0)
                            .build()
                            .start();
            String url = server.localUrl();
            HttpResponse<String> r =
                    get(url + "api/papers-by-year?year=2024", "application/sparql-results+json");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(
                            JsonParser.parseString(r.body())
                                    .getAsJsonObject()
                                    .getAsJsonObject("results")
                                    .getAsJsonArray("bindings"))
                    .isNotEmpty();
            HttpResponse<String> v = get(url + ".well-known/void", "text/turtle");
            assertThat(v.statusCode()).isEqualTo(200);
            assertThat(v.body()).doesNotContain("void:triples 0 ");
        } finally {
            if (server != null) server.stop();
            Store.close(db);
        }
    }
}
