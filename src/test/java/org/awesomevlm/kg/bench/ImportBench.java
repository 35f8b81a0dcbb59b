package org.awesomevlm.kg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.awesomevlm.kg.cli.Main;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Import throughput beside commonmark-java's bare parse of the same Markdown file, measured side by
 * side in one JVM (alternating, medians); writes {@code key=value} lines for bench/run.
 *
 * <p>{@code ImportBench FILE.md OUT_DIR ROUNDS WARMUP_SECONDS RESULT_FILE}: the import is {@code kg
 * import FILE.md --out OUT_DIR} run in process through the CLI's own entry point, so the benchmark
 * times whatever the command does; the Turtle of the last round stays in OUT_DIR for the load
 * stage. With WARMUP_SECONDS 0 and one round (the big sizes) each step runs exactly once.
 */
public final class ImportBench {
    private ImportBench() {}

    interface Step {
        void run() throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        double warmup = Double.parseDouble(args[3]);
        Path result = Path.of(args[4]);
        double mb = Files.size(file) / 1e6;
        Step importer = () -> kgImport(file, out);
        Step commonmark = () -> commonmark(file);
        List<Double> cm = new ArrayList<>();
        List<Double> im = new ArrayList<>();
        List<Double> cmCpu = new ArrayList<>();
        List<Double> imCpu = new ArrayList<>();
        List<Double> cmProc = new ArrayList<>();
        List<Double> imProc = new ArrayList<>();
        long[] rss = new long[2];
        // Warm-up: both paths JIT-compiled before any timing.
        long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
        for (int i = 0; warmup > 0 && (i < 1 || System.nanoTime() < warmEnd && i < 50); i++) {
            clear(out);
            importer.run();
            commonmark.run();
        }
        for (int i = 0; i < rounds; i++) {
            clear(out); // every round is a first import (no diff against the previous output)
            im.add(time(importer, imCpu, imProc, rss, 0));
            cm.add(time(commonmark, cmCpu, cmProc, rss, 1));
        }
        double cmMedian = median(cm);
        double imMedian = median(im);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(result))) {
            w.printf(Locale.ROOT, "file_mb=%.3f%n", mb);
            w.printf(Locale.ROOT, "rounds=%d%n", rounds);
            w.printf(Locale.ROOT, "commonmark_s=%.4f%n", cmMedian);
            w.printf(Locale.ROOT, "commonmark_mbps=%.2f%n", mb / cmMedian);
            w.printf(Locale.ROOT, "import_s=%.4f%n", imMedian);
            w.printf(Locale.ROOT, "import_mbps=%.2f%n", mb / imMedian);
            w.printf(Locale.ROOT, "ratio=%.3f%n", cmMedian / imMedian);
            // CPU time of the timing thread: less disturbed by other work on a shared machine
            // (a parallel importer's helper threads are not in it: ratio_cpu is then optimistic).
            w.printf(Locale.ROOT, "commonmark_cpu_s=%.4f%n", median(cmCpu));
            w.printf(Locale.ROOT, "import_cpu_s=%.4f%n", median(imCpu));
            w.printf(Locale.ROOT, "ratio_cpu=%.3f%n", median(cmCpu) / median(imCpu));
            // CPU time of the whole JVM (all threads: the importer's reading thread, GC, JIT)
            if (!imProc.isEmpty() && median(imProc) > 0) {
                w.printf(Locale.ROOT, "commonmark_proc_cpu_s=%.4f%n", median(cmProc));
                w.printf(Locale.ROOT, "import_proc_cpu_s=%.4f%n", median(imProc));
                w.printf(Locale.ROOT, "ratio_proc_cpu=%.3f%n", median(cmProc) / median(imProc));
            }
            if (rss[0] > 0) {
                w.printf(Locale.ROOT, "import_rss_mb=%d%n", rss[0] / 1024);
                w.printf(Locale.ROOT, "commonmark_rss_mb=%d%n", rss[1] / 1024);
            }
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Times one step; with Linux's clear_refs, also the peak RSS (kB) of the JVM during it. */
    private static double time(Step step, List<Double> cpu, List<Double> proc, long[] rss, int slot)
            throws IOException {
        Path clear = Path.of("/proc/self/clear_refs");
        boolean peak = Files.isWritable(clear);
        if (peak) {
            Files.writeString(clear, "5"); // resets VmHWM to the current RSS
        }
        long p0 = processCpu();
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        step.run();
        long t1 = System.nanoTime();
        cpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
        proc.add((processCpu() - p0) / 1e9);
        if (peak) {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    rss[slot] = Math.max(rss[slot], kb);
                }
            }
        }
        return (t1 - t0) / 1e9;
    }

    /** The JVM's CPU time in ns (user+sys of all its threads), or 0 where it is not known. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime())
                : 0;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** Deletes the files an earlier round wrote into {@code dir} (not timed). */
    private static void clear(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
        }
    }

    /** commonmark-java's bare parse: read and build the AST, nothing else. */
    static void commonmark(Path file) throws IOException {
        try (Reader r = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            Node doc = Parser.builder().build().parseReader(r);
            if (doc.getFirstChild() == null) {
                throw new IOException(file + ": commonmark found nothing");
            }
        }
    }

    /** {@code kg import FILE --out DIR}, in process; fails loudly when the command fails. */
    static void kgImport(Path file, Path out) throws IOException {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(Writer.nullWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("import", file.toString(), "--out", out.toString());
        if (code != 0) {
            throw new IOException("kg import " + file + " exited " + code + ": " + err);
        }
    }
}
