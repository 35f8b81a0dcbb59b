package org.awesomevlm.kg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.awesomevlm.kg.store.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg restore}: replaces the database with the content of a backup. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Replace the database with a backup (N-Quads, gzipped or not). The backup is loaded"
                    + " into a fresh database that is swapped in only when the whole file has"
                    + " been read; a bad file (exit code 2, file and line named) changes nothing."
        })
final class RestoreCommand implements Callable<Integer> {
    @Mixin DbOptions db;

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Override
    public Integer call() {
        Backup.Report r = Backup.restore(file, db.db());
        spec.commandLine()
                .getOut()
                .printf(
                        "restored %d quads from %s into %s in %.1f s%n",
                        r.quads(), file, Paths.display(db.db()), r.millis() / 1000.0);
        return ExitCode.OK.code();
    }
}
