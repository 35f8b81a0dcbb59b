package org.awesomevlm.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.history.GitLog;
import org.awesomevlm.kg.history.ImportProvenance;
import org.awesomevlm.kg.history.ListHistory;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;

/** One list of {@code kg import}: its graph, the PROV-O record and (with --history) its history. */
record ListImport(
        ImportResult result, Model provenance, Model history, List<String> historyWarnings) {

    static ListImport run(Path list, boolean withHistory) {
        Instant started = Instant.now();
        ImportResult result = new ListImporter().importFile(list);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(list);
        } catch (IOException e) {
            throw new KgException(list.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        Model history = null;
        List<String> warnings = List.of();
        if (withHistory) {
            ListHistory h = new ListHistory();
            history = h.replay(list);
            warnings = h.warnings();
        }
        Model prov =
                ImportProvenance.of(
                        result.slug(),
                        list,
                        bytes,
                        started,
                        Instant.now(),
                        GitLog.lastCommit(list));
        return new ListImport(result, prov, history, warnings);
    }

    /** Writes the provenance (and history) files next to the list's Turtle in {@code dir}. */
    void write(Path dir, PrintWriter err) {
        TurtleOut.writeAtomically(
                provenance, dir.resolve(ImportProvenance.fileName(result.slug())));
        if (history != null) {
            historyWarnings.forEach(err::println);
            err.flush();
            Path target = dir.resolve(ListHistory.fileName(result.slug()));
            TurtleOut.writeAtomically(history, target);
        }
    }
}
