package org.awesomevlm.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.vocab.AV;

/**
 * {@code kg load}: makes the database equal to the Turtle files of the data directory plus the
 * ontology, after SHACL validation; a failed load changes nothing.
 *
 * <p>One pass over the files: each parsed triple goes to TDB2 and, when the shapes can look at its
 * predicate ({@link ShapeFootprint}), also to a small in-memory graph, validated once the parse is
 * done; the database is committed or swapped in only after that validation succeeds.
 */
public final class Loader {
    private Loader() {}

    /** Loads in the default mode ({@link LoadMode#TRANSACTION}). */
    public static LoadReport load(Path dataDir, Path ontologyDir, Path db) {
        return load(dataDir, ontologyDir, db, LoadMode.TRANSACTION);
    }

    /** Loads without a progress bar. */
    public static LoadReport load(Path dataDir, Path ontologyDir, Path db, LoadMode mode) {
        return load(dataDir, ontologyDir, db, mode, LoadProgress.none());
    }

    /**
     * Replaces the content of {@code db} with the triples of {@code dataDir/*.ttl} and {@code
     * ontologyDir/*.ttl} (but shapes.ttl, the shapes graph they are validated against), each file
     * in its named graph ({@link #graphOf}); the default graph is their union. Bad Turtle, a shape
     * violation or an I/O error: KgException naming file and line, and the database is as before.
     */
    public static LoadReport load(
            Path dataDir, Path ontologyDir, Path db, LoadMode mode, LoadProgress progress) {
        long start = System.nanoTime();
        // Read the shapes and list the files before touching the database.
        Validator validator = Validator.forOntology(ontologyDir);
        List<Path> files = TurtleFiles.sources(dataDir, ontologyDir);
        Graph shaped = GraphFactory.createDefaultGraph();
        Runnable check = () -> validator.check(shaped, files);
        long triples;
        try (progress) {
            progress.start(totalBytes(files));
            Feed feed = new Feed(files, ontologyDir, validator, shaped, progress);
            triples =
                    switch (mode) {
                        case TRANSACTION -> inTransaction(feed, check, db, progress);
                        case REBUILD -> Rebuild.run(db, "load", feed::into, check, progress);
                    };
        }
        return new LoadReport(files.size(), triples, (System.nanoTime() - start) / 1_000_000);
    }

    private static long inTransaction(Feed feed, Runnable check, Path db, LoadProgress progress) {
        Dataset ds = Store.open(db);
        DatasetGraph dsg = ds.asDatasetGraph();
        // Any exception inside aborts the transaction: TDB2 keeps the last committed state.
        return Txn.calculateWrite(
                dsg,
                () -> {
                    dsg.clear();
                    feed.into(StreamRDFLib.dataset(dsg));
                    progress.phase("validating");
                    check.run();
                    progress.phase("committing");
                    Store.unionDefault(dsg);
                    return Store.statements(dsg);
                });
    }

    /** The parse of every file, into a loader's stream and the validator's graph. */
    private record Feed(
            List<Path> files,
            Path ontologyDir,
            Validator validator,
            Graph shaped,
            LoadProgress progress) {
        void into(StreamRDF sink) {
            // Each parse brackets its triples with sink.start()/finish(), as TDB2's own loaders do.
            for (Path f : files) {
                StreamRDF quads = StreamRDFLib.extendTriplesToQuads(graphOf(f, ontologyDir), sink);
                TurtleFiles.parse(
                        f, new ShapeTee(quads, validator, shaped, progress), progress::counting);
            }
        }
    }

    private static long totalBytes(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                n += Files.size(f);
            } catch (IOException e) {
                // the parse reports it with the file name
            }
        }
        return n;
    }

    /**
     * The named graph of a loaded file: {@code data/<slug>.ttl} goes to {@code
     * https://w3id.org/awesome-vlm/list/<slug>}, its companions {@code <slug>.<kind>.ttl} (the
     * import's provenance, the list's history) to {@code …/list/<slug>/<kind>}, the ontology files
     * to the ontology's IRI.
     */
    static Node graphOf(Path file, Path ontologyDir) {
        String name = file.getFileName().toString().replaceFirst("\\.ttl$", "");
        if (ontologyDir != null
                && ontologyDir
                        .toAbsolutePath()
                        .normalize()
                        .equals(file.toAbsolutePath().normalize().getParent())) {
            return NodeFactory.createURI(ONTOLOGY_GRAPH);
        }
        return NodeFactory.createURI(AV.listGraph(name.replace('.', '/')));
    }

    /** The named graph of the ontology files. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/awesome-vlm/ontology";
}
