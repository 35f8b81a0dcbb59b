package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.QueryParam;
import org.awesomevlm.kg.vocab.AV;

/**
 * {@code /query}: a SPARQL editor preloaded with the canned queries; {@code static/query.js} sends
 * the text to the SPARQL endpoint and shows the results table.
 */
final class QueryPage {
    private QueryPage() {}

    record Option(
            String name,
            String summary,
            String sparql,
            String params,
            String api,
            boolean selected) {}

    static String render(List<CannedQuery> queries, String selected, Links links) {
        List<Option> options = new ArrayList<>();
        String chosen = null;
        for (CannedQuery q : queries) {
            boolean sel = q.name().equals(selected) || (selected == null && options.isEmpty());
            String text = withoutHeader(q.text());
            if (sel) {
                chosen = text;
            }
            options.add(
                    new Option(
                            q.name(),
                            q.summary(),
                            text,
                            params(q.params()),
                            links.path("/api/" + q.name()),
                            sel));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("base", links.base());
        m.put("title", "SPARQL query");
        m.put("options", options);
        m.put("sparql", chosen != null ? chosen : DEFAULT);
        m.put("endpoint", links.path("/sparql"));
        m.put("iriBase", AV.BASE);
        return Templates.render("query", m);
    }

    static final String DEFAULT =
            """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema:  <http://schema.org/>

            SELECT ?paper ?title ?year WHERE {
              ?paper a schema:ScholarlyArticle ; dcterms:title ?title .
              OPTIONAL { ?paper dcterms:issued ?year }
            } ORDER BY DESC(?year) LIMIT 50
            """;

    // The grlc "#+" header documents the query for the API; the editor shows the SPARQL only.
    static String withoutHeader(String text) {
        return text.lines()
                .dropWhile(l -> l.startsWith("#+") || l.isBlank())
                .collect(Collectors.joining("\n"))
                .strip();
    }

    private static String params(List<QueryParam> params) {
        return params.stream()
                .map(
                        p ->
                                p.name()
                                        + (p.mandatory() ? " (required)" : "")
                                        + (p.description().isEmpty() ? "" : ": " + p.description()))
                .collect(Collectors.joining("; "));
    }
}
