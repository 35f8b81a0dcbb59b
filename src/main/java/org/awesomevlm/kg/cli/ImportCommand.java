package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kg import}: not wired yet. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "(not implemented yet)")
final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kg import: not implemented yet");
        return ExitCode.INTERNAL.code();
    }
}
