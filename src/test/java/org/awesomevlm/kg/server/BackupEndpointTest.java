package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.store.Backup;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /$/backup}: only for an authenticated user, only with writes on, and a dump that
 * {@code kg restore} reads back into the served graph, a committed state even while updates run.
 */
@Timeout(180)
class BackupEndpointTest {
    static final Node PAIRS = NodeFactory.createURI("urn:pairs");
    static final String EDITOR = UpdateAuthTest.basic("editor", "s3cret");

    @TempDir static Path dir;
    static Path db;
    static KgServer server;
    static String url;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret\n");
        db = dir.resolve("db");
        Dataset ds = Store.open(db);
        Txn.executeWrite(
                ds,
                () -> {
                    DatasetGraph dsg = ds.asDatasetGraph();
                    RDFDataMgr.read(
                            dsg.getGraph(NodeFactory.createURI("urn:list")),
                            TestServers.FIXTURE.toString());
                    // Bulk, so that a backup takes long enough for updates to commit during it.
                    Node p = NodeFactory.createURI("urn:p");
                    Node g = NodeFactory.createURI("urn:bulk");
                    for (int i = 0; i < 20_000; i++)
                        dsg.add(g, NodeFactory.createURI("urn:s" + i), p, literal(i));
                });
        server = KgServer.builder().dataset(ds).port(0).update(passwords).build().start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        Store.close(db);
        Store.close(dir.resolve("restored"));
    }

    static Node literal(long i) {
        return NodeFactory.createLiteralString(Long.toString(i));
    }

    static HttpResponse<byte[]> backup(String method, String auth) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(url + "$/backup"))
                        .method(method, HttpRequest.BodyPublishers.noBody());
        if (auth != null) b.header("Authorization", auth);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static DatasetGraph parse(byte[] gzipped) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        return dsg;
    }

    static DatasetGraph snapshot(Dataset ds) {
        return Txn.calculateRead(
                ds,
                () -> {
                    DatasetGraph copy = DatasetGraphFactory.create();
                    ds.asDatasetGraph().find().forEachRemaining(copy::add);
                    return copy;
                });
    }

    @Test
    void refusedWithoutTheRightCredentials() throws Exception {
        HttpResponse<byte[]> none = backup("POST", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(backup("POST", UpdateAuthTest.basic("editor", "wrong")).statusCode())
                .isEqualTo(401);
        assertThat(backup("POST", UpdateAuthTest.basic("nobody", "s3cret")).statusCode())
                .isEqualTo(401);
        // A GET (a link, a prefetch) never starts a dump.
        assertThat(backup("GET", EDITOR).statusCode()).isEqualTo(405);
    }

    @Test
    void aReadOnlyServerHasNoBackupPath() throws Exception {
        KgServer readOnly =
                KgServer.builder().dataset(TestServers.fixture()).port(0).build().start();
        try {
            HttpRequest post =
                    HttpRequest.newBuilder(URI.create(readOnly.localUrl() + "$/backup"))
                            .header("Authorization", EDITOR)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build();
            assertThat(TestServers.send(post).statusCode()).isEqualTo(404);
        } finally {
            readOnly.stop();
        }
    }

    @Test
    void kgRestoreOfTheBackupGivesTheServedGraph() throws Exception {
        HttpResponse<byte[]> r = backup("POST", EDITOR);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/gzip");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"kg-\\d{8}-\\d{6}\\.nq\\.gz\"");
        Path file = dir.resolve("served.nq.gz");
        Files.write(file, r.body());
        DatasetGraph served = snapshot(Store.open(db));

        Path restored = dir.resolve("restored");
        Backup.Report report = Backup.restore(file, restored);

        assertThat(report.quads()).isGreaterThan(20_000);
        DatasetGraph got = snapshot(Store.open(restored));
        // Nothing writes during this test (the tests of a class run one after another).
        assertThat(IsoMatcher.isomorphic(got, served)).isTrue();
    }

    @Test
    void aCutTransferIsRefusedByRestore() throws Exception {
        byte[] whole = backup("POST", EDITOR).body();
        Path cut = dir.resolve("cut.nq.gz");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Path target = dir.resolve("untouched");
        Dataset before = Store.open(target);
        Txn.executeWrite(
                before,
                () -> before.asDatasetGraph().getDefaultGraph().add(PAIRS, PAIRS, literal(42)));
        DatasetGraph was = snapshot(before);
        try {
            assertThatThrownBy(() -> Backup.restore(cut, target))
                    .isInstanceOfSatisfying(
                            KgException.class, e -> assertThat(e.file()).endsWith("cut.nq.gz"));
            assertThat(IsoMatcher.isomorphic(snapshot(Store.open(target)), was)).isTrue();
        } finally {
            Store.close(target);
        }
    }

    /**
     * Updates, each inserting a pair of triples in one request (one transaction), run while backups
     * are taken: every backup holds pairs 1..c for a c the client saw committed around it, and
     * never one triple of a pair without the other.
     */
    @Test
    void eachBackupIsACommittedStateWhileUpdatesRun() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        AtomicLong committed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        long first = pairsIn(snapshot(Store.open(db))).size() + 1L;
        committed.set(first - 1);
        Thread writer =
                new Thread(
                        () -> {
                            try {
                                for (long n = first; !stop.get(); n++) {
                                    String update =
                                            "INSERT DATA { GRAPH <urn:pairs> { <urn:pair:%d> <urn:left> \"%d\" . <urn:pair:%d> <urn:right> \"%d\" } }"
                                                    .formatted(n, n, n, n);
                                    HttpResponse<String> r =
                                            client.send(
                                                    HttpRequest.newBuilder(
                                                                    URI.create(url + "update"))
                                                            .header("Authorization", EDITOR)
                                                            .header(
                                                                    "Content-Type",
                                                                    "application/sparql-update")
                                                            .POST(
                                                                    HttpRequest.BodyPublishers
                                                                            .ofString(update))
                                                            .build(),
                                                    HttpResponse.BodyHandlers.ofString());
                                    if (r.statusCode() / 100 != 2)
                                        throw new AssertionError(
                                                "update " + r.statusCode() + ": " + r.body());
                                    committed.set(n);
                                }
                            } catch (Throwable t) {
                                failed.set(t);
                            }
                        });
        writer.start();
        List<long[]> windows = new ArrayList<>();
        try {
            while (committed.get() < first + 3) Thread.sleep(5);
            for (int i = 0; i < 4; i++) {
                long atStart = committed.get();
                HttpResponse<byte[]> r = backup("POST", EDITOR);
                long atEnd = committed.get();
                assertThat(r.statusCode()).isEqualTo(200);
                Set<Long> pairs = pairsIn(parse(r.body()));
                long c = pairs.size();
                // Pairs 1..c, nothing else: a prefix of the committed updates.
                assertThat(pairs).isEqualTo(range(1, c));
                // The client counts a commit when its answer arrives, so the server may be one
                // ahead of atEnd.
                assertThat(c).isBetween(atStart, atEnd + 1);
                windows.add(new long[] {atStart, c, atEnd});
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(failed.get()).isNull();
        for (long[] w : windows)
            System.out.printf("backup: committed %d..%d, dump holds %d%n", w[0], w[2], w[1]);
        assertThat(windows).as("updates committed while a backup ran").anyMatch(w -> w[2] > w[0]);
    }

    /** The numbers of the pairs in the dump; fails on a pair missing one of its triples. */
    static Set<Long> pairsIn(DatasetGraph dsg) {
        Set<Long> left = new TreeSet<>();
        Set<Long> right = new TreeSet<>();
        dsg.find(PAIRS, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(
                        (Quad q) -> {
                            long n = Long.parseLong(q.getObject().getLiteralLexicalForm());
                            (q.getPredicate().getURI().equals("urn:left") ? left : right).add(n);
                        });
        assertThat(left).as("pairs with both triples").isEqualTo(right);
        return left;
    }

    static Set<Long> range(long from, long to) {
        Set<Long> s = new TreeSet<>();
        for (long i = from; i <= to; i++) s.add(i);
        return s;
    }
}
