package org.awesomevlm.kg.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;

/**
 * What the importer promises for any bytes: success or its own {@link KgException} naming the file
 * and a line of it; at most one second of CPU per 100 KB (one second for anything smaller); Turtle
 * that parses back to the imported graph.
 */
final class ImportProperties {
    static final long CPU_NANOS_PER_100_KB = 1_000_000_000L;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ImportProperties() {}

    /** Imports {@code markdown} from a file in {@code dir} and checks the properties. */
    static void assertHolds(byte[] markdown, Path dir) {
        Path md = dir.resolve("fuzz.md");
        write(md, markdown);
        long start = THREADS.getCurrentThreadCpuTime();
        ImportResult result = null;
        String turtle = null;
        KgException error = null;
        try {
            result = new ListImporter().importFile(md);
            turtle = TurtleOut.toString(result.model());
        } catch (KgException e) {
            error = e;
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - start;
        long limit =
                Math.max(CPU_NANOS_PER_100_KB, markdown.length * CPU_NANOS_PER_100_KB / 102_400);
        if (cpu > limit) {
            // measure again: the first run of a code path may be interpreted or hit a collection
            cpu = cpuOf(md);
            assertThat(cpu / 1_000_000)
                    .as("CPU ms to import and write %d bytes", markdown.length)
                    .isLessThanOrEqualTo(limit / 1_000_000);
        }
        if (error != null) {
            assertThat(error.file()).isEqualTo(md.toString());
            assertThat(error.line()).isBetween(1L, lines(markdown));
            assertThat(error.getMessage()).isNotBlank();
            return;
        }
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(parsed);
        assertThat(parsed.isIsomorphicWith(result.model().getGraph()))
                .as("the Turtle parses back to the imported graph:\n%s", turtle)
                .isTrue();
    }

    /**
     * CPU time of this thread to import the file and write its Turtle (or fail with KgException).
     */
    private static long cpuOf(Path md) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            TurtleOut.toString(new ListImporter().importFile(md).model());
        } catch (KgException expected) {
            // the caller checks the error
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    /** Number of lines, counting every LF, CRLF and lone CR as a line end. */
    static long lines(byte[] bytes) {
        long n = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n'
                    || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
