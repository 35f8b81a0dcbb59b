package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeCachesTest {
    static final long SMALL = 1L << 30;
    static final long BIG = 4L << 30;

    @TempDir Path tmp;

    @Test
    void aSmallHeapKeepsTdb2sOwnCaches() throws Exception {
        Path db = existingDatabase();
        assertThat(NodeCaches.forHeap(db, SMALL)).isNull();
        DatasetGraph dsg = NodeCaches.connect(db, SMALL);
        try {
            StoreParams p = TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
            StoreParams dft = StoreParams.getDftStoreParams();
            assertThat(p.getNode2NodeIdCacheSize()).isEqualTo(dft.getNode2NodeIdCacheSize());
            assertThat(p.getNodeId2NodeCacheSize()).isEqualTo(dft.getNodeId2NodeCacheSize());
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void aBigHeapOpensAnExistingDatabaseWithBigCachesAndWritesNothing() throws Exception {
        Path db = existingDatabase();
        assertThat(cfgFiles(db)).isZero();
        DatasetGraph dsg = NodeCaches.connect(db, BIG);
        try {
            StoreParams p = TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
            assertThat(p.getNode2NodeIdCacheSize()).isEqualTo(NodeCaches.BIG_NODE_TO_ID);
            assertThat(p.getNodeId2NodeCacheSize()).isEqualTo(NodeCaches.BIG_ID_TO_NODE);
            assertThat(p.getNodeMissCacheSize()).isEqualTo(NodeCaches.BIG_MISSES);
            assertThat(p.getBlockSize()).isEqualTo(StoreParams.getDftStoreParams().getBlockSize());
            assertThat(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size())).isEqualTo(3);
            Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().add(StoreTest.triple(4)));
        } finally {
            TDBInternal.expel(dsg);
        }
        // no tdb.cfg: the sizes belong to this JVM; the next open with a small heap has defaults
        assertThat(cfgFiles(db)).isZero();
        DatasetGraph again = NodeCaches.connect(db, SMALL);
        try {
            StoreParams p = TDBInternal.getDatasetGraphTDB(again).getStoreParams();
            assertThat(p.getNode2NodeIdCacheSize())
                    .isEqualTo(StoreParams.getDftStoreParams().getNode2NodeIdCacheSize());
            assertThat(Txn.calculateRead(again, () -> again.getDefaultGraph().size())).isEqualTo(4);
        } finally {
            TDBInternal.expel(again);
        }
    }

    @Test
    void aNewDatabaseIsCreatedWithTdb2sDefaultsSoNoParametersAreRecorded() throws Exception {
        Path db = tmp.resolve("new");
        Files.createDirectories(db);
        assertThat(NodeCaches.forHeap(db, BIG)).isNull();
        DatasetGraph dsg = NodeCaches.connect(db, BIG);
        try {
            Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().add(StoreTest.triple(1)));
        } finally {
            TDBInternal.expel(dsg);
        }
        assertThat(cfgFiles(db)).isZero();
        assertThat(NodeCaches.forHeap(db, BIG)).isNotNull();
    }

    /** A database of three triples made the ordinary way, closed. */
    private Path existingDatabase() {
        Path db = tmp.resolve("db");
        var ds = Store.open(db);
        Txn.executeWrite(
                ds,
                () -> {
                    for (int i = 1; i <= 3; i++) {
                        ds.asDatasetGraph().getDefaultGraph().add(StoreTest.triple(i));
                    }
                });
        Store.close(db);
        return db;
    }

    /** Number of tdb.cfg files under a database directory. */
    private static long cfgFiles(Path db) throws Exception {
        try (Stream<Path> s = Files.walk(db)) {
            return s.filter(p -> p.getFileName().toString().equals("tdb.cfg")).count();
        }
    }
}
