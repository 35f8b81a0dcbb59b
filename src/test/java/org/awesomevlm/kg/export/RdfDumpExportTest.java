package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg export ttl and nt: the whole store, read back by Jena and by n3 (npm). */
class RdfDumpExportTest {
    @TempDir static Path tmp;
    static Dataset ds;
    static Model store;
    static String ttl;
    static String nt;

    @BeforeAll
    static void load() {
        ds = ExportFixture.load(tmp);
        store =
                Txn.calculateRead(
                        ds,
                        () ->
                                ModelFactory.createDefaultModel()
                                        .add(
                                                ModelFactory.createModelForGraph(
                                                        Store.dataGraph(ds.asDatasetGraph()))));
        ttl = ExportFixture.export("ttl", ds, null);
        nt = ExportFixture.export("nt", ds, null);
    }

    @AfterAll
    static void release() {
        Store.close(ExportFixture.db(tmp));
    }

    private static Model parse(String text, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, lang).parse(m);
        return m;
    }

    @Test
    void turtleAndNTriplesHoldTheWholeStore() {
        assertThat(store.size()).isGreaterThan(1000);
        assertThat(parse(ttl, Lang.TURTLE).isIsomorphicWith(store)).isTrue();
        assertThat(parse(nt, Lang.NTRIPLES).isIsomorphicWith(store)).isTrue();
        assertThat(ttl)
                .contains("PREFIX av: <https://w3id.org/awesome-vlm/ontology#>")
                .contains("paper:arxiv-2403.02469");
        assertThat(nt.lines()).hasSize((int) store.size());
    }

    @Test
    void n3ReadsBothBack() throws Exception {
        for (String[] f : new String[][] {{"turtle", "ttl", ttl}, {"ntriples", "nt", nt}}) {
            Path file = ExportFixture.file(tmp, "export." + f[1], f[2]);
            String nquads = ExportFixture.node(tmp, f[0], file.toString());
            assertThat(parse(nquads, Lang.NQUADS).isIsomorphicWith(store)).as(f[0]).isTrue();
        }
    }
}
