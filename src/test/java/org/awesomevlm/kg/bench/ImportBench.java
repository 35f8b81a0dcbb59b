package org.awesomevlm.kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Import throughput beside commonmark-java's bare parse of the same Markdown file, measured side by
 * side in one JVM (alternating, after warm-up); prints {@code key=value} lines for bench/run.
 *
 * <p>{@code ImportBench FILE.md ROUNDS}
 */
public final class ImportBench {
    private ImportBench() {}

    interface Step {
        long run(Path file) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        double mb = Files.size(file) / 1e6;
        Step commonmark = ImportBench::commonmark;
        Step importer = ImportBench::importer;
        try {
            importer.run(file);
        } catch (UnsupportedOperationException e) {
            System.out.println("import_missing=" + e.getMessage());
            importer = f -> 0;
        }
        List<Double> cm = new ArrayList<>();
        List<Double> im = new ArrayList<>();
        List<Double> cmCpu = new ArrayList<>();
        List<Double> imCpu = new ArrayList<>();
        // Warm-up: both paths JIT-compiled before any timing (one pass each, more within 3 s).
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        for (int i = 0; i < 1 || System.nanoTime() < warmEnd && i < 50; i++) {
            commonmark.run(file);
            importer.run(file);
        }
        for (int i = 0; i < rounds; i++) {
            cm.add(time(commonmark, file, cmCpu));
            im.add(time(importer, file, imCpu));
        }
        double cmMedian = median(cm);
        double imMedian = median(im);
        System.out.printf(Locale.ROOT, "file_mb=%.3f%n", mb);
        System.out.printf(Locale.ROOT, "commonmark_s=%.4f%n", cmMedian);
        System.out.printf(Locale.ROOT, "commonmark_mbps=%.2f%n", mb / cmMedian);
        System.out.printf(Locale.ROOT, "import_s=%.4f%n", imMedian);
        System.out.printf(Locale.ROOT, "import_mbps=%.2f%n", mb / imMedian);
        System.out.printf(Locale.ROOT, "import_triples=%d%n", importer.run(file));
        System.out.printf(Locale.ROOT, "ratio=%.3f%n", cmMedian / imMedian);
        // CPU time of the timing thread: less disturbed by other work on a shared machine.
        System.out.printf(Locale.ROOT, "commonmark_cpu_s=%.4f%n", median(cmCpu));
        System.out.printf(Locale.ROOT, "import_cpu_s=%.4f%n", median(imCpu));
        System.out.printf(Locale.ROOT, "ratio_cpu=%.3f%n", median(cmCpu) / median(imCpu));
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static double time(Step step, Path file, List<Double> cpu) throws IOException {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        step.run(file);
        long t1 = System.nanoTime();
        cpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
        return (t1 - t0) / 1e9;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** commonmark-java's bare parse: read and build the AST, nothing else. */
    static long commonmark(Path file) throws IOException {
        try (Reader r = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            Node doc = Parser.builder().build().parseReader(r);
            return doc.getFirstChild() == null ? 0 : 1;
        }
    }

    /** The project's importer, Markdown to RDF triples counted (no output written). */
    static long importer(Path file) throws IOException {
        return ImporterHook.importToCount(file);
    }
}
