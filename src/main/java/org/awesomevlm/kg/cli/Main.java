package org.awesomevlm.kg.cli;

import java.util.Set;
import org.apache.jena.sys.JenaSystem;
import org.awesomevlm.kg.KgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code kg} command line: {@code kg import|load|query|export|serve ...}. */
@Command(
        name = "kg",
        mixinStandardHelpOptions = true,
        version = "awesome-vlm-kg 0.1.0",
        description = "A knowledge graph of an awesome list of papers, in Jena TDB2 and Fuseki.",
        subcommands = {
            ImportCommand.class,
            LoadCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            GenerateCommand.class,
            CompactCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            WarmUpCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
    }

    /** Builds the command line with the project's error handling; tests call this too. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(
                (ex, commandLine, parseResult) -> {
                    if (ex instanceof KgException ke) {
                        commandLine.getErr().println("error: " + ke);
                        return ExitCode.BAD_INPUT.code();
                    }
                    throw ex;
                });
        cl.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL.code());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** The commands whose first steps use Jena (the others would only pay its start-up). */
    private static final Set<String> JENA_COMMANDS =
            Set.of("load", "export", "query", "serve", "compact", "backup", "restore", "warm-up");

    public static void main(String[] args) {
        // Jena's start-up (JenaSystem.init, ~0.2 s) runs on a second thread while this one builds
        // picocli's models of the commands (~0.2 s; picocli's classes cannot be in the class-data
        // archive): bench/loader/RESULTS.md, session 9. Jena must be initialised by one thread
        // before any other touches it, so commandLine() must not use Jena, and the command runs
        // only once the initialisation has finished.
        Thread jena = null;
        if (args.length > 0 && JENA_COMMANDS.contains(args[0])) {
            jena = new Thread(JenaSystem::init, "kg-jena-init");
            jena.setDaemon(true);
            jena.start();
        }
        CommandLine cl = commandLine();
        if (jena != null) {
            try {
                jena.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        System.exit(cl.execute(args));
    }
}
