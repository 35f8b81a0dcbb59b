package org.awesomevlm.kg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * An in-memory copy of the triples the shapes read ({@link Validator#looksAt}), filled while the
 * files are parsed, checked once, then let go.
 *
 * <p>Why let go explicitly: after the check a rebuild closes databases, and TDB2 closes each one
 * with a full garbage collection (System.gc) whose pause grows with the live heap; a copy still
 * referenced from the loader's frames made those pauses 8 s at 10^5 papers instead of a fraction of
 * a second.
 */
final class ShapeCopy {
    private final Validator validator;
    private Graph graph = GraphFactory.createDefaultGraph();

    ShapeCopy(Validator validator) {
        this.validator = validator;
    }

    /** Keeps {@code t} if the shapes can look at it; called by the parsing thread. */
    void offer(Triple t) {
        if (validator.looksAt(t.getPredicate())) {
            graph.add(t);
        }
    }

    /**
     * Validates the copy against the shapes (violations: KgException naming file and line, as
     * {@link Validator#check}) and drops it; call once, after the last {@link #offer}.
     */
    void checkAndRelease(List<Path> sources) {
        Graph g = graph;
        graph = null;
        validator.check(g, sources);
    }
}
