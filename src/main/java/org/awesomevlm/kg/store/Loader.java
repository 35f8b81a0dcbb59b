package org.awesomevlm.kg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.vocab.AV;

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
     * Replaces the content of {@code db} with the triples of {@code dataDir/*.ttl} and {@code
     * ontologyDir/*.ttl} (but shapes.ttl, the shapes graph they are validated against), each file
     * in its named graph ({@link #graphOf}); the default graph is their union. Bad Turtle, a shape
     * violation or an I/O error: KgException naming file and line, and the database is as before.
     */
    public static LoadReport load(Path dataDir, Path ontologyDir, Path db, LoadMode mode) {
        long start = System.nanoTime();
        // Read the shapes and list the files before touching the database.
        Validator validator = Validator.forOntology(ontologyDir);
        List<Path> files = TurtleFiles.sources(dataDir, ontologyDir);
        long triples =
                switch (mode) {
                    case TRANSACTION -> inTransaction(files, ontologyDir, validator, db);
                    case REBUILD -> rebuild(files, ontologyDir, validator, db);
                };
        return new LoadReport(files.size(), triples, (System.nanoTime() - start) / 1_000_000);
    }

    private static long inTransaction(
            List<Path> files, Path ontologyDir, Validator validator, Path db) {
        Dataset ds = Store.open(db);
        DatasetGraph dsg = ds.asDatasetGraph();
        // Any exception inside aborts the transaction: TDB2 keeps the last committed state.
        return Txn.calculateWrite(
                dsg,
                () -> {
                    dsg.clear();
                    StreamRDF sink = StreamRDFLib.dataset(dsg);
                    parseAll(files, ontologyDir, sink);
                    validator.check(dsg.getUnionGraph(), files);
                    long n = dsg.getUnionGraph().size();
                    Store.unionDefault(dsg);
                    return n;
                });
    }

    private static long rebuild(List<Path> files, Path ontologyDir, Validator validator, Path db) {
        Rebuild.run(
                db,
                "load",
                sink -> parseAll(files, ontologyDir, sink),
                built -> validator.check(built.getUnionGraph(), files));
        return Store.size(Store.open(db));
    }

    private static void parseAll(List<Path> files, Path ontologyDir, StreamRDF sink) {
        // Each parse brackets its triples with sink.start()/finish(), as TDB2's own loaders do.
        for (Path f : files) {
            TurtleFiles.parse(f, StreamRDFLib.extendTriplesToQuads(graphOf(f, ontologyDir), sink));
        }
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
