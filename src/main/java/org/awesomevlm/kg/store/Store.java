package org.awesomevlm.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.awesomevlm.kg.KgException;

/**
 * Opens the project's TDB2 database, one Dataset per directory per JVM, and tidies what interrupted
 * operations left in the directory.
 */
public final class Store {
    private static final Map<Path, Dataset> OPEN = new ConcurrentHashMap<>();

    private Store() {}

    /**
     * The TDB2 dataset in directory {@code db}, created if missing. The first open in this JVM
     * takes TDB2's process lock, then removes staging directories of killed loads and restores,
     * older storage generations and TDB2's own compaction temporaries ({@code Data-NNNN-tmp}). The
     * node caches are sized for this JVM's heap ({@link NodeCaches}).
     */
    public static synchronized Dataset open(Path db) {
        return open(key(db), false);
    }

    private static Dataset open(Path dir, boolean leftoversExpected) {
        Dataset ds = OPEN.get(dir);
        if (ds != null) {
            return ds;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new KgException(
                    dir.toString(), 0, "cannot create database directory: " + e.getMessage(), e);
        }
        // Connecting takes the lock and deletes Data-NNNN-tmp (TDB2's own compaction temporary);
        // only then is it safe to delete our own leftovers: no other process can be using them.
        DatasetGraph dsg;
        try {
            dsg = NodeCaches.connect(dir, Runtime.getRuntime().maxMemory());
        } catch (DBOpEnvException e) {
            // Typically TDB2's process lock: another process (kg serve?) has the database open.
            throw new KgException(
                    dir.toString(), 0, "cannot open the database: " + e.getMessage(), e);
        }
        Generations.removeLeftovers(dir, leftoversExpected);
        if (Txn.calculateRead(dsg, () -> dsg.listGraphNodes().hasNext())) {
            unionDefault(dsg);
        }
        ds = DatasetFactory.wrap(dsg);
        OPEN.put(dir, ds);
        return ds;
    }

    /**
     * Releases {@code db}: closes its files and its process lock, so another process can open it
     * and a later {@link #open} in this JVM starts afresh. No-op when it is not open.
     */
    public static synchronized void close(Path db) {
        Dataset ds = OPEN.remove(key(db));
        if (ds != null) {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** Whether the dataset holds no triples or quads at all. */
    public static boolean isEmpty(Dataset ds) {
        return Txn.calculateRead(ds, () -> ds.asDatasetGraph().isEmpty());
    }

    /**
     * Number of statements stored: quads of the named graphs plus triples of the real default
     * graph, counted on the index (no node is decoded). Call inside a transaction.
     */
    static long statements(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        return tdb.getQuadTable().getNodeTupleTable().size()
                + tdb.getTripleTable().getNodeTupleTable().size();
    }

    /** Number of triples in the data graph ({@link #dataGraph}). */
    public static long size(Dataset ds) {
        return Txn.calculateRead(ds, () -> dataGraph(ds.asDatasetGraph()).size());
    }

    /**
     * The graph queries see: after {@code kg load} each list is in its own named graph and the
     * default graph is their union (TDB2's {@code unionDefaultGraph}); a dataset filled by other
     * means keeps its data in the real default graph. Call inside a read transaction.
     */
    public static Graph dataGraph(DatasetGraph dsg) {
        return dsg.getContext().isTrue(TDB2.symUnionDefaultGraph)
                ? dsg.getUnionGraph()
                : dsg.getDefaultGraph();
    }

    /** Makes SPARQL's default graph the union of the named graphs (one per list). */
    static void unionDefault(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Makes the complete TDB2 database built in {@code staging} (a closed container directory
     * inside {@code db}) the content of {@code db}. The commit point is one atomic rename; a crash
     * before it leaves the old content, after it the new one.
     */
    static synchronized void swapIn(Path db, Path staging) {
        Path dir = key(db);
        Generations.promote(dir, staging);
        close(dir);
        open(dir, true); // removes the old generation and the staging directory
    }

    static Path key(Path db) {
        return db.toAbsolutePath().normalize();
    }
}
