package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CompactorTest {
    @TempDir Path tmp;

    Path db() {
        return tmp.resolve("db");
    }

    @AfterEach
    void release() {
        Store.close(db());
    }

    static Triple t(String s, int i) {
        return Triple.create(
                NodeFactory.createURI("urn:" + s + i),
                NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString("value " + i));
    }

    @Test
    void compactionKeepsTheContentAndReclaimsSpace() {
        Dataset ds = Store.open(db());
        DatasetGraph dsg = ds.asDatasetGraph();
        // churn: many transactions adding and deleting leave dead blocks behind
        for (int round = 0; round < 20; round++) {
            int r = round;
            Txn.executeWrite(
                    dsg,
                    () -> {
                        for (int i = 0; i < 500; i++) {
                            dsg.getDefaultGraph().add(t("tmp" + r + "-", i));
                        }
                    });
            Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().clear());
        }
        Txn.executeWrite(
                dsg,
                () -> {
                    for (int i = 0; i < 100; i++) {
                        dsg.getDefaultGraph().add(t("keep", i));
                    }
                });
        Graph before = LoaderTest.copy(ds);

        Compactor.Report r = Compactor.compact(db());

        assertThat(r.from()).isEqualTo("Data-0001");
        assertThat(r.to()).isEqualTo("Data-0002");
        assertThat(r.bytesAfter()).isLessThan(r.bytesBefore());
        assertThat(Generations.generations(Store.key(db())))
                .containsExactly(Store.key(db()).resolve("Data-0002"));
        assertThat(Generations.leftovers(Store.key(db()))).isEmpty();
        // the cached dataset still works and sees the same graph; so does a fresh open
        assertThat(LoaderTest.copy(ds).isIsomorphicWith(before)).isTrue();
        Store.close(db());
        assertThat(LoaderTest.copy(Store.open(db())).isIsomorphicWith(before)).isTrue();
    }

    @Test
    void cliCompacts() {
        Store.open(db());
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertThat(cl.execute("compact", "--db", db().toString())).isEqualTo(0);
        assertThat(out.toString()).contains("Data-0001 -> Data-0002");
    }
}
