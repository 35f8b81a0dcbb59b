package org.awesomevlm.kg.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryType;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.store.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Latency of each canned query in process (JMH sample time: p50/p99), through the project's {@link
 * QueryRunner} on a TDB2 database, every row consumed. {@link QueryBenchMain} runs it for each
 * query in one JVM, with a time cap per query; the database stays open between queries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBench {
    @Param("db")
    public String db;

    @Param("queries")
    public String queries;

    @Param("bench/params.txt")
    public String params;

    @Param("https://w3id.org/awesome-vlm/paper/x")
    public String paper;

    @Param("papers")
    public String query;

    private Dataset dataset;
    private CannedQuery canned;
    private Map<String, String> values;
    private final QueryRunner runner = new QueryRunner();

    @Setup(Level.Trial)
    public void open() {
        dataset = Store.open(Path.of(db));
        canned = QueryCatalog.load(Path.of(queries)).get(query);
        values = BenchParams.load(Path.of(params), paper).getOrDefault(query, Map.of());
    }

    @Benchmark
    public void run(Blackhole bh) {
        execute(runner, dataset, canned, values, bh::consume);
    }

    /** Runs a canned query of any form once, every row or triple handed to {@code sink}. */
    static void execute(
            QueryRunner runner,
            Dataset dataset,
            CannedQuery canned,
            Map<String, String> values,
            Consumer<Object> sink) {
        QueryType form = canned.queryType();
        if (form == QueryType.SELECT) {
            runner.forEach(dataset, canned, values, sink::accept);
        } else if (form == QueryType.ASK) {
            sink.accept(runner.ask(dataset, canned, values));
        } else {
            sink.accept(runner.construct(dataset, canned, values).size());
        }
    }
}
