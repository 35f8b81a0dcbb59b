package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;

/** {@code /stats}: papers per year (SVG bar chart), co-author pairs, most prolific authors. */
final class StatsPage {
    private StatsPage() {}

    static final int PAIRS = 40;
    static final int AUTHORS = 20;
    static final int KEYWORDS = 20;

    private static final Query YEARS =
            Sparql.parse(
                    """
                    SELECT ?year (COUNT(DISTINCT ?p) AS ?n) WHERE {
                      ?p a schema:ScholarlyArticle ; dcterms:issued ?year .
                    } GROUP BY ?year ORDER BY ?year
                    """);

    private static final Query UNDATED =
            Sparql.parse(
                    """
                    SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
                      ?p a schema:ScholarlyArticle . FILTER NOT EXISTS { ?p dcterms:issued ?y }
                    }
                    """);

    private static final Query PAIRS_Q =
            Sparql.parse(
                    """
                    SELECT ?a ?b (SAMPLE(?an) AS ?aName) (SAMPLE(?bn) AS ?bName) (COUNT(DISTINCT ?p) AS ?n)
                    WHERE {
                      ?p dcterms:creator ?a , ?b . FILTER (STR(?a) < STR(?b))
                      OPTIONAL { ?a schema:name ?an } OPTIONAL { ?b schema:name ?bn }
                    } GROUP BY ?a ?b ORDER BY DESC(?n) ?aName ?bName LIMIT %d
                    """
                            .formatted(PAIRS));

    private static final Query AUTHORS_Q =
            Sparql.parse(
                    """
                    SELECT ?a (SAMPLE(?nm) AS ?name) (COUNT(DISTINCT ?p) AS ?n) WHERE {
                      ?p dcterms:creator ?a . OPTIONAL { ?a schema:name ?nm }
                    } GROUP BY ?a ORDER BY DESC(?n) ?name LIMIT %d
                    """
                            .formatted(AUTHORS));

    private static final Query KEYWORDS_Q =
            Sparql.parse(
                    """
                    SELECT ?k (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?p) AS ?n) WHERE {
                      ?p av:keyword ?k . OPTIONAL { ?k skos:prefLabel ?l }
                    } GROUP BY ?k ORDER BY DESC(?n) ?label LIMIT %d
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
        List<Pair> pairs = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, PAIRS_Q)) {
            pairs.add(
                    new Pair(
                            person(links, r.iri("a"), r.str("aName")),
                            person(links, r.iri("b"), r.str("bName")),
                            r.num("n")));
        }
        m.put("pairs", pairs);
        m.put("authors", ranked(ds, AUTHORS_Q, "a", "name", links));
        m.put("keywords", ranked(ds, KEYWORDS_Q, "k", "label", links));
    }

    private static Ref person(Links links, String iri, String name) {
        return new Ref(name == null ? iri : name, links.local(iri));
    }

    private static List<Ref> ranked(Dataset ds, Query q, String var, String label, Links links) {
        List<Ref> out = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, q)) {
            String iri = r.iri(var);
            out.add(
                    new Ref(
                            r.str(label) == null ? iri : r.str(label),
                            links.local(iri),
                            Long.toString(r.num("n"))));
        }
        return out;
    }
}
