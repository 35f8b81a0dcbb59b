package org.awesomevlm.kg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.query.SparqlTarget;
import org.awesomevlm.kg.store.Store;
import picocli.CommandLine.Option;

/**
 * Shared {@code --endpoint URL} option (a picocli mixin): query a remote SPARQL 1.1 endpoint
 * instead of the local database.
 */
final class TargetOptions {
    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description =
                    "Query this SPARQL 1.1 endpoint over HTTP instead of the database, e.g."
                            + " http://localhost:3030/kg/sparql (add ?default-graph-uri=IRI to"
                            + " pick a graph).")
    String endpoint;

    /**
     * The endpoint when one is given, else the database of {@code db}.
     *
     * @throws KgException when the URL is malformed, both are given or there is no database
     */
    SparqlTarget target(DbOptions db) {
        if (endpoint != null) {
            if (db.db != null) {
                throw new KgException((String) null, 0, "give either --db or --endpoint, not both");
            }
            return SparqlTarget.endpoint(endpoint);
        }
        Path dir = db.db();
        if (!Files.isDirectory(dir)) {
            throw new KgException(
                    dir,
                    0,
                    "no database here (run kg import and kg load first, or give --endpoint URL)");
        }
        return SparqlTarget.local(Store.open(dir));
    }
}
