package org.awesomevlm.kg.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.generate.ListGenerator;
import org.awesomevlm.kg.importer.ImportSummary;
import org.awesomevlm.kg.importer.ListImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg generate}: a deterministic synthetic awesome list on standard output. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a deterministic synthetic awesome list (same papers and seed, same bytes) to"
                    + " standard output, streaming: memory does not grow with --papers."
        })
final class GenerateCommand implements Callable<Integer> {
    /** How the list is written. */
    enum Format {
        md,
        ttl
    }

    @Spec CommandSpec spec;

    @Option(
            names = "--papers",
            required = true,
            paramLabel = "N",
            description = "Number of papers (0..5000000).")
    long papers;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--format",
            paramLabel = "FMT",
            defaultValue = "md",
            description =
                    "md (the list's Markdown) or ttl (imported to Turtle). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (papers < 0 || papers > ListGenerator.MAX_PAPERS) {
            throw new KgException(
                    (String) null, 0, "--papers must be within 0.." + ListGenerator.MAX_PAPERS);
        }
        ListGenerator generator = new ListGenerator(papers, seed);
        // Big chunks into picocli's writer (stdout, or what a test set), flushed, never closed.
        Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        if (format == Format.md) {
            generator.write(out);
        } else {
            // The importer reads a file: generate into a temporary awesome-list.md (so the list
            // IRI is list/awesome-list), import it, write the importer's Turtle.
            Path dir = Files.createTempDirectory("kg-generate");
            Path md = dir.resolve("awesome-list.md");
            Path ttl = dir.resolve("awesome-list.ttl");
            try {
                try (Writer w = Files.newBufferedWriter(md, StandardCharsets.UTF_8)) {
                    generator.write(w);
                }
                // the bytes kg import writes: streamed to a file, then copied out
                ImportSummary result;
                try (OutputStream ttlOut = Files.newOutputStream(ttl)) {
                    result = new ListImporter().writeTurtle(md, ttlOut);
                }
                result.warnings().forEach(warning -> spec.commandLine().getErr().println(warning));
                try (Reader in = Files.newBufferedReader(ttl, StandardCharsets.UTF_8)) {
                    in.transferTo(out);
                }
            } finally {
                Files.deleteIfExists(md);
                Files.deleteIfExists(ttl);
                Files.deleteIfExists(dir);
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
