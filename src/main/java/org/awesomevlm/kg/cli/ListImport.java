package org.awesomevlm.kg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.DoubleConsumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
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
 * One list of {@code kg import}: its Turtle streamed into a batch of files moved in together once
 * every list has been read, with its PROV-O record and (with --history) its history; the re-import
 * diff and the warnings to print.
 */
record ListImport(
        ImportSummary result,
        Path target,
        FutureTask<ImportDiff> comparing,
        List<String> historyWarnings) {

    /**
     * {@code progressTo}: where the progress bar goes (null: none); drawn in place on a terminal.
     */
    record Options(
            Path dir, boolean history, boolean diff, PrintWriter progressTo, boolean terminal) {}

    /**
     * Imports {@code list} into {@code files} (nothing is moved in before {@code files} commits).
     */
    static ListImport run(Path list, Options o, AtomicFiles.Batch files) {
        Instant started = Instant.now();
        Path target = o.dir().resolve(ListImporter.slugOf(fileName(list)) + ".ttl");
        PaperSignatures before = o.diff() ? ImportDiff.previous(target) : null;
        PaperSignatures after = o.diff() ? PaperSignatures.against(before) : null;
        long size = size(list);
        ProgressBar bar =
                o.progressTo() == null
                        ? ProgressBar.none()
                        : ProgressBar.to(
                                o.progressTo(), "importing " + fileName(list), o.terminal());
        DoubleConsumer progress = done -> bar.read(Math.round(done * size));
        // the PROV record's file hash and last commit are found beside the import (they wait for
        // nothing of it; asking git costs a process, a few ms at 10^3 papers)
        FutureTask<String> sha = beside(() -> ImportProvenance.sha256(list), "kg-import-sha256");
        FutureTask<Optional<String>> commit =
                beside(() -> GitLog.lastCommit(list), "kg-import-git");
        ImportSummary result;
        FutureTask<ImportDiff> comparing;
        Model prov;
        try {
            try (bar;
                    OutputStream out = files.open(target)) {
                bar.start(size);
                TurtleStream turtle = new TurtleStream(out);
                StreamRDF sink = after == null ? turtle : turtle.with(after);
                result = new ListImporter().progress(progress).importFile(list, sink);
            }
            // the diff (sorting every paper for the report) runs beside the PROV record and the
            // batch's fsync, which wait on the hash and on the disk
            comparing = after == null ? null : compare(before, after);
            prov =
                    ImportProvenance.of(
                            result.slug(), list, await(sha), started, Instant.now(), await(commit));
        } catch (IOException e) {
            throw new KgException(list.toString(), 0, "cannot read: " + e.getMessage(), e);
        } finally {
            sha.cancel(true); // a failed import stops the hashing (no-op once it is done)
            commit.cancel(true);
        }
        files.write(
                o.dir().resolve(ImportProvenance.fileName(result.slug())),
                w -> TurtleOut.write(prov, w));
        List<String> warnings = List.of();
        if (o.history()) {
            ListHistory h = new ListHistory();
            Model history = h.replay(list);
            warnings = h.warnings();
            files.write(
                    o.dir().resolve(ListHistory.fileName(result.slug())),
                    w -> TurtleOut.write(history, w));
        }
        return new ListImport(result, target, comparing, warnings);
    }

    /** The re-import report (null with --no-diff), once the comparison has ended. */
    ImportDiff diff() {
        return comparing == null ? null : outcome(comparing, "comparing");
    }

    private static FutureTask<ImportDiff> compare(PaperSignatures before, PaperSignatures after) {
        return beside(() -> ImportDiff.compare(before, after), "kg-import-diff");
    }

    private static <T> FutureTask<T> beside(Callable<T> work, String name) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** What was found beside the import; its IOException as thrown there. */
    private static <T> T await(FutureTask<T> task) throws IOException {
        try {
            return outcome(task, "hashing");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What {@code task} worked out on its thread; its failure rethrown here, unchecked. */
    private static <T> T outcome(FutureTask<T> task, String doing) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            } else if (cause instanceof Error err) {
                throw err;
            } else if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
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
