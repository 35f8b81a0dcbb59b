package org.awesomevlm.kg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.awesomevlm.kg.AtomicFiles;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.export.ExportFormat;
import org.awesomevlm.kg.export.ExportFormats;
import org.awesomevlm.kg.export.ExportOptions;
import org.awesomevlm.kg.query.SparqlTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg export FORMAT [--db DIR | --endpoint URL] [-o FILE]}: writes the store in an export
 * format.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export a list from the database in FORMAT.",
            "readme: the Markdown list regenerated from the canned queries queries/readme-*.rq,"
                    + " with a generated table of contents.",
            "bibtex, csl-json, csv: one record per paper from queries/export-*.rq (all lists, or"
                    + " the one --list names).",
            "jsonld: the graph of queries/export-jsonld.rq compacted with ontology/context.jsonld.",
            "ttl, nt: the whole database (lists and ontology), streamed."
        })
final class ExportCommand implements Callable<Integer> {
    /** The format names, for picocli's help and completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ExportFormats.all().keySet().iterator();
        }
    }

    @Parameters(
            index = "0",
            paramLabel = "FORMAT",
            completionCandidates = Formats.class,
            description = "What to write: ${COMPLETION-CANDIDATES}.")
    String format;

    @Mixin DbOptions db;

    @Mixin TargetOptions remote;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE (replaced atomically) instead of standard output.")
    Path output;

    @Option(
            names = "--list",
            paramLabel = "SLUG",
            description = "The list to export when the database holds several (e.g. awesome-list).")
    String list;

    @Option(
            names = "--queries",
            paramLabel = "DIR",
            description = "Canned-query directory (default: queries/).")
    Path queries;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormats.get(format);
        SparqlTarget ds = remote.target(db);
        ExportOptions options = new ExportOptions(list, queries != null ? queries : Home.queries());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            f.write(ds, options, out);
            out.flush();
        } else {
            writeAtomically(f, ds, options, output);
        }
        return ExitCode.OK.code();
    }

    private static void writeAtomically(
            ExportFormat f, SparqlTarget ds, ExportOptions o, Path target) {
        AtomicFiles.write(
                target,
                out -> {
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    f.write(ds, o, w);
                    w.flush();
                });
    }
}
