package org.awesomevlm.kg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.importer.ImportDiff;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ImportWarning;
import org.awesomevlm.kg.importer.TurtleOut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg import LIST.md... [--out DIR] [--history]}: Markdown lists to deterministic Turtle. */
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

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        // Import (and replay) everything before writing anything: bad input changes nothing.
        List<ListImport> runs = new ArrayList<>();
        for (Path list : lists) {
            runs.add(ListImport.run(list, history));
        }
        for (ListImport run : runs) {
            write(run.result());
            run.write(out != null ? out : Home.data(), spec.commandLine().getErr());
        }
        return ExitCode.OK.code();
    }

    private void write(ImportResult result) {
        PrintWriter err = spec.commandLine().getErr();
        for (ImportWarning w : result.warnings()) {
            err.println(w);
        }
        err.flush();
        Path dir = out != null ? out : Home.data();
        Path target = dir.resolve(result.slug() + ".ttl");
        ImportDiff diff = ImportDiff.compare(ImportDiff.previous(target), result.model());
        TurtleOut.writeAtomically(result.model(), target);
        PrintWriter o = spec.commandLine().getOut();
        o.printf(
                "wrote %s: %d papers, %d people, %d triples%n",
                target, result.papers(), result.people(), result.model().size());
        diff.lines().forEach(o::println);
        o.flush();
    }
}
