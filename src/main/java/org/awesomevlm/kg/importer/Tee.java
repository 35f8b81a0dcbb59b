package org.awesomevlm.kg.importer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Jena's {@code StreamRDF2} for two importer sinks: each statement goes to both, and plain literals
 * stay text on the way ({@link Emitter.Statements}), which {@code StreamRDF2} cannot pass on.
 */
final class Tee implements StreamRDF, Emitter.Statements {
    private final TurtleStream first;
    private final PaperSignatures second;

    Tee(TurtleStream first, PaperSignatures second) {
        this.first = first;
        this.second = second;
    }

    /** The Turtle side. */
    TurtleStream turtle() {
        return first;
    }

    @Override
    public void statement(Node s, Node p, Node o) {
        first.statement(s, p, o);
        second.statement(s, p, o);
    }

    @Override
    public void statement(Node s, Node p, String literal) {
        first.statement(s, p, literal);
        second.statement(s, p, literal);
    }

    @Override
    public void statement(Emitter.Subject s, Node p, Object o) {
        first.statement(s, p, o);
        second.statement(s, p, o);
    }

    @Override
    public void start() {
        first.start();
        second.start();
    }

    @Override
    public void triple(Triple t) {
        first.triple(t);
        second.triple(t);
    }

    @Override
    public void quad(Quad q) {
        first.quad(q);
        second.quad(q);
    }

    @Override
    public void base(String base) {
        first.base(base);
        second.base(base);
    }

    @Override
    public void prefix(String prefix, String iri) {
        first.prefix(prefix, iri);
        second.prefix(prefix, iri);
    }

    @Override
    public void finish() {
        first.finish();
        second.finish();
    }
}
