package org.awesomevlm.kg.query;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.KgException;

/** Queries a dataset in this JVM, each inside a read transaction. */
final class LocalTarget implements SparqlTarget {
    private final Dataset ds;

    LocalTarget(Dataset ds) {
        this.ds = ds;
    }

    @Override
    public <T> T execute(Query query, Duration timeout, Function<QueryExecution, T> use) {
        try {
            return Txn.calculateRead(
                    ds,
                    () -> {
                        QueryExecutionDatasetBuilder b = QueryExecution.dataset(ds).query(query);
                        if (timeout != null) {
                            b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                        }
                        try (QueryExecution qe = b.build()) {
                            return use.apply(qe);
                        }
                    });
        } catch (QueryCancelledException e) {
            throw new KgException(describe(), 0, "timed out after " + timeout, e);
        }
    }

    @Override
    public String describe() {
        return "local database";
    }
}
