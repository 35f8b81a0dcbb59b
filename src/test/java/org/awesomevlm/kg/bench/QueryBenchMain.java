package org.awesomevlm.kg.bench;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.store.Store;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link QueryBench} for each canned query in this one JVM (JMH without forks), with a time
 * cap per query and a budget for the whole stage; prints one JSON line per query.
 *
 * <p>{@code QueryBenchMain DB QUERY_DIR PARAMS PAPER CAP_S ITER_S BUDGET_S OUT.jsonl JMH_LOG
 * NAME...}. Each query is first run once under a Jena timeout of CAP_S: slower queries are reported
 * as capped, not measured. The rest get JMH sample time: one warm-up iteration and one measured
 * iteration of ITER_S; a query that would give fewer than {@link #MIN_SAMPLES} samples in one
 * iteration gets {@code MIN_SAMPLES} measured iterations instead (each iteration takes at least one
 * sample), and one slower than ITER_S no warm-up beyond that first run. Queries left when BUDGET_S
 * is spent are reported as skipped.
 */
public final class QueryBenchMain {
    /**
     * Fewest measured samples of a query: one sample of a multi-second query put the verdict
     * against Oxigraph (also one run) within the run-to-run spread (±50%), so it is a median of 3.
     */
    static final int MIN_SAMPLES = 3;

    private QueryBenchMain() {}

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path queryDir = Path.of(args[1]);
        Path params = Path.of(args[2]);
        String paper = args[3];
        double cap = Double.parseDouble(args[4]);
        double iter = Double.parseDouble(args[5]);
        long deadline = System.nanoTime() + (long) (Double.parseDouble(args[6]) * 1e9);
        Path out = Path.of(args[7]);
        String jmhLog = args[8];
        List<String> names = List.of(args).subList(9, args.length);

        Dataset ds = Store.open(db);
        QueryCatalog catalog = QueryCatalog.load(queryDir);
        Map<String, Map<String, String>> values = BenchParams.load(params, paper);
        ExecutorService probeThread = Executors.newSingleThreadExecutor();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out), true)) {
            for (String name : names) {
                JsonObject row = new JsonObject();
                row.addProperty("query", name);
                if (System.nanoTime() > deadline) {
                    row.addProperty("skipped", "stage budget spent");
                    w.println(row);
                    continue;
                }
                CannedQuery q = catalog.get(name);
                Map<String, String> v = values.getOrDefault(name, Map.of());
                QueryRunner capped = new QueryRunner(Duration.ofMillis((long) (cap * 1000)));
                long t0 = System.nanoTime();
                Future<?> probe =
                        probeThread.submit(() -> QueryBench.execute(capped, ds, q, v, x -> {}));
                try {
                    // Jena 5.6.0 misses its timeout on some query shapes: wait a little longer,
                    // then give up on the query (its thread keeps running; say so).
                    probe.get((long) (cap * 1000) + 5000, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    probe.cancel(true);
                    row.addProperty("capped_s", cap);
                    row.addProperty("runaway", true);
                    w.println(row);
                    probeThread = Executors.newSingleThreadExecutor();
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    double s = (System.nanoTime() - t0) / 1e9;
                    if (s >= cap * 0.95) {
                        row.addProperty("capped_s", cap);
                    } else {
                        row.addProperty("error", String.valueOf(e.getCause()));
                    }
                    w.println(row);
                    continue;
                }
                double probeMs = (System.nanoTime() - t0) / 1e6;
                row.addProperty("probe_ms", probeMs);
                if (probeMs > cap * 1000) {
                    row.addProperty("capped_s", cap);
                    w.println(row);
                    continue;
                }
                ChainedOptionsBuilder o =
                        new OptionsBuilder()
                                .include(QueryBench.class.getName() + ".run$")
                                .forks(0)
                                .shouldFailOnError(true)
                                .output(jmhLog + "." + name)
                                .param("db", db.toString())
                                .param("queries", queryDir.toString())
                                .param("params", params.toString())
                                .param("paper", paper)
                                .param("query", name)
                                .measurementIterations(
                                        probeMs * MIN_SAMPLES > iter * 1000 ? MIN_SAMPLES : 1)
                                .measurementTime(TimeValue.milliseconds((long) (iter * 1000)))
                                .timeout(TimeValue.seconds((long) (cap * 4) + 10));
                if (probeMs >= iter * 1000) {
                    o.warmupIterations(0);
                } else if (probeMs * 100 < iter * 1000) {
                    // A look-up of a few ms runs in a JVM still compiling ARQ and TDB2 (it comes
                    // first): half a second of warm-up measured the JIT, not the query (5x p50).
                    o.warmupIterations(3).warmupTime(TimeValue.milliseconds((long) (iter * 1000)));
                } else {
                    o.warmupIterations(1).warmupTime(TimeValue.milliseconds((long) (iter * 500)));
                }
                try {
                    Collection<RunResult> rr = new Runner(o.build()).run();
                    Statistics st = rr.iterator().next().getPrimaryResult().getStatistics();
                    row.addProperty("p50_ms", st.getPercentile(50));
                    row.addProperty("p99_ms", st.getPercentile(99));
                    row.addProperty("n", st.getN());
                } catch (Exception e) {
                    row.addProperty("error", String.valueOf(e.getMessage()));
                }
                w.println(row);
            }
        } finally {
            probeThread.shutdownNow();
        }
        // A runaway query thread would keep the JVM alive.
        System.exit(0);
    }
}
