package org.awesomevlm.kg.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Replaces a database's content with a freshly bulk-loaded one: build in a staging directory
 * (TDB2's bulk loaders are fast but not crash-safe, which does not matter for a throw-away
 * directory), check it, then swap it in atomically ({@link Generations#promote}).
 */
final class Rebuild {
    private Rebuild() {}

    /**
     * @param feed sends the new content into the given stream (throws to abandon the rebuild)
     * @param check inspects the built database in a read transaction (throws to abandon it)
     */
    static void run(
            Path db, String purpose, Consumer<StreamRDF> feed, Consumer<DatasetGraph> check) {
        Path dir = Store.key(db);
        synchronized (Store.class) {
            Store.open(dir); // takes the process lock and clears leftovers before staging
            Path staging = Generations.newStaging(dir, purpose);
            DatasetGraph built = DatabaseMgr.connectDatasetGraph(Location.create(staging));
            boolean ok = false;
            try {
                DataLoader loader = LoaderFactory.phasedLoader(built, MonitorOutputs.nullOutput());
                loader.startBulk();
                try {
                    feed.accept(loader.stream());
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
                Txn.executeRead(built, () -> check.accept(built));
                ok = true;
            } finally {
                TDBInternal.expel(built, !ok);
                if (!ok) {
                    Generations.deleteTree(staging);
                }
            }
            Store.swapIn(dir, staging);
        }
    }
}
