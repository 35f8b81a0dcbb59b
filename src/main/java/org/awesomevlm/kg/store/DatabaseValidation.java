package org.awesomevlm.kg.store;

import java.util.ArrayList;
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
 * TDB2's basic loader uses one core, so on a 2-core machine the validation would otherwise add its
 * whole time to the load.
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
                // One shape at a time: only its focus nodes are held in memory.
                List<Node> focus =
                        Txn.calculateRead(
                                dsg, () -> new ArrayList<>(VLib.focusNodes(union, shape)));
                List<Future<?>> parts = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    ValidationContext vCxt = contexts.get(k);
                    int first = k;
                    parts.add(
                            pool.submit(
                                    () ->
                                            Txn.executeRead(
                                                    dsg,
                                                    () -> {
                                                        for (int i = first;
                                                                i < focus.size();
                                                                i += n) {
                                                            VLib.validateShape(
                                                                    vCxt,
                                                                    union,
                                                                    shape,
                                                                    focus.get(i));
                                                        }
                                                    })));
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
