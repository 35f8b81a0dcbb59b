package org.awesomevlm.kg.export;

import java.io.Writer;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.awesomevlm.kg.query.SparqlTarget;

/**
 * {@code kg export ttl}: the whole default graph as Turtle, streamed by Jena's block writer
 * (prefixed, one block per subject) in constant memory.
 */
public final class TurtleExport implements ExportFormat {
    @Override
    public String name() {
        return "ttl";
    }

    @Override
    public String description() {
        return "Turtle: the whole graph (lists and ontology), streamed";
    }

    @Override
    public void write(SparqlTarget ds, ExportOptions options, Writer out) {
        GraphStream.write(ds, new WriterStreamRDFBlocks(out, RIOT.getContext()));
    }
}
