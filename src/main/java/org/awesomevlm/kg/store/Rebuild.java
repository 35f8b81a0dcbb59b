package org.awesomevlm.kg.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * (TDB2's phased and parallel loaders are fast but not crash-safe, which does not matter for a
 * throw-away directory), check it, then swap it in atomically ({@link Generations#promote}).
 */
final class Rebuild {
    /**
     * TDB2's loader for rebuilds: phased (default), parallel or basic (system property {@code
     * kg.loader}, for measurements). Phased: at 10^5 papers on a quiet 2-core machine, kg load took
     * 130.6 s with it against 218.5 s with basic, for the same CPU (239 vs 232 s); basic's random
     * B+tree inserts become disk-bound once the database outgrows the page cache
     * (bench/findings.md).
     */
    static final String LOADER = System.getProperty("kg.loader", "phased").toLowerCase(Locale.ROOT);

    private Rebuild() {}

    /**
     * @param feed sends the new content into the given stream (throws to abandon the rebuild)
     * @param beside runs beside TDB2's last loading phase, once the feed is done (needs no
     *     database; throws to abandon the rebuild)
     * @param check runs on the built database once it is complete, before it is swapped in (throws
     *     to abandon the rebuild); it opens its own transactions
     * @return the number of quads in the new database
     */
    static long run(
            Path db,
            String purpose,
            Consumer<StreamRDF> feed,
            Runnable beside,
            Consumer<DatasetGraph> check,
            LoadProgress progress) {
        Path dir = Store.key(db);
        synchronized (Store.class) {
            Store.open(dir); // takes the process lock and clears leftovers before staging
            Path staging = Generations.newStaging(dir, purpose);
            DatasetGraph built = DatabaseMgr.connectDatasetGraph(Location.create(staging));
            boolean ok = false;
            long count;
            try {
                DataLoader loader = loader(built);
                loader.startBulk();
                CompletableFuture<Void> besides;
                try {
                    feed.accept(loader.stream());
                    progress.phase("indexing");
                    // needs no database: overlaps the loader's final index phase
                    besides = CompletableFuture.runAsync(beside);
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
                join(besides);
                progress.phase("validating");
                check.accept(built);
                count = Txn.calculateRead(built, () -> Store.statements(built));
                ok = true;
            } finally {
                TDBInternal.expel(built, !ok);
                if (!ok) {
                    Generations.deleteTree(staging);
                }
            }
            progress.phase("swapping in");
            Store.swapIn(dir, staging);
            return count;
        }
    }

    private static DataLoader loader(DatasetGraph built) {
        return switch (LOADER) {
            case "phased" -> LoaderFactory.phasedLoader(built, MonitorOutputs.nullOutput());
            case "parallel" -> LoaderFactory.parallelLoader(built, MonitorOutputs.nullOutput());
            default -> LoaderFactory.basicLoader(built, MonitorOutputs.nullOutput());
        };
    }

    private static void join(CompletableFuture<Void> f) {
        try {
            f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
