package org.awesomevlm.kg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.ProgressBar;
import org.awesomevlm.kg.store.LoadMode;
import org.awesomevlm.kg.store.LoadProgress;
import org.awesomevlm.kg.store.LoadReport;
import org.awesomevlm.kg.store.Loader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg load}: validates data/*.ttl + ontology with SHACL and loads them into TDB2. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Make the database equal to the Turtle files of the data directory plus the ontology.",
            "Everything is parsed and validated against ontology/shapes.ttl first; on a syntax"
                    + " error or a shape violation nothing changes and the error names file and"
                    + " line (exit code 2)."
        })
final class LoadCommand implements Callable<Integer> {
    @Mixin DbOptions db;

    @Spec CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Directory of *.ttl files to load (default: data/).")
    Path data;

    @Option(
            names = "--ontology",
            paramLabel = "DIR",
            description = "Ontology directory: *.ttl, and shapes.ttl (default: ontology/).")
    Path ontology;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            description =
                    "transaction (default): one write transaction; rebuild: bulk-load a fresh"
                            + " database and swap it in (faster for large data).")
    LoadMode mode = LoadMode.TRANSACTION;

    @Option(
            names = "--progress",
            description =
                    "Show a progress bar (share of bytes parsed, triples, rate, ETA) on stderr"
                            + " even when it is not a terminal; on a terminal it is always shown.")
    boolean progress;

    @Override
    public Integer call() {
        Path dataDir = data != null ? data : Home.data();
        Path ontologyDir = ontology != null ? ontology : Home.ontology();
        boolean terminal = ProgressBar.terminal(); // no bar in pipes and tests unless asked
        LoadProgress bar =
                terminal || progress ? LoadProgress.to(System.err, terminal) : LoadProgress.none();
        LoadReport report = Loader.load(dataDir, ontologyDir, db.db(), mode, bar);
        spec.commandLine().getOut().println(report.summary(Paths.display(db.db())));
        return ExitCode.OK.code();
    }
}
