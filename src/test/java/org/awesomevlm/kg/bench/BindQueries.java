package org.awesomevlm.kg.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Query;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.QueryCatalog;

/**
 * Writes every canned query with the benchmark's parameters bound, as plain SPARQL, so other
 * engines (Oxigraph) and HTTP clients run exactly the query text the server would.
 *
 * <p>{@code BindQueries QUERY_DIR PARAMS_FILE PAPER_IRI OUT_DIR}
 */
public final class BindQueries {
    private BindQueries() {}

    public static void main(String[] args) throws Exception {
        QueryCatalog catalog = QueryCatalog.load(Path.of(args[0]));
        Map<String, Map<String, String>> params = BenchParams.load(Path.of(args[1]), args[2]);
        Path out = Files.createDirectories(Path.of(args[3]));
        for (CannedQuery q : catalog.all()) {
            try {
                Query bound = q.bind(params.getOrDefault(q.name(), Map.of()));
                String text = bound.serialize();
                // The serializer writes IRIs relative to the query's base without a BASE line.
                if (bound.getBaseURI() != null && !text.startsWith("BASE")) {
                    text = "BASE <" + bound.getBaseURI() + ">\n" + text;
                }
                Files.writeString(out.resolve(q.name() + ".rq"), text, StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                System.err.println("bench: skipping " + q.name() + ": " + e.getMessage());
            }
        }
    }
}
