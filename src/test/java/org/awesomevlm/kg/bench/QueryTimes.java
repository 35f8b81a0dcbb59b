package org.awesomevlm.kg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.store.Store;

/**
 * In-process latency of canned queries, one JSON line per query in the shape of
 * bench/oxigraph/run.mjs (p50/p99 wall ms, plus CPU ms per run), so both can be read side by side.
 *
 * <p>{@code QueryTimes DB QUERY_DIR PARAMS PAPER_IRI SECONDS_PER_QUERY [NAMES,...] [--raw]}: {@code
 * --raw} opens the TDB2 database without the project's {@link Store} (its default graph as stored),
 * to compare layouts.
 */
public final class QueryTimes {
    private QueryTimes() {}

    public static void main(String[] args) {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        boolean raw = a.remove("--raw");
        Path db = Path.of(a.get(0));
        QueryCatalog catalog = QueryCatalog.load(Path.of(a.get(1)));
        Map<String, Map<String, String>> params = BenchParams.load(Path.of(a.get(2)), a.get(3));
        double seconds = Double.parseDouble(a.get(4));
        Set<String> only = a.size() > 5 ? Set.of(a.get(5).split(",")) : null;
        Dataset ds =
                raw
                        ? DatasetFactory.wrap(
                                DatabaseMgr.connectDatasetGraph(Location.create(db.toString())))
                        : Store.open(db);
        QueryRunner runner = new QueryRunner();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (CannedQuery q : catalog.all()) {
            if (only != null ? !only.contains(q.name()) : q.name().startsWith("readme-")) {
                continue;
            }
            Map<String, String> values = params.getOrDefault(q.name(), Map.of());
            long rows;
            try {
                run(runner, ds, q, values);
                rows = run(runner, ds, q, values);
            } catch (RuntimeException e) {
                System.out.printf("{\"query\":\"%s\",\"error\":\"%s\"}%n", q.name(), e);
                continue;
            }
            List<Double> times = new ArrayList<>();
            long cpu0 = mx.getCurrentThreadCpuTime();
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            while (times.size() < 10000 && (times.size() < 5 || System.nanoTime() < deadline)) {
                long t0 = System.nanoTime();
                run(runner, ds, q, values);
                times.add((System.nanoTime() - t0) / 1e6);
            }
            double cpuMs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / times.size();
            times.sort(null);
            System.out.printf(
                    "{\"query\":\"%s\",\"n\":%d,\"rows\":%d,\"p50_ms\":%.3f,\"p99_ms\":%.3f,"
                            + "\"cpu_ms\":%.3f}%n",
                    q.name(), times.size(), rows, pct(times, 50), pct(times, 99), cpuMs);
        }
        System.exit(0);
    }

    private static long run(QueryRunner runner, Dataset ds, CannedQuery q, Map<String, String> v) {
        long[] n = {0};
        if (q.query().isSelectType()) {
            runner.forEach(ds, q, v, s -> n[0]++);
        } else if (q.query().isAskType()) {
            runner.ask(ds, q, v);
            n[0] = 1;
        } else {
            n[0] = runner.construct(ds, q, v).size();
        }
        return n[0];
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p / 100.0 * sorted.size())));
    }
}
