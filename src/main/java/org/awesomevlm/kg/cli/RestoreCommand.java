package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kg restore}: not wired yet. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "(not implemented yet)")
final class RestoreCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kg restore: not implemented yet");
        return ExitCode.INTERNAL.code();
    }
}
