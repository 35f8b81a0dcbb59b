package org.awesomevlm.kg.cli;

import java.util.concurrent.Callable;
import org.awesomevlm.kg.store.Compactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg compact}: compacts the TDB2 database and deletes the old storage generation. */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = {
            "Compact the TDB2 database: copy its live content into a new storage generation"
                    + " (Data-NNNN) and delete the old one. Safe to interrupt: the old generation"
                    + " stays in charge until the new one is complete."
        })
final class CompactCommand implements Callable<Integer> {
    @Mixin DbOptions db;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Compactor.Report r = Compactor.compact(db.db());
        spec.commandLine().getOut().println(r.summary(Paths.display(db.db())));
        return ExitCode.OK.code();
    }
}
