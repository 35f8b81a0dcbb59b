package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kg export}: not wired yet. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "(not implemented yet)")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kg export: not implemented yet");
        return ExitCode.INTERNAL.code();
    }
}
