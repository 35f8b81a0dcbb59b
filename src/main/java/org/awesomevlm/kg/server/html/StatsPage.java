package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;

/**
 * {@code /stats}: papers per year (SVG bar chart), the most frequent co-author pairs, the most
 * prolific authors and the commonest keywords. Every ranking is aggregated first and labelled for
 * its top rows only, and the pairs are counted among the most prolific authors only, so the page
 * stays affordable on a million papers (it is also cached, see {@link PageCache}).
 */
final class StatsPage {
    private StatsPage() {}

    static final int PAIRS = 40;
    static final int AUTHORS = 20;
    static final int KEYWORDS = 20;

    /** Authors whose co-authors are counted for the pairs table. */
    static final int PAIR_AUTHORS = 300;

    private static final Query YEARS =
            Sparql.parse(
                    """
                    SELECT ?year (COUNT(*) AS ?n) WHERE { ?p dcterms:issued ?year }
                    GROUP BY ?year ORDER BY ?year
                    """);

    private static final Query UNDATED =
            Sparql.parse(
                    """
                    SELECT (COUNT(*) AS ?n) WHERE {
                      ?p a schema:ScholarlyArticle . FILTER NOT EXISTS { ?p dcterms:issued ?y }
                    }
                    """);

    private static final Query TOP_AUTHORS =
            Sparql.parse(
                    """
                    SELECT ?a ?n ?name WHERE {
                      { SELECT ?a (COUNT(*) AS ?n) WHERE { ?p dcterms:creator ?a }
                        GROUP BY ?a ORDER BY DESC(?n) LIMIT %d }
                      OPTIONAL { ?a schema:name ?name }
                    } ORDER BY DESC(?n) ?name
                    """
                            .formatted(PAIR_AUTHORS));

    private static final Query COAUTHORS_OF =
            Sparql.parse(
                    """
                    SELECT ?b (COUNT(*) AS ?n) WHERE {
                      ?p dcterms:creator ?a , ?b . FILTER (?b != ?a)
                    } GROUP BY ?b
                    """);

    private static final Query NAME = Sparql.parse("SELECT ?name WHERE { ?a schema:name ?name }");

    private static final Query KEYWORDS_Q =
            Sparql.parse(
                    """
                    SELECT ?k ?n ?label WHERE {
                      { SELECT ?k (COUNT(*) AS ?n) WHERE { ?p av:keyword ?k }
                        GROUP BY ?k ORDER BY DESC(?n) LIMIT %d }
                      OPTIONAL { ?k skos:prefLabel ?label }
                    } ORDER BY DESC(?n) ?label
                    """
                            .formatted(KEYWORDS));

    record Pair(Ref a, Ref b, long papers) {}

    static String render(Dataset ds, Links links) {
        Map<String, Object> m = new HashMap<>();
        m.put("base", links.base());
        m.put("title", "Statistics");
        Txn.executeRead(ds, () -> fill(ds, links, m));
        return Templates.render("stats", m);
    }

    private static void fill(Dataset ds, Links links, Map<String, Object> m) {
        List<String> years = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, YEARS)) {
            years.add(r.str("year"));
            counts.add(r.num("n"));
        }
        m.put("chart", BarChart.of(years, counts, "Papers per year"));
        m.put("hasYears", !years.isEmpty());
        long undated = Sparql.select(ds, UNDATED).get(0).num("n");
        m.put("undated", undated);
        m.put("hasUndated", undated > 0);
        Map<String, Ref> top = new LinkedHashMap<>();
        List<Ref> authors = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, TOP_AUTHORS)) {
            String a = r.iri("a");
            if (top.containsKey(a)) {
                continue; // a second spelling of the name
            }
            Ref ref = person(links, a, r.str("name"));
            top.put(a, ref);
            if (authors.size() < AUTHORS) {
                authors.add(new Ref(ref.label(), ref.href(), Long.toString(r.num("n"))));
            }
        }
        m.put("authors", authors);
        m.put("pairs", pairs(ds, links, top));
        m.put("pairAuthors", PAIR_AUTHORS);
        List<Ref> keywords = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, KEYWORDS_Q)) {
            String k = r.iri("k");
            String label = r.str("label") == null ? k : r.str("label");
            keywords.add(new Ref(label, links.local(k), Long.toString(r.num("n"))));
        }
        m.put("keywords", keywords);
    }

    // Joint papers of every pair with at least one author among the most prolific ones.
    private static List<Pair> pairs(Dataset ds, Links links, Map<String, Ref> top) {
        Map<List<String>, Long> joint = new HashMap<>();
        for (String a : top.keySet()) {
            for (Sparql.Row r : Sparql.select(ds, COAUTHORS_OF, Map.of("a", Sparql.iri(a)))) {
                String b = r.iri("b");
                List<String> key = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
                joint.put(key, r.num("n"));
            }
        }
        List<Map.Entry<List<String>, Long>> ranked = new ArrayList<>(joint.entrySet());
        ranked.sort(
                Comparator.comparing((Map.Entry<List<String>, Long> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().toString()));
        List<Pair> out = new ArrayList<>();
        for (var e : ranked.subList(0, Math.min(PAIRS, ranked.size()))) {
            out.add(
                    new Pair(
                            ref(ds, links, top, e.getKey().get(0)),
                            ref(ds, links, top, e.getKey().get(1)),
                            e.getValue()));
        }
        return out;
    }

    private static Ref ref(Dataset ds, Links links, Map<String, Ref> top, String person) {
        Ref known = top.get(person);
        if (known != null) {
            return known;
        }
        List<Sparql.Row> rows = Sparql.select(ds, NAME, Map.of("a", Sparql.iri(person)));
        return person(links, person, rows.isEmpty() ? null : rows.get(0).str("name"));
    }

    private static Ref person(Links links, String iri, String name) {
        return new Ref(name == null ? iri : name, links.local(iri));
    }
}
