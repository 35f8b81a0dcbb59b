package org.awesomevlm.kg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.store.Backup;
import org.awesomevlm.kg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg backup}: the database as gzipped N-Quads, from one consistent read transaction. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Write the whole database as gzipped N-Quads from one read transaction: a consistent"
                    + " snapshot, even while writes go on. The file appears only when complete."
        })
final class BackupCommand implements Callable<Integer> {
    @Mixin DbOptions db;

    @Spec CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Output file, '-' for standard output (default:"
                            + " backups/kg-YYYYMMDD-HHMMSS.nq.gz).")
    Path output;

    @Override
    public Integer call() {
        if (output != null && output.toString().equals("-")) {
            try {
                OutputStream gz = new GZIPOutputStream(System.out, 64 * 1024);
                OutputStream out = new BufferedOutputStream(gz, 64 * 1024);
                Backup.write(Store.open(db.db()), out);
                out.flush();
                gz.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ExitCode.OK.code();
        }
        Path file = output != null ? output : defaultFile();
        Backup.Report r = Backup.backup(db.db(), file);
        spec.commandLine()
                .getOut()
                .printf(
                        "backed up %d quads from %s to %s in %.1f s%n",
                        r.quads(), Paths.display(db.db()), r.file(), r.millis() / 1000.0);
        return ExitCode.OK.code();
    }

    private static Path defaultFile() {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Home.resolve("backups").resolve("kg-" + stamp + ".nq.gz");
    }
}
