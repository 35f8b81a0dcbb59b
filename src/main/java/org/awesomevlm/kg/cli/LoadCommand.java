package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kg load}: not wired yet. */
@Command(name = "load", mixinStandardHelpOptions = true, description = "(not implemented yet)")
final class LoadCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kg load: not implemented yet");
        return ExitCode.INTERNAL.code();
    }
}
