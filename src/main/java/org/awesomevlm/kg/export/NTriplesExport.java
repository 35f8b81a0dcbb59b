package org.awesomevlm.kg.export;

import java.io.Writer;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.awesomevlm.kg.query.SparqlTarget;

/** {@code kg export nt}: the whole default graph as N-Triples, streamed. */
public final class NTriplesExport implements ExportFormat {
    @Override
    public String name() {
        return "nt";
    }

    @Override
    public String description() {
        return "N-Triples: the whole graph (lists and ontology), streamed";
    }

    @Override
    public void write(SparqlTarget ds, ExportOptions options, Writer out) {
        GraphStream.write(ds, new WriterStreamRDFPlain(IO.wrap(out)));
    }
}
