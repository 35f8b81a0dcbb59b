package org.awesomevlm.kg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.server.html.Pages;
import org.awesomevlm.kg.store.Store;

/**
 * A small timing harness for point look-ups (canned queries on one paper, and the HTML page of a
 * paper), in process: each round cycles through papers of the data so no answer is reused.
 *
 * <p>{@code PointTimes DB QUERY_DIR PARAMS ROUNDS NAME...}; NAME {@code page} is the paper page.
 * Prints per name: median, p90, p99 wall ms and mean thread-CPU ms per call, after a warm-up of
 * ROUNDS calls.
 */
public final class PointTimes {
    private PointTimes() {}

    public static void main(String[] args) {
        Dataset ds = Store.open(Path.of(args[0]));
        QueryCatalog catalog = QueryCatalog.load(Path.of(args[1]));
        Path params = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<String> papers = papers(ds, 2 * rounds);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        QueryRunner runner = new QueryRunner();
        for (String name : List.of(args).subList(4, args.length)) {
            boolean select = !name.equals("page") && catalog.get(name).query().isSelectType();
            for (int pass = 0; pass < 2; pass++) {
                long[] wall = new long[rounds];
                long cpu0 = mx.getCurrentThreadCpuTime();
                int rows = 0;
                for (int i = 0; i < rounds; i++) {
                    String paper = papers.get((pass * rounds + i) % papers.size());
                    long t0 = System.nanoTime();
                    if (name.equals("page")) {
                        rows +=
                                Pages.resourcePage(ds, paper, "").orElseThrow().length() > 0
                                        ? 1
                                        : 0;
                    } else {
                        CannedQuery q = catalog.get(name);
                        Map<String, String> p =
                                new LinkedHashMap<>(
                                        BenchParams.load(params, paper)
                                                .getOrDefault(name, Map.of()));
                        if (select) {
                            rows += runner.select(ds, q, p).size();
                        } else {
                            rows += (int) runner.construct(ds, q, p).size();
                        }
                    }
                    wall[i] = System.nanoTime() - t0;
                }
                long cpu = mx.getCurrentThreadCpuTime() - cpu0;
                if (pass == 0) {
                    continue; // warm-up
                }
                Arrays.sort(wall);
                System.out.printf(
                        "%-16s n=%d p50=%.3f p90=%.3f p99=%.3f cpu/op=%.3f ms rows=%d%n",
                        name,
                        rounds,
                        wall[rounds / 2] / 1e6,
                        wall[rounds * 9 / 10] / 1e6,
                        wall[Math.min(rounds - 1, rounds * 99 / 100)] / 1e6,
                        cpu / 1e6 / rounds,
                        rows);
            }
        }
        System.exit(0);
    }

    private static List<String> papers(Dataset ds, int n) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(
                ds,
                () -> {
                    try (QueryExecution qe =
                            QueryExecution.dataset(ds)
                                    .query(
                                            "SELECT ?p WHERE { ?p a <http://schema.org/ScholarlyArticle>"
                                                    + " } LIMIT "
                                                    + n)
                                    .build()) {
                        qe.execSelect().forEachRemaining(s -> out.add(s.getResource("p").getURI()));
                    }
                });
        return out;
    }
}
