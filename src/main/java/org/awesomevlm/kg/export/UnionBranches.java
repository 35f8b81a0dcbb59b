package org.awesomevlm.kg.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.awesomevlm.kg.query.SparqlTarget;

/**
 * Runs the branches of a query whose pattern is one UNION as separate queries, each in its own read
 * transaction, on up to as many threads as there are processors. The branches of {@code
 * readme-document} are independent scans; run one after the other they kept one core busy while the
 * other was mostly idle (bench/loader/RESULTS.md, session 9).
 */
final class UnionBranches {
    private UnionBranches() {}

    /**
     * The branches of {@code query} as queries with its projection, prefixes and base, in the order
     * of the UNION; {@code query} itself when its pattern is not one UNION.
     */
    static List<Query> of(Query query) {
        Element pattern = query.getQueryPattern();
        if (pattern instanceof ElementGroup g
                && g.size() == 1
                && g.get(0) instanceof ElementUnion u) {
            pattern = u;
        }
        if (!(pattern instanceof ElementUnion union) || union.getElements().size() < 2) {
            return List.of(query);
        }
        List<Query> branches = new ArrayList<>();
        for (Element e : union.getElements()) {
            Query branch = QueryTransformOps.shallowCopy(query);
            branch.setQueryPattern(e);
            branch.setBaseURI(query.getBaseURI());
            branches.add(branch);
        }
        return branches;
    }

    /**
     * Runs every branch, handing its rows, in the order the branch produced them, to the consumer
     * {@code sink} gives for the branch's index; returns when all are done. The first failure is
     * rethrown once the branches running beside it have ended.
     */
    static void forEach(
            SparqlTarget ds,
            List<Query> branches,
            int threads,
            IntFunction<Consumer<QuerySolution>> sink) {
        int n = Math.max(1, Math.min(threads, branches.size()));
        if (n == 1) {
            for (int i = 0; i < branches.size(); i++) {
                run(ds, branches.get(i), sink.apply(i));
            }
            return;
        }
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        n,
                        r -> {
                            Thread t = new Thread(r, "kg-export-branch");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < branches.size(); i++) {
                Query branch = branches.get(i);
                Consumer<QuerySolution> out = sink.apply(i);
                done.add(pool.submit(() -> run(ds, branch, out)));
            }
            RuntimeException failure = null;
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = unchecked(e.getCause());
                        // the branches not started yet need not run
                        done.forEach(other -> other.cancel(false));
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    // cancelled after a failure, which is rethrown below
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while exporting", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void run(SparqlTarget ds, Query branch, Consumer<QuerySolution> out) {
        ds.execute(
                branch,
                null,
                qe -> {
                    qe.execSelect().forEachRemaining(out);
                    return null;
                });
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
