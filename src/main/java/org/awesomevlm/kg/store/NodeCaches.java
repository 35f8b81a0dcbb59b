package org.awesomevlm.kg.store;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;

/**
 * Sizes of TDB2's node caches for this JVM, given when a database is opened (TDB2's dynamic store
 * parameters: nothing is written to the database).
 *
 * <p>TDB2's defaults (200,000 entries term→id, 1,000,000 id→term) are kept below {@link #BIG_HEAP}:
 * they leave room for serving 10^6 papers with {@code -Xmx1g}. With a larger heap the caches are
 * ten and three times bigger: a canned query over 10^5 papers (the exports, papers, authors)
 * substitutes each row's terms into its OPTIONALs and looks their ids up again, touching about
 * 1.5·10^6 distinct terms, so the default term→id cache evicted and most look-ups went to the node
 * table's hash index (bench/query/README.md, session 8: 10–20% less CPU). Filled, the big caches
 * hold about 450 MB at 10^5 papers.
 */
final class NodeCaches {
    /** Smallest maximum heap that gets the big caches. */
    static final long BIG_HEAP = 3L << 30;

    static final int BIG_NODE_TO_ID = 2_000_000;
    static final int BIG_ID_TO_NODE = 3_000_000;
    static final int BIG_MISSES = 10_000;

    private NodeCaches() {}

    /** Connects to (or creates) the TDB2 database in {@code dir} with {@link #forHeap}'s caches. */
    static DatasetGraph connect(Path dir, long maxHeap) {
        StoreParams caches = forHeap(dir, maxHeap);
        return caches == null
                ? DatabaseMgr.connectDatasetGraph(Location.create(dir))
                : DatabaseMgr.connectDatasetGraph(Location.create(dir), caches);
    }

    /**
     * The store parameters to open the database in {@code dir} with in a JVM whose maximum heap is
     * {@code maxHeap} bytes, or null for TDB2's own. Null too for a directory without a database
     * yet: TDB2 records the parameters of a database it creates in {@code tdb.cfg}, and cache sizes
     * belong to the JVM, not to the database.
     */
    static StoreParams forHeap(Path dir, long maxHeap) {
        // Generations knows the directory's layout: a database has a Data-NNNN generation
        if (maxHeap < BIG_HEAP || Generations.latest(dir) == null) {
            return null;
        }
        return StoreParamsBuilder.create()
                .node2NodeIdCacheSize(BIG_NODE_TO_ID)
                .nodeId2NodeCacheSize(BIG_ID_TO_NODE)
                .nodeMissCacheSize(BIG_MISSES)
                .build();
    }
}
