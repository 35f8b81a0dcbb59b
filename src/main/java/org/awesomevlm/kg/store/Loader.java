package org.awesomevlm.kg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code kg load}: makes the database equal to the Turtle files of the data directory plus the
 * ontology, after SHACL validation; a failed load changes nothing.
 */
public final class Loader {
    private Loader() {}

    /** Loads in the default mode ({@link LoadMode#TRANSACTION}). */
    public static LoadReport load(Path dataDir, Path ontologyDir, Path db) {
        return load(dataDir, ontologyDir, db, LoadMode.TRANSACTION);
    }

    /**
     * Replaces the default graph of {@code db} (and drops any named graphs) with the triples of
     * {@code dataDir/*.ttl} and {@code ontologyDir/*.ttl} (but shapes.ttl, the shapes graph they
     * are validated against). Bad Turtle, a shape violation or an I/O error: KgException naming
     * file and line, and the database is as before.
     */
    public static LoadReport load(Path dataDir, Path ontologyDir, Path db, LoadMode mode) {
        long start = System.nanoTime();
        // Read the shapes and list the files before touching the database.
        Validator validator = Validator.forOntology(ontologyDir);
        List<Path> files = TurtleFiles.sources(dataDir, ontologyDir);
        long triples =
                switch (mode) {
                    case TRANSACTION -> inTransaction(files, validator, db);
                    case REBUILD -> rebuild(files, validator, db);
                };
        return new LoadReport(files.size(), triples, (System.nanoTime() - start) / 1_000_000);
    }

    private static long inTransaction(List<Path> files, Validator validator, Path db) {
        Dataset ds = Store.open(db);
        DatasetGraph dsg = ds.asDatasetGraph();
        // Any exception inside aborts the transaction: TDB2 keeps the last committed state.
        return Txn.calculateWrite(
                dsg,
                () -> {
                    dsg.clear();
                    StreamRDF sink = StreamRDFLib.dataset(dsg);
                    parseAll(files, sink);
                    validator.check(dsg.getDefaultGraph(), files);
                    return dsg.getDefaultGraph().size();
                });
    }

    private static long rebuild(List<Path> files, Validator validator, Path db) {
        Rebuild.run(
                db,
                "load",
                sink -> parseAll(files, sink),
                built -> validator.check(built.getDefaultGraph(), files));
        return Store.size(Store.open(db));
    }

    private static void parseAll(List<Path> files, StreamRDF sink) {
        // Each parse brackets its triples with sink.start()/finish(), as TDB2's own loaders do.
        for (Path f : files) {
            TurtleFiles.parse(f, sink);
        }
    }
}
