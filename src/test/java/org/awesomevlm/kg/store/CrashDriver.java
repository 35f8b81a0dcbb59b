package org.awesomevlm.kg.store;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The Java side of {@code bench/crash/run} (not a test): inspects a database after a SIGKILL and
 * drives a stream of update transactions to be killed. Every command prints one line for the
 * script; exit code 0 means consistent, 3 means a broken promise.
 *
 * <pre>
 * state DB                 open, full scan of the three indexes, report hash and leftovers
 * updates DB LOG MAX       check the state a killed run left, then commit up to MAX more txns
 * churn DB N               build a database of N triples with a history of deletes (for compact)
 * </pre>
 */
public final class CrashDriver {
    static final Node P = NodeFactory.createURI("urn:crash:p");
    static final Node COUNTER = NodeFactory.createURI("urn:crash:counter");
    static final int BATCH = 20;
    static final int KEEP = 5;

    public static void main(String[] args) throws Exception {
        int code =
                switch (args[0]) {
                    case "state" -> state(Path.of(args[1]));
                    case "updates" ->
                            updates(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
                    case "churn" -> churn(Path.of(args[1]), Integer.parseInt(args[2]));
                    default -> throw new IllegalArgumentException(args[0]);
                };
        System.out.flush();
        System.exit(code);
    }

    /** Opens the database and scans it; prints leftovers before/after open, size and hash. */
    static int state(Path db) {
        int before = Generations.leftovers(Store.key(db)).size();
        Dataset ds = Store.open(db);
        Scan scan = scan(ds.asDatasetGraph());
        int after = Generations.leftovers(Store.key(db)).size();
        int gens = Generations.generations(Store.key(db)).size();
        System.out.printf(
                "leftovers_found=%d leftovers_after_open=%d generations=%d quads=%d hash=%s indexes=%s%n",
                before,
                after,
                gens,
                scan.count,
                Long.toHexString(scan.hash),
                scan.consistent ? "consistent" : "INCONSISTENT");
        return scan.consistent && after == 0 && gens == 1 ? 0 : 3;
    }

    record Scan(long count, long hash, boolean consistent) {}

    /**
     * Hashes every quad three times, through the SPO, POS and OSP orders (all quads; per predicate;
     * per object): a database whose indexes disagree, or cannot be read, fails.
     */
    static Scan scan(DatasetGraph dsg) {
        return Txn.calculateRead(
                dsg,
                () -> {
                    long count = 0;
                    long spo = 0;
                    Set<Node> predicates = new HashSet<>();
                    Set<Node> objects = new HashSet<>();
                    for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
                        Quad q = it.next();
                        count++;
                        spo += hash(q);
                        predicates.add(q.getPredicate());
                        objects.add(q.getObject());
                    }
                    long pos = 0;
                    long posCount = 0;
                    for (Node p : predicates) {
                        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                                it.hasNext(); ) {
                            pos += hash(it.next());
                            posCount++;
                        }
                    }
                    long osp = 0;
                    long ospCount = 0;
                    for (Node o : objects) {
                        for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, o);
                                it.hasNext(); ) {
                            osp += hash(it.next());
                            ospCount++;
                        }
                    }
                    boolean ok = spo == pos && spo == osp && count == posCount && count == ospCount;
                    return new Scan(count, spo, ok);
                });
    }

    static long hash(Quad q) {
        String s =
                (q.isDefaultGraph() ? "" : NodeFmtLib.strNT(q.getGraph()))
                        + " "
                        + NodeFmtLib.strNT(q.getSubject())
                        + " "
                        + NodeFmtLib.strNT(q.getPredicate())
                        + " "
                        + NodeFmtLib.strNT(q.getObject());
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the update stream --------------------------------------------------------------------

    static Node subject(long txn, int j) {
        return NodeFactory.createURI("urn:crash:t" + txn + "/" + j);
    }

    static Node value(long n) {
        return NodeFactory.createLiteralString(Long.toString(n));
    }

    /** The hash the default graph must have after txn c committed (txns c-KEEP+1..c, counter). */
    static long expectedHash(long c) {
        long h = 0;
        for (long t = Math.max(1, c - KEEP + 1); t <= c; t++) {
            for (int j = 0; j < BATCH; j++) {
                h += hash(Quad.create(Quad.defaultGraphIRI, subject(t, j), P, value(j)));
            }
        }
        if (c > 0) {
            h += hash(Quad.create(Quad.defaultGraphIRI, COUNTER, P, value(c)));
        }
        return h;
    }

    static int updates(Path db, Path log, int max) throws IOException {
        long lastCommitted = 0;
        long pending = 0;
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) {
                String[] f = line.split(" ");
                if (f.length != 2) {
                    continue; // a line cut by the kill
                }
                long n = Long.parseLong(f[1]);
                if (f[0].equals("committed")) {
                    lastCommitted = Math.max(lastCommitted, n);
                } else if (f[0].equals("pending")) {
                    pending = Math.max(pending, n);
                }
            }
        }
        int before = Generations.leftovers(Store.key(db)).size();
        Dataset ds = Store.open(db);
        DatasetGraph dsg = ds.asDatasetGraph();
        Scan scan = scan(dsg);
        long c =
                Txn.calculateRead(
                        dsg,
                        () -> {
                            List<org.apache.jena.graph.Triple> t =
                                    dsg.getDefaultGraph().find(COUNTER, P, Node.ANY).toList();
                            return t.isEmpty()
                                    ? 0L
                                    : Long.parseLong(t.get(0).getObject().getLiteralLexicalForm());
                        });
        String verdict;
        if (c == lastCommitted && pending > lastCommitted) {
            verdict = "before"; // the pending transaction did not commit
        } else if (c == pending && pending > lastCommitted) {
            verdict = "after"; // it committed; the kill came before the log line
        } else if (c == lastCommitted) {
            verdict = "between";
        } else {
            verdict = "LOST";
        }
        boolean contentOk = scan.consistent && scan.hash == expectedHash(c);
        System.out.printf(
                "leftovers_found=%d counter=%d last_committed=%d pending=%d state=%s content=%s%n",
                before, c, lastCommitted, pending, verdict, contentOk ? "exact" : "WRONG");
        System.out.flush();
        if (verdict.equals("LOST") || !contentOk) {
            return 3;
        }
        try (OutputStream out = new FileOutputStream(log.toFile(), true)) {
            // the verified state is the new baseline (it may be a commit the log never saw)
            out.write(("committed " + c + "\n").getBytes(StandardCharsets.UTF_8));
            for (long i = c + 1; i <= c + max; i++) {
                long n = i;
                out.write(("pending " + n + "\n").getBytes(StandardCharsets.UTF_8));
                Txn.executeWrite(
                        dsg,
                        () -> {
                            Graph g = dsg.getDefaultGraph();
                            for (int j = 0; j < BATCH; j++) {
                                g.add(subject(n, j), P, value(j));
                            }
                            if (n - KEEP >= 1) {
                                for (int j = 0; j < BATCH; j++) {
                                    g.delete(subject(n - KEEP, j), P, value(j));
                                }
                            }
                            g.remove(COUNTER, P, Node.ANY);
                            g.add(COUNTER, P, value(n));
                        });
                out.write(("committed " + n + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return 0;
    }

    /** N triples in the default graph, after rounds of inserts and deletes (space to reclaim). */
    static int churn(Path db, int n) {
        Dataset ds = Store.open(db);
        DatasetGraph dsg = ds.asDatasetGraph();
        for (int round = 0; round < 3; round++) {
            int r = round;
            Txn.executeWrite(
                    dsg,
                    () -> {
                        dsg.getDefaultGraph().clear();
                        for (int i = 0; i < n; i++) {
                            dsg.getDefaultGraph()
                                    .add(
                                            NodeFactory.createURI(
                                                    "urn:crash:s" + (i % (n / 10 + 1))),
                                            NodeFactory.createURI("urn:crash:p" + (i % 7)),
                                            NodeFactory.createLiteralString("v" + r + "-" + i));
                        }
                    });
        }
        System.out.println("quads=" + Store.size(ds));
        return 0;
    }
}
