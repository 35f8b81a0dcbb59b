package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code kg backup}: not wired yet. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "(not implemented yet)")
final class BackupCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kg backup: not implemented yet");
        return ExitCode.INTERNAL.code();
    }
}
