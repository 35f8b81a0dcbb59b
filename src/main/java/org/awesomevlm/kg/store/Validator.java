package org.awesomevlm.kg.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.awesomevlm.kg.KgException;

/** SHACL validation of a graph against {@code ontology/shapes.ttl}, reported file by file. */
public final class Validator {
    /** How many violations a failed load prints in full; the rest are counted. */
    public static final int MAX_REPORTED = 20;

    private final Graph shapesGraph;
    private final Shapes shapes;

    private final Set<Node> footprint; // null: the shapes may look at any predicate

    private Validator(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
        this.footprint = ShapeFootprint.predicates(shapesGraph);
    }

    /**
     * Whether the shapes can look at triples with predicate {@code p}: a graph of only those
     * triples gets the same report as the whole data, at a fraction of the memory.
     */
    boolean looksAt(Node p) {
        return footprint == null || footprint.contains(p);
    }

    /** A validator for the shapes in a Turtle file (bad Turtle: KgException). */
    public static Validator fromFile(Path shapesFile) {
        return new Validator(TurtleFiles.read(shapesFile));
    }

    /** A validator for the shapes file of an ontology directory ({@code DIR/shapes.ttl}). */
    public static Validator forOntology(Path ontologyDir) {
        return fromFile(ontologyDir.resolve(TurtleFiles.SHAPES_FILE));
    }

    /** The raw SHACL report for {@code data}. */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * Validates {@code data}, which was read from {@code sources}; on any violation throws a
     * KgException whose message lists up to {@link #MAX_REPORTED} violations, each with the file
     * and line where its focus node is first a subject, the shape and the SHACL message.
     */
    public void check(Graph data, List<Path> sources) {
        throwOnViolations(validate(data).getEntries(), sources);
    }

    /**
     * As {@link #check(Graph, List)} for the union graph of a committed database, validated by
     * {@code threads} threads in read transactions of their own. Memory: the focus nodes of one
     * shape at a time, whatever the size of the data.
     */
    void checkDatabase(DatasetGraph dsg, List<Path> sources, int threads) {
        throwOnViolations(DatabaseValidation.validate(shapes, dsg, threads), sources);
    }

    private void throwOnViolations(Collection<ReportEntry> entries, List<Path> sources) {
        List<Violations.Located> violations =
                Violations.locate(
                        entries.stream().filter(e -> e.severity() == Severity.Violation).toList(),
                        sources,
                        shapesGraph);
        if (violations.isEmpty()) {
            return;
        }
        Violations.Located first = violations.get(0);
        throw new KgException(
                first.file() == null ? null : first.file().toString(),
                first.line(),
                Violations.describe(violations, MAX_REPORTED));
    }
}
