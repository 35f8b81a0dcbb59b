package org.awesomevlm.kg.store;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Passes every triple on to the loader and keeps a copy of those the shapes can look at, so that
 * validation needs no second pass over the data nor a read of the database.
 */
final class ShapeTee extends StreamRDFWrapper {
    private final ShapeCopy copy;
    private final LoadProgress progress;

    ShapeTee(StreamRDF loader, ShapeCopy copy, LoadProgress progress) {
        super(loader);
        this.copy = copy;
        this.progress = progress;
    }

    @Override
    public void triple(Triple t) {
        super.triple(t);
        keep(t);
    }

    @Override
    public void quad(Quad q) {
        super.quad(q);
        keep(q.asTriple());
    }

    private void keep(Triple t) {
        progress.triple();
        copy.offer(t);
    }
}
