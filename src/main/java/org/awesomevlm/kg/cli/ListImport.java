package org.awesomevlm.kg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDF2;
import org.awesomevlm.kg.AtomicFiles;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.ProgressBar;
import org.awesomevlm.kg.history.GitLog;
import org.awesomevlm.kg.history.ImportProvenance;
import org.awesomevlm.kg.history.ListHistory;
import org.awesomevlm.kg.importer.ImportDiff;
import org.awesomevlm.kg.importer.ImportSummary;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.PaperSignatures;
import org.awesomevlm.kg.importer.TurtleOut;
import org.awesomevlm.kg.importer.TurtleStream;

/**
 * One list of {@code kg import}: its Turtle streamed into a temporary file beside the target (moved
 * in by {@link #commit} once every list has been read), the re-import diff, the PROV-O record and
 * (with --history) its history.
 */
record ListImport(
        ImportSummary result,
        Path target,
        Path tmp,
        ImportDiff diff,
        Model provenance,
        Model history,
        List<String> historyWarnings) {

    /** What {@code kg import} asks of one list. */
    /**
     * {@code progressTo}: where the progress bar goes (null: none); drawn in place on a terminal.
     */
    record Options(
            Path dir, boolean history, boolean diff, PrintWriter progressTo, boolean terminal) {}

    static ListImport run(Path list, Options o) {
        Instant started = Instant.now();
        Path target = o.dir().resolve(ListImporter.slugOf(fileName(list)) + ".ttl");
        PaperSignatures before = o.diff() ? ImportDiff.previous(target) : null;
        PaperSignatures after = o.diff() ? new PaperSignatures() : null;
        long size = size(list);
        ProgressBar bar =
                o.progressTo() == null
                        ? ProgressBar.none()
                        : ProgressBar.to(
                                o.progressTo(), "importing " + fileName(list), o.terminal());
        DoubleConsumer progress = done -> bar.read(Math.round(done * size));
        Path tmp = temp(target);
        boolean ok = false;
        try {
            ImportSummary result;
            try (bar;
                    OutputStream out = Files.newOutputStream(tmp)) {
                bar.start(size);
                TurtleStream turtle = new TurtleStream(out);
                StreamRDF sink = after == null ? turtle : new StreamRDF2(turtle, after);
                result = new ListImporter().progress(progress).importFile(list, sink);
            }
            Model history = null;
            List<String> warnings = List.of();
            if (o.history()) {
                ListHistory h = new ListHistory();
                history = h.replay(list);
                warnings = h.warnings();
            }
            Model prov =
                    ImportProvenance.of(
                            result.slug(),
                            list,
                            ImportProvenance.sha256(list),
                            started,
                            Instant.now(),
                            GitLog.lastCommit(list));
            ImportDiff diff = after == null ? null : ImportDiff.compare(before, after);
            ok = true;
            return new ListImport(result, target, tmp, diff, prov, history, warnings);
        } catch (IOException e) {
            throw new KgException(list.toString(), 0, "cannot read: " + e.getMessage(), e);
        } finally {
            if (!ok) {
                delete(tmp); // on any Throwable, an OutOfMemoryError too: no temp file is left
            }
        }
    }

    /** Moves the Turtle in and writes the provenance (and history) files beside it. */
    void commit(PrintWriter err) {
        try {
            AtomicFiles.replace(tmp, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dir = target.getParent();
        TurtleOut.writeAtomically(
                provenance, dir.resolve(ImportProvenance.fileName(result.slug())));
        if (history != null) {
            historyWarnings.forEach(err::println);
            err.flush();
            TurtleOut.writeAtomically(history, dir.resolve(ListHistory.fileName(result.slug())));
        }
    }

    /** Drops the temporary Turtle (another list failed). */
    void abort() {
        delete(tmp);
    }

    private static Path temp(Path target) {
        try {
            return AtomicFiles.tempFor(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the original error matters more
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String fileName(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
