package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kg generate}: not wired yet. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "(not implemented yet)")
final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kg generate: not implemented yet");
        return ExitCode.INTERNAL.code();
    }
}
