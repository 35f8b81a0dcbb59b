package org.awesomevlm.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.awesomevlm.kg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kg warm-up} (hidden): generates, imports, loads, exports and queries a small list in a
 * temporary directory, touching nothing else. The {@code ./kg} launcher runs it once per build with
 * {@code -XX:ArchiveClassesAtExit}, so that later runs map the classes these commands load from a
 * class-data archive instead of loading and verifying them from the jars.
 */
@Command(
        name = "warm-up",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = {
            "Runs generate, import, load, export and query on a small generated list in a"
                    + " temporary directory (the ./kg launcher records the classes they load)."
        })
final class WarmUpCommand implements Callable<Integer> {
    /** Papers in the generated list: enough to reach every kind of entry the generator writes. */
    static final int PAPERS = 40;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("kg-warm-up");
        Path md = dir.resolve("warm-up.md");
        String data = dir.resolve("data").toString();
        String db = dir.resolve("db").toString();
        try {
            try (Writer w = Files.newBufferedWriter(md, StandardCharsets.UTF_8)) {
                run(new PrintWriter(w), "generate", "--papers", String.valueOf(PAPERS));
            }
            for (List<String> args :
                    List.of(
                            List.of("import", md.toString(), "--out", data, "--no-diff"),
                            List.of("load", "--mode", "rebuild", "--data", data, "--db", db),
                            List.of("load", "--data", data, "--db", db),
                            List.of("export", "readme", "--db", db),
                            List.of("export", "ttl", "--db", db),
                            List.of("query", "stats", "--db", db))) {
                run(new PrintWriter(Writer.nullWriter()), args.toArray(String[]::new));
            }
            spec.commandLine().getOut().println("warm-up done");
            return ExitCode.OK.code();
        } finally {
            Store.close(Path.of(db));
            deleteTree(dir);
        }
    }

    /** Runs one kg command in this JVM; its failure is the warm-up's. */
    private void run(PrintWriter out, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(out);
        cl.setErr(spec.commandLine().getErr());
        int code = cl.execute(args);
        out.flush();
        if (code != ExitCode.OK.code()) {
            throw new IllegalStateException("kg " + String.join(" ", args) + " exited " + code);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
