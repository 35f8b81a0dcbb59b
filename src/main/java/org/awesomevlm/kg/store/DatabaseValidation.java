package org.awesomevlm.kg.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * SHACL validation of a committed TDB2 database's union graph, the focus nodes of each shape shared
 * out among several threads, each in its own read transaction.
 *
 * <p>Why on the database and not on a copy kept while loading: a copy of the triples the shapes
 * look at takes about seven times the Turtle's size in heap (4.4 GB at 10^5 papers, more than the
 * machine has at 10^6), while the database is already there, memory-mapped. Why several threads:
 * the check runs after the loader has finished, so one thread would leave the other cores idle for
 * its whole time.
 */
final class DatabaseValidation {
    private DatabaseValidation() {}

    /**
     * The report entries (all severities) of validating {@code dsg}'s union graph against {@code
     * shapes} with {@code threads} threads; the same entries as Jena's {@code
     * ShaclValidator.validate(shapes, unionGraph)}, in another order.
     */
    static List<ReportEntry> validate(Shapes shapes, DatasetGraph dsg, int threads) {
        int n = Math.max(1, threads);
        // One context per part for the whole run: it collects that part's report entries. The
        // union graph is a view that reads whichever transaction the calling thread is in.
        Graph union = dsg.getUnionGraph();
        List<ValidationContext> contexts = new ArrayList<>();
        Txn.executeRead(
                dsg,
                () -> {
                    for (int k = 0; k < n; k++) {
                        contexts.add(ValidationContext.create(shapes, union));
                    }
                });
        ExecutorService pool = Executors.newFixedThreadPool(n, DatabaseValidation::daemon);
        try {
            for (Shape shape : shapes.getTargetShapes()) {
                // One shape at a time: only its focus nodes are held in memory, once (each part
                // walks the whole collection and takes every n-th node: no copy to index into,
                // which at 10^6 papers would hold millions of nodes twice).
                Collection<Node> focus =
                        Txn.calculateRead(dsg, () -> VLib.focusNodes(union, shape));
                List<Future<?>> parts = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    ValidationContext vCxt = contexts.get(k);
                    int first = k;
                    parts.add(
                            pool.submit(
                                    () ->
                                            Txn.executeRead(
                                                    dsg,
                                                    () ->
                                                            validatePart(
                                                                    vCxt, union, shape, focus,
                                                                    first, n))));
                }
                for (Future<?> f : parts) {
                    join(f);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<ReportEntry> entries = new ArrayList<>();
        for (ValidationContext c : contexts) {
            entries.addAll(c.generateReport().getEntries());
        }
        return entries;
    }

    /** Validates the focus nodes at positions first, first + n, first + 2n, ... */
    private static void validatePart(
            ValidationContext vCxt,
            Graph union,
            Shape shape,
            Collection<Node> focus,
            int first,
            int n) {
        int i = 0;
        for (Node node : focus) {
            if (i++ % n == first) {
                VLib.validateShape(vCxt, union, shape, node);
            }
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "kg-validate");
        t.setDaemon(true);
        return t;
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
