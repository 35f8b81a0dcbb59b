package org.awesomevlm.kg.cli;

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

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
