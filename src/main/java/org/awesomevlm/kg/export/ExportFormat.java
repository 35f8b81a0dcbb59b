package org.awesomevlm.kg.export;

import java.io.Writer;
import org.apache.jena.query.Dataset;

/** One output format of {@code kg export}: README Markdown now; BibTeX, CSL-JSON, ... later. */
public interface ExportFormat {
    /** The name on the command line, e.g. "readme". */
    String name();

    /** One line for {@code kg export --help}. */
    String description();

    /** Writes the export of {@code ds} to {@code out}, streaming. */
    void write(Dataset ds, ExportOptions options, Writer out);
}
