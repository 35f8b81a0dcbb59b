package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kg compact}: not wired yet. */
@Command(name = "compact", mixinStandardHelpOptions = true, description = "(not implemented yet)")
final class CompactCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kg compact: not implemented yet");
        return ExitCode.INTERNAL.code();
    }
}
