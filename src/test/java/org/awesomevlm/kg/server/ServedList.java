package org.awesomevlm.kg.server;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;

/**
 * A Markdown list the whole way, for tests: imported, written as Turtle, loaded into a TDB2
 * database under a temporary directory and served on port 0; {@link #close} stops the server and
 * closes the database.
 */
public final class ServedList implements AutoCloseable {
    private final Path db;
    private final KgServer server;

    private ServedList(Path db, KgServer server) {
        this.db = db;
        this.server = server;
    }

    /** {@code list} into {@code dir/data} and {@code dir/db}, served with the shipped queries. */
    public static ServedList start(Path list, Path dir) {
        ImportResult r = new ListImporter().importFile(list);
        Path data = dir.resolve("data");
        TurtleOut.writeAtomically(r.model(), data.resolve(r.slug() + ".ttl"));
        Path db = dir.resolve("db");
        Loader.load(data, Path.of("ontology"), db);
        try {
            return new ServedList(db, serve(Store.open(db)));
        } catch (RuntimeException | Error e) {
            Store.close(db);
            throw e;
        }
    }

    /** A server over {@code ds} with the shipped canned queries, on a free port, started. */
    public static KgServer serve(Dataset ds) {
        return KgServer.builder()
                .dataset(ds)
                .catalog(QueryCatalog.load(Path.of("queries")))
                .port(0)
                .build()
                .start();
    }

    public Path db() {
        return db;
    }

    /** The served database (the same object on every call). */
    public Dataset dataset() {
        return Store.open(db);
    }

    public KgServer server() {
        return server;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            Store.close(db);
        }
    }
}
