package org.awesomevlm.kg.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import org.awesomevlm.kg.importer.ListImporter;

/** The import the benchmark times: Markdown streamed to {@code kg import}'s Turtle (discarded). */
final class ImporterHook {
    private ImporterHook() {}

    static long importToCount(Path file) {
        return new ListImporter().writeTurtle(file, OutputStream.nullOutputStream()).triples();
    }
}
