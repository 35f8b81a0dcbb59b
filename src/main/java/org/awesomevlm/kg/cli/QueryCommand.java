package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kg query}: not wired yet. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "(not implemented yet)")
final class QueryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kg query: not implemented yet");
        return ExitCode.INTERNAL.code();
    }
}
