package org.awesomevlm.kg.query;

import java.time.Duration;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;

/**
 * Where queries run: a local Jena dataset or any SPARQL 1.1 endpoint over HTTP. {@link QueryRunner}
 * and the exporters run over either, so the same canned queries serve the embedded TDB2 store and a
 * remote store.
 */
public interface SparqlTarget {
    /**
     * Runs {@code query} and hands its execution to {@code use}, which consumes the results; the
     * execution is closed afterwards. A local dataset is read inside one read transaction.
     *
     * @param timeout cancel the query after this long (null: never)
     * @throws org.awesomevlm.kg.KgException when the query times out or the endpoint fails
     */
    <T> T execute(Query query, Duration timeout, Function<QueryExecution, T> use);

    /** What the target is, for messages: "local database" or the endpoint URL. */
    String describe();

    /** The target for a dataset in this JVM (TDB2 or in-memory). */
    static SparqlTarget local(Dataset ds) {
        return new LocalTarget(ds);
    }

    /**
     * The target for the SPARQL 1.1 endpoint at {@code url}; the URL may carry protocol parameters
     * such as {@code ?default-graph-uri=...}.
     *
     * @throws org.awesomevlm.kg.KgException when {@code url} is not an absolute http(s) URL
     */
    static SparqlTarget endpoint(String url) {
        return new EndpointTarget(url);
    }
}
