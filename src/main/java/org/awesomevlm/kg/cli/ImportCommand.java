package org.awesomevlm.kg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.awesomevlm.kg.AtomicFiles;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.ProgressBar;
import org.awesomevlm.kg.importer.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg import LIST.md... [--out DIR] [--history] [--no-diff] [--progress]}: Markdown lists to
 * deterministic Turtle.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import awesome lists (Markdown) into Turtle: DIR/<list-slug>.ttl each, and a PROV-O"
                    + " record of the import in DIR/<list-slug>.prov.ttl.",
            "Warnings go to stderr as file:line: warning: ...; on a re-import the papers added,"
                    + " changed and removed are listed. Bad input: exit 2, nothing written."
        })
final class ImportCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "LIST.md",
            arity = "1..*",
            description = "The Markdown lists to import (each becomes DIR/<list-slug>.ttl).")
    List<Path> lists;

    @Option(
            names = "--history",
            description =
                    "Also replay the list's git history into DIR/<list-slug>.history.ttl: when"
                            + " each paper entered, changed and left the list.")
    boolean history;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Directory for the Turtle file (default: data/).")
    Path out;

    @Option(
            names = "--no-diff",
            description =
                    "Do not compare with the previous DIR/<list-slug>.ttl (saves reading it: on a"
                            + " huge list the diff costs about as much as the import).")
    boolean noDiff;

    @Option(
            names = "--progress",
            description =
                    "Show a progress bar (rate, ETA) on stderr; default: only when the console is"
                            + " a terminal.")
    boolean progress;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = out != null ? out : Home.data();
        boolean terminal = ProgressBar.terminal();
        ListImport.Options options =
                new ListImport.Options(
                        dir, history, !noDiff, progress || terminal ? err : null, terminal);
        // Read every list into temporary files before moving any in: bad input changes nothing.
        List<ListImport> runs = new ArrayList<>();
        try (AtomicFiles.Batch files = AtomicFiles.batch()) {
            for (Path list : lists) {
                runs.add(ListImport.run(list, options, files));
            }
            runs.forEach(this::warn);
            files.commit();
        }
        runs.forEach(this::report);
        return ExitCode.OK.code();
    }

    private void warn(ListImport run) {
        PrintWriter err = spec.commandLine().getErr();
        run.result().warnings().forEach(err::println);
        run.historyWarnings().forEach(err::println);
        err.flush();
    }

    private void report(ListImport run) {
        ImportSummary result = run.result();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(
                "wrote %s: %d papers, %d people, %d triples%n",
                run.target(), result.papers(), result.people(), result.triples());
        if (run.diff() != null) {
            run.diff().lines().forEach(o::println);
        }
        o.flush();
    }
}
