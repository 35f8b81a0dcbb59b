package org.awesomevlm.kg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.server.KgServer;
import org.awesomevlm.kg.store.Store;

/**
 * The project's server on a TDB2 database, on loopback, with Fuseki's {@code /$/ping} switched on:
 * the trivial endpoint bench/run measures as the HTTP ceiling. For benchmarks only.
 *
 * <p>{@code java -Dkg.home=REPO BenchServer DB_DIR PORT [CACHE_MB]}: CACHE_MB 0 measures every
 * request uncached; the canned queries are REPO/queries, as for {@code kg serve}.
 */
public final class BenchServer {
    private BenchServer() {}

    /** Adds {@code /$/ping} to the server (off in production). */
    static final class Ping implements FusekiModule {
        @Override
        public String name() {
            return "bench-ping";
        }

        @Override
        public void prepare(FusekiServer.Builder builder, Set<String> names, Model config) {
            builder.enablePing(true);
        }
    }

    public static void main(String[] args) {
        // As kg serve opens it: the default graph is the union of the lists' named graphs.
        Dataset ds = Store.open(Path.of(args[0]));
        KgServer server =
                KgServer.builder()
                        .dataset(ds)
                        .port(Integer.parseInt(args[1]))
                        .localhostOnly(true)
                        // the canned queries (/api), as kg serve finds them (-Dkg.home)
                        .catalog(
                                Files.isDirectory(Home.queries())
                                        ? QueryCatalog.load(Home.queries())
                                        : null)
                        .cacheBytes(
                                args.length > 2
                                        ? Long.parseLong(args[2]) << 20
                                        : KgServer.DEFAULT_CACHE_BYTES)
                        .module(new Ping())
                        .build()
                        .start();
        server.join();
    }
}
