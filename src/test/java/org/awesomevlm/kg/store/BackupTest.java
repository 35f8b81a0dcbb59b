package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BackupTest {
    static final Node P = NodeFactory.createURI("urn:p");
    static final Node COUNTER = NodeFactory.createURI("urn:counter");

    @TempDir Path tmp;

    @AfterEach
    void release() {
        Store.close(tmp.resolve("db"));
        Store.close(tmp.resolve("restored"));
    }

    static DatasetGraph snapshot(Dataset ds) {
        return Txn.calculateRead(
                ds,
                () -> {
                    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                    ds.asDatasetGraph().find().forEachRemaining(copy::add);
                    return copy;
                });
    }

    static DatasetGraph fixture() {
        DatasetGraph g = DatasetGraphFactory.create();
        RDFParser.fromString(
                        """
                        <urn:a> <urn:p> "plain" .
                        <urn:a> <urn:p> "label"@en .
                        <urn:a> <urn:q> "2024"^^<http://www.w3.org/2001/XMLSchema#gYear> .
                        _:b <urn:p> <urn:a> .
                        <urn:g1> { <urn:x> <urn:p> "in a named graph" . _:c <urn:p> "x\\ny" . }
                        """)
                .lang(org.apache.jena.riot.Lang.TRIG)
                .parse(g);
        return g;
    }

    @Test
    void backupThenRestoreGivesAnIsomorphicDataset() throws Exception {
        Path db = tmp.resolve("db");
        Dataset ds = Store.open(db);
        DatasetGraph want = fixture();
        Txn.executeWrite(ds, () -> want.find().forEachRemaining(ds.asDatasetGraph()::add));

        Path file = tmp.resolve("out/backup.nq.gz");
        Backup.Report b = Backup.backup(db, file);
        assertThat(b.quads()).isEqualTo(6);
        assertThat(Files.list(file.getParent())).containsExactly(file);

        // restore over an existing, different database: it is replaced
        Path restored = tmp.resolve("restored");
        Dataset other = Store.open(restored);
        Txn.executeWrite(
                other,
                () ->
                        other.asDatasetGraph()
                                .getDefaultGraph()
                                .add(NodeFactory.createURI("urn:old"), P, P));
        Backup.Report r = Backup.restore(file, restored);
        assertThat(r.quads()).isEqualTo(6);
        assertThat(IsoMatcher.isomorphic(snapshot(Store.open(restored)), want)).isTrue();
        assertThat(Generations.leftovers(Store.key(restored))).isEmpty();
    }

    @Test
    void aBadBackupNamesTheLineAndChangesNothing() throws Exception {
        Path restored = tmp.resolve("restored");
        Dataset ds = Store.open(restored);
        Txn.executeWrite(ds, () -> fixture().find().forEachRemaining(ds.asDatasetGraph()::add));
        DatasetGraph before = snapshot(ds);

        Path bad = tmp.resolve("bad.nq");
        Files.writeString(bad, "<urn:a> <urn:p> <urn:b> .\n<urn:a> <urn:p> \"oops .\n");
        KgException e =
                catchThrowableOfType(KgException.class, () -> Backup.restore(bad, restored));
        assertThat(e.file()).endsWith("bad.nq");
        assertThat(e.line()).isBetween(2L, 3L);
        assertThat(e.getMessage()).contains("N-Quads syntax error");

        assertThat(IsoMatcher.isomorphic(snapshot(Store.open(restored)), before)).isTrue();
        assertThat(Generations.leftovers(Store.key(restored))).isEmpty();
    }

    /**
     * A backup cut short (a transfer from {@code POST /$/backup} that broke off) is refused
     * wherever the cut falls, also where the part that decompresses ends with a whole line.
     */
    @Test
    void aCutBackupIsRefusedWhereverItEnds() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            for (int i = 0; i < 20_000; i++)
                gz.write(
                        ("<urn:s" + i + "> <urn:p> \"" + i + "\" .\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] whole = bytes.toByteArray();
        Path restored = tmp.resolve("restored");
        int cuts = 10;
        for (int k = 1; k < cuts; k++) {
            Path cut = tmp.resolve("cut" + k + ".nq.gz");
            Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * k / cuts));
            KgException e =
                    catchThrowableOfType(KgException.class, () -> Backup.restore(cut, restored));
            assertThat(e).as("cut at %d/%d refused", k, cuts).isNotNull();
            assertThat(e.file()).endsWith(cut.getFileName().toString());
        }
        assertThat(Store.isEmpty(Store.open(restored))).isTrue();
    }

    /**
     * A writer commits batches in a loop while the backup runs; the backup must be exactly the
     * state after some commit: batches 1..c complete, nothing of c+1, and counter = c.
     */
    @Test
    void backupWhileAnotherThreadWritesIsACommittedState() throws Exception {
        Path db = tmp.resolve("db");
        Dataset ds = Store.open(db);
        DatasetGraph dsg = ds.asDatasetGraph();
        int batch = 50;
        AtomicLong committed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        // a sizeable base so that the backup takes long enough for commits to interleave
        Txn.executeWrite(
                dsg,
                () -> {
                    for (int i = 0; i < 20_000; i++) {
                        dsg.getDefaultGraph().add(NodeFactory.createURI("urn:base" + i), P, lit(i));
                    }
                });
        Thread writer =
                new Thread(
                        () -> {
                            for (long c = 1; !stop.get(); c++) {
                                long n = c;
                                Txn.executeWrite(
                                        dsg,
                                        () -> {
                                            for (int j = 0; j < batch; j++) {
                                                dsg.getDefaultGraph().add(node(n, j), P, lit(j));
                                            }
                                            dsg.getDefaultGraph().remove(COUNTER, P, Node.ANY);
                                            dsg.getDefaultGraph().add(COUNTER, P, lit(n));
                                        });
                                committed.set(n);
                            }
                        });
        writer.start();
        try {
            while (committed.get() < 3) {
                Thread.sleep(5);
            }
            long atStart = committed.get();
            Path file = tmp.resolve("b.nq.gz");
            Backup.backup(db, file);
            long atEnd = committed.get();
            stop.set(true);
            writer.join();
            assertThat(atEnd).as("commits happened during the backup").isGreaterThan(atStart);

            Backup.restore(file, tmp.resolve("restored"));
            DatasetGraph got = snapshot(Store.open(tmp.resolve("restored")));
            long c =
                    Long.parseLong(
                            got.getDefaultGraph()
                                    .find(COUNTER, P, Node.ANY)
                                    .next()
                                    .getObject()
                                    .getLiteralLexicalForm());
            assertThat(c).isBetween(atStart, atEnd);
            assertThat(got.getDefaultGraph().size()).isEqualTo(20_000 + c * batch + 1);
            for (long n = 1; n <= c + 1; n++) {
                for (int j = 0; j < batch; j++) {
                    assertThat(got.getDefaultGraph().contains(node(n, j), P, lit(j)))
                            .isEqualTo(n <= c);
                }
            }
        } finally {
            stop.set(true);
            writer.join();
        }
    }

    static Node node(long n, int j) {
        return NodeFactory.createURI("urn:batch" + n + "/" + j);
    }

    static Node lit(long i) {
        return NodeFactory.createLiteralString(Long.toString(i));
    }

    @Test
    void cliBackupAndRestore() {
        Path db = tmp.resolve("db");
        Dataset ds = Store.open(db);
        Txn.executeWrite(ds, () -> fixture().find().forEachRemaining(ds.asDatasetGraph()::add));
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        Path file = tmp.resolve("x.nq.gz");
        assertThat(cl.execute("backup", "--db", db.toString(), "-o", file.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("backed up 6 quads");
        Path restored = tmp.resolve("restored");
        assertThat(cl.execute("restore", file.toString(), "--db", restored.toString()))
                .isEqualTo(0);
        assertThat(out.toString()).contains("restored 6 quads");
        assertThat(IsoMatcher.isomorphic(snapshot(Store.open(restored)), snapshot(ds))).isTrue();

        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertThat(
                        cl.execute(
                                "restore",
                                tmp.resolve("missing.nq.gz").toString(),
                                "--db",
                                restored.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("missing.nq.gz: no such file");
    }
}
