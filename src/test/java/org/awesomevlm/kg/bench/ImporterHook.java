package org.awesomevlm.kg.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;

/** The import the benchmark times: Markdown to the graph, written as {@code kg import}'s Turtle. */
final class ImporterHook {
    private ImporterHook() {}

    static long importToCount(Path file) {
        ImportResult result = new ListImporter().importFile(file);
        TurtleOut.write(result.model(), OutputStream.nullOutputStream());
        return result.model().size();
    }
}
