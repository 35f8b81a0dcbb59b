package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kg serve}: not wired yet. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "(not implemented yet)")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kg serve: not implemented yet");
        return ExitCode.INTERNAL.code();
    }
}
