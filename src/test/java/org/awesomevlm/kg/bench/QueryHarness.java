package org.awesomevlm.kg.bench;

import java.io.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.*;
import org.apache.jena.sparql.algebra.*;
import org.apache.jena.sparql.util.FmtUtils;
import org.awesomevlm.kg.query.*;
import org.awesomevlm.kg.store.Store;

/**
 * A warm, long-lived JVM for timing canned queries side by side with {@code
 * bench/query/oxi-serve.mjs} (bench/query/README.md): {@code QueryHarness DB PAPER PARAMS}, then
 * one command a line on stdin: {@code time NAME QUERY_DIR SECONDS} (p50/p99 ms, process and thread
 * CPU ms per run, as {@link QueryBench} runs a query), {@code once NAME QUERY_DIR} (one run, no
 * warm-up, for the slowest queries), {@code bind NAME QUERY_DIR OUT} (the bound text), {@code plan
 * NAME QUERY_DIR OUT} (ARQ's optimised algebra), {@code dump NAME QUERY_DIR OUT} (sorted rows or
 * triples, to compare results before and after a change), {@code rows NAME QUERY_DIR OUT} (the
 * same, in the order the query gives them, to compare an ORDER BY). The query file is read again
 * for every command.
 */
public final class QueryHarness {
    private QueryHarness() {}

    public static void main(String[] a) throws Exception {
        Dataset ds = Store.open(Path.of(a[0]));
        String paper = a[1];
        Map<String, Map<String, String>> params = BenchParams.load(Path.of(a[2]), paper);
        QueryRunner runner = new QueryRunner();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.println("{\"ready\":true}");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            String[] c = line.trim().split("\\s+");
            if (c.length < 3) continue;
            try {
                CannedQuery q = CannedQuery.load(Path.of(c[2], c[1] + ".rq"));
                Map<String, String> v = params.getOrDefault(c[1], Map.of());
                switch (c[0]) {
                    case "time" -> {
                        double secs = Double.parseDouble(c[3]);
                        long cpu0 =
                                ((com.sun.management.OperatingSystemMXBean)
                                                ManagementFactory.getOperatingSystemMXBean())
                                        .getProcessCpuTime();
                        long[] rows = {0};
                        long tc0 = mx.getCurrentThreadCpuTime();
                        long t = System.nanoTime();
                        QueryBench.execute(runner, ds, q, v, x -> rows[0]++);
                        double first = (System.nanoTime() - t) / 1e6;
                        List<Double> times = new ArrayList<>();
                        if (first >= secs * 1000) times.add(first);
                        long end = System.nanoTime() + (long) (secs * 1e9);
                        while (times.size() < 100000
                                && (times.size() < 3 || System.nanoTime() < end)) {
                            if (first >= secs * 1000 && times.size() >= 1) break;
                            rows[0] = 0;
                            long t1 = System.nanoTime();
                            QueryBench.execute(runner, ds, q, v, x -> rows[0]++);
                            times.add((System.nanoTime() - t1) / 1e6);
                        }
                        // runs made: a query slower than SECONDS ran once, that run its sample
                        int runs = first >= secs * 1000 ? times.size() : times.size() + 1;
                        double cpu =
                                (((com.sun.management.OperatingSystemMXBean)
                                                                ManagementFactory
                                                                        .getOperatingSystemMXBean())
                                                        .getProcessCpuTime()
                                                - cpu0)
                                        / 1e6
                                        / runs;
                        double tcpu = (mx.getCurrentThreadCpuTime() - tc0) / 1e6 / runs;
                        Collections.sort(times);
                        double p50 = times.get(Math.min(times.size() - 1, times.size() / 2));
                        double p99 =
                                times.get(Math.min(times.size() - 1, (int) (times.size() * 0.99)));
                        System.out.printf(
                                Locale.ROOT,
                                "{\"engine\":\"jena\",\"query\":\"%s/%s\",\"n\":%d,\"rows\":%d,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"cpu_ms_per_run\":%.3f,\"thread_cpu_ms_per_run\":%.3f}%n",
                                c[2],
                                c[1],
                                times.size(),
                                rows[0],
                                p50,
                                p99,
                                cpu,
                                tcpu);
                    }
                    case "once" -> {
                        // one run, no warm-up: for queries too slow to repeat
                        long tc0 = mx.getCurrentThreadCpuTime();
                        long[] rows = {0};
                        long t = System.nanoTime();
                        QueryBench.execute(runner, ds, q, v, x -> rows[0]++);
                        System.out.printf(
                                Locale.ROOT,
                                "{\"engine\":\"jena\",\"query\":\"%s/%s\",\"n\":1,\"rows\":%d,\"p50_ms\":%.3f,\"thread_cpu_ms_per_run\":%.3f}%n",
                                c[2],
                                c[1],
                                rows[0],
                                (System.nanoTime() - t) / 1e6,
                                (mx.getCurrentThreadCpuTime() - tc0) / 1e6);
                    }
                    case "bind" -> {
                        Query bound = q.bind(v);
                        String text = bound.serialize();
                        if (bound.getBaseURI() != null && !text.startsWith("BASE"))
                            text = "BASE <" + bound.getBaseURI() + ">\n" + text;
                        Files.writeString(Path.of(c[3]), text);
                        System.out.println("{\"bound\":\"" + c[3] + "\"}");
                    }
                    case "plan" -> {
                        Query bound = q.bind(v);
                        Op op = Algebra.optimize(Algebra.compile(bound));
                        Files.writeString(Path.of(c[3]), op.toString());
                        System.out.println("{\"plan\":\"" + c[3] + "\"}");
                    }
                    case "dump", "rows" -> {
                        List<String> lines = new ArrayList<>();
                        if (q.query().isSelectType()) {
                            runner.forEach(
                                    ds,
                                    q,
                                    v,
                                    s -> {
                                        List<String> cells = new ArrayList<>();
                                        for (Iterator<String> it = s.varNames(); it.hasNext(); ) {
                                            String n = it.next();
                                            cells.add(
                                                    n
                                                            + "="
                                                            + FmtUtils.stringForNode(
                                                                    s.get(n).asNode()));
                                        }
                                        Collections.sort(cells);
                                        lines.add(String.join("\t", cells));
                                    });
                        } else {
                            Model m = runner.construct(ds, q, v);
                            m.listStatements()
                                    .forEachRemaining(
                                            st ->
                                                    lines.add(
                                                            FmtUtils.stringForTriple(
                                                                    st.asTriple())));
                        }
                        if (c[0].equals("dump")) Collections.sort(lines);
                        Files.write(Path.of(c[3]), lines);
                        System.out.println(
                                "{\"dumped\":\"" + c[3] + "\",\"rows\":" + lines.size() + "}");
                    }
                    default -> System.out.println("{\"error\":\"unknown\"}");
                }
            } catch (Exception e) {
                System.out.println("{\"error\":\"" + String.valueOf(e).replace('"', '\'') + "\"}");
            }
        }
    }
}
