package org.awesomevlm.kg.server;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of a TDB2 database's content, for caches: TDB2 advances a counter on every committed
 * write transaction (SPARQL Update, GSP, loads through the server), and a compaction or reload
 * gives a new storage object, so equal versions mean equal content.
 */
public final class DataVersion {
    private DataVersion() {}

    /** A version of the storage object {@code storage} at commit counter {@code commits}. */
    record Token(Object storage, long commits) {
        @Override
        public boolean equals(Object o) {
            // The storage object by identity: a reopened or compacted database is another one.
            return o instanceof Token t && t.storage == storage && t.commits == commits;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(storage) * 31 + Long.hashCode(commits);
        }
    }

    /**
     * The version of the data a read transaction on {@code ds} sees now (joining one already open),
     * or null when {@code ds} is not TDB2 (in-memory data has no version: never cache it). Read it
     * before computing what is cached: a write committed in between only makes the entry newer than
     * its key, never older.
     */
    public static Object of(Dataset ds) {
        if (!TDBInternal.isTDB2(ds.asDatasetGraph())) {
            return null;
        }
        return Txn.calculateRead(
                ds,
                () -> {
                    DatasetGraphTDB tdb;
                    try {
                        tdb = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph());
                    } catch (RuntimeException e) {
                        return null;
                    }
                    Transaction txn = tdb.getTxnSystem().getThreadTransaction();
                    return txn == null ? null : new Token(tdb, txn.getDataVersion());
                });
    }
}
