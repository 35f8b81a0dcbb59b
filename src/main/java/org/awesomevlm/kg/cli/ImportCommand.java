package org.awesomevlm.kg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.importer.ImportDiff;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ImportWarning;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg import LIST.md [--out DIR]}: Markdown list to deterministic Turtle. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import an awesome list (Markdown) into Turtle: DIR/<list-slug>.ttl.",
            "Warnings go to stderr as file:line: warning: ...; on a re-import the papers added,"
                    + " changed and removed are listed. Bad input: exit 2, nothing written."
        })
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LIST.md", description = "The Markdown list to import.")
    Path list;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Directory for the Turtle file (default: data/).")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        ImportResult result = new ListImporter().importFile(list);
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
        return ExitCode.OK.code();
    }
}
