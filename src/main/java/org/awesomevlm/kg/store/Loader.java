package org.awesomevlm.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.vocab.AV;

/**
 * {@code kg load}: makes the database equal to the Turtle files of the data directory plus the
 * ontology, after SHACL validation; a failed load changes nothing.
 *
 * <p>One pass over the files into TDB2, and SHACL validation before the commit or the swap. While
 * the Turtle is small against the heap ({@link #copyFits}), the triples the shapes read are also
 * kept in an in-memory graph, checked beside TDB2's last index phase; above that, what was stored
 * is checked: inside the write transaction (mode transaction) or on the built database by one
 * thread per core (mode rebuild), so memory does not grow with the data.
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
        return load(dataDir, ontologyDir, db, mode, progress, null);
    }

    /**
     * As above; {@code inMemory} chooses where the shapes are checked (null: by the size of the
     * files against the heap, {@link #copyFits}).
     */
    static LoadReport load(
            Path dataDir,
            Path ontologyDir,
            Path db,
            LoadMode mode,
            LoadProgress progress,
            Boolean inMemory) {
        long start = System.nanoTime();
        // Read the shapes and list the files before touching the database.
        Validator validator = Validator.forOntology(ontologyDir);
        List<Path> files = TurtleFiles.sources(dataDir, ontologyDir);
        long bytes = totalBytes(files);
        // A copy of the triples the shapes read is checked fastest (about 4x fewer CPU seconds
        // than checks against TDB2) but needs about 7 bytes of heap per byte of Turtle.
        ShapeCopy copy =
                (inMemory == null ? copyFits(bytes) : inMemory) ? new ShapeCopy(validator) : null;
        long triples;
        try (progress) {
            progress.start(bytes);
            Feed feed = new Feed(files, ontologyDir, copy, progress);
            triples =
                    switch (mode) {
                        case TRANSACTION ->
                                inTransaction(
                                        feed,
                                        dsg -> {
                                            if (copy != null) {
                                                copy.checkAndRelease(files);
                                            } else {
                                                validator.check(dsg.getUnionGraph(), files);
                                            }
                                        },
                                        db,
                                        progress);
                        case REBUILD ->
                                Rebuild.run(
                                        db,
                                        "load",
                                        feed::into,
                                        () -> {
                                            if (copy != null) {
                                                copy.checkAndRelease(files);
                                            }
                                        },
                                        built -> {
                                            if (copy == null) {
                                                validator.checkDatabase(built, files, THREADS);
                                            }
                                        },
                                        progress);
                    };
        }
        return new LoadReport(files.size(), triples, (System.nanoTime() - start) / 1_000_000);
    }

    /** Threads validating a rebuilt database: one per core. */
    static final int THREADS = Runtime.getRuntime().availableProcessors();

    private static long inTransaction(
            Feed feed, Consumer<DatasetGraph> check, Path db, LoadProgress progress) {
        Dataset ds = Store.open(db);
        DatasetGraph dsg = ds.asDatasetGraph();
        // Any exception inside aborts the transaction: TDB2 keeps the last committed state.
        return Txn.calculateWrite(
                dsg,
                () -> {
                    dsg.clear();
                    feed.into(StreamRDFLib.dataset(dsg));
                    progress.phase("validating");
                    // Reads inside the write transaction see the new triples: one thread.
                    check.accept(dsg);
                    progress.phase("committing");
                    Store.unionDefault(dsg);
                    return Store.statements(dsg);
                });
    }

    /** Heap a copy of the shape-relevant triples takes per byte of Turtle (7.3 at 10^5 papers). */
    static final int COPY_BYTES_PER_TURTLE_BYTE = 8;

    /** Whether the in-memory copy for {@code bytes} of Turtle fits in this JVM's heap. */
    static boolean copyFits(long bytes) {
        return bytes < Runtime.getRuntime().maxMemory() / COPY_BYTES_PER_TURTLE_BYTE;
    }

    /**
     * The parse of every file into a loader's stream, each file in its named graph, and into {@code
     * copy} (the triples the shapes read) unless it is null.
     */
    private record Feed(List<Path> files, Path ontologyDir, ShapeCopy copy, LoadProgress progress) {
        void into(StreamRDF sink) {
            // Each parse brackets its triples with sink.start()/finish(), as TDB2's own loaders do.
            for (Path f : files) {
                StreamRDF quads = StreamRDFLib.extendTriplesToQuads(graphOf(f, ontologyDir), sink);
                StreamRDF into =
                        copy == null
                                ? new Counted(quads, progress)
                                : new ShapeTee(quads, copy, progress);
                TurtleFiles.parse(f, into, progress::counting);
            }
        }
    }

    /** Counts triples for the progress bar. */
    private static final class Counted extends StreamRDFWrapper {
        private final LoadProgress progress;

        Counted(StreamRDF sink, LoadProgress progress) {
            super(sink);
            this.progress = progress;
        }

        @Override
        public void triple(Triple t) {
            super.triple(t);
            progress.triple();
        }

        @Override
        public void quad(Quad q) {
            super.quad(q);
            progress.triple();
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
