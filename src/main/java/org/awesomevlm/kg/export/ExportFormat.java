package org.awesomevlm.kg.export;

import java.io.Writer;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.query.SparqlTarget;

/** One output format of {@code kg export}: README Markdown now; BibTeX, CSL-JSON, ... later. */
public interface ExportFormat {
    /** The name on the command line, e.g. "readme". */
    String name();

    /** One line for {@code kg export --help}. */
    String description();

    /**
     * Writes the export of the graph behind {@code target} (the local database or a SPARQL 1.1
     * endpoint) to {@code out}, streaming.
     */
    void write(SparqlTarget target, ExportOptions options, Writer out);

    /** Writes the export of a local dataset. */
    default void write(Dataset ds, ExportOptions options, Writer out) {
        write(SparqlTarget.local(ds), options, out);
    }
}
