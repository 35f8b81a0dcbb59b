package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.vocab.AV;

/**
 * {@code /search?q=}: papers whose title or digest matches, or whose authors or concepts match,
 * ranked by the best Lucene score; plus the matching people and concepts.
 */
final class SearchPage {
    private SearchPage() {}

    static final int MAX_PAPERS = 100;
    static final int MAX_SUBJECTS = 500;
    static final int PAPERS_PER_MATCH = 200;
    // Papers found through an author or a concept rank a little below direct title/digest hits.
    private static final float INDIRECT = 0.8f;

    private static final Query HITS =
            Sparql.parse(
                    "SELECT ?s ?score ?type WHERE { (?s ?score) text:query (?q "
                            + MAX_SUBJECTS
                            + ") . ?s a ?type }");

    private static final Query BY_PERSON =
            Sparql.parse(
                    "SELECT DISTINCT ?paper WHERE { ?paper dcterms:creator ?s } LIMIT "
                            + PAPERS_PER_MATCH);

    private static final Query BY_CONCEPT =
            Sparql.parse(
                    """
                    SELECT DISTINCT ?paper WHERE {
                      { VALUES ?rel { av:keyword av:modality av:dataset av:modelFamily av:task
                                      av:researchArea dcterms:subject av:introducesModel }
                        ?paper ?rel ?s . ?paper a schema:ScholarlyArticle }
                      UNION { ?entry av:inSection ?s ; av:describes ?paper }
                    } LIMIT %d
                    """
                            .formatted(PAPERS_PER_MATCH));

    private static final Query LABEL =
            Sparql.parse(
                    """
                    SELECT ?label ?title ?year WHERE {
                      OPTIONAL { ?s skos:prefLabel|schema:name ?label }
                      OPTIONAL { ?s dcterms:title ?title } OPTIONAL { ?s dcterms:issued ?year }
                    } LIMIT 1
                    """);

    record Hit(PaperRow paper, String why) {}

    private static final class Found {
        float score;
        final Set<String> why = new LinkedHashSet<>();
    }

    static String render(Dataset ds, TextSearch search, String q, Links links) {
        Map<String, Object> m = new HashMap<>();
        m.put("base", links.base());
        String query = q == null ? "" : q.strip();
        m.put("q", query);
        m.put("title", query.isEmpty() ? "Search" : "Search: " + query);
        m.put("searched", !query.isEmpty());
        if (query.isEmpty()) {
            m.put("hits", List.of());
            return Templates.render("search", m);
        }
        if (!search.awaitReady(20)) {
            m.put("building", true);
            m.put("hits", List.of());
            return Templates.render("search", m);
        }
        Txn.executeRead(ds, () -> fill(ds, search, query, links, m));
        return Templates.render("search", m);
    }

    private static void fill(
            Dataset ds, TextSearch search, String query, Links links, Map<String, Object> m) {
        Map<String, Float> score = new LinkedHashMap<>();
        Map<String, Set<String>> types = new HashMap<>();
        for (Sparql.Row r : search.select(HITS, query, Map.of())) {
            String s = r.iri("s");
            if (s == null) {
                continue;
            }
            score.merge(s, (float) r.dbl("score"), Math::max);
            types.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(r.iri("type"));
        }
        Map<String, Found> papers = new HashMap<>();
        List<Ref> people = new ArrayList<>();
        List<Ref> concepts = new ArrayList<>();
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).split("\\s+"));
        for (var e : score.entrySet()) {
            String s = e.getKey();
            Set<String> t = types.get(s);
            Sparql.Row info = Sparql.select(ds, LABEL, Map.of("s", Sparql.iri(s))).get(0);
            if (t.contains(AV.Schema.ScholarlyArticle.getURI())) {
                String title = info.str("title") == null ? "" : info.str("title");
                String lower = title.toLowerCase(Locale.ROOT);
                boolean inTitle = words.stream().anyMatch(lower::contains);
                found(papers, s, e.getValue()).why.add(inTitle ? "title" : "digest");
            } else if (t.contains(AV.Schema.Person.getURI())) {
                String name = info.str("label") == null ? s : info.str("label");
                people.add(new Ref(name, links.local(s)));
                for (Sparql.Row r : Sparql.select(ds, BY_PERSON, Map.of("s", Sparql.iri(s)))) {
                    found(papers, r.iri("paper"), e.getValue() * INDIRECT)
                            .why
                            .add("author " + name);
                }
            } else {
                String label = info.str("label") == null ? s : info.str("label");
                List<String> kinds = Kinds.conceptKinds(t);
                String kind = kinds.isEmpty() ? "concept" : kinds.get(0).toLowerCase(Locale.ROOT);
                concepts.add(new Ref(label, links.local(s), kind));
                for (Sparql.Row r : Sparql.select(ds, BY_CONCEPT, Map.of("s", Sparql.iri(s)))) {
                    found(papers, r.iri("paper"), e.getValue() * INDIRECT)
                            .why
                            .add(kind + " " + label);
                }
            }
        }
        List<Map.Entry<String, Found>> ranked = new ArrayList<>(papers.entrySet());
        ranked.sort(
                Comparator.comparing((Map.Entry<String, Found> x) -> -x.getValue().score)
                        .thenComparing(Map.Entry::getKey));
        List<Hit> hits = new ArrayList<>();
        for (var e : ranked.subList(0, Math.min(MAX_PAPERS, ranked.size()))) {
            Sparql.Row info = Sparql.select(ds, LABEL, Map.of("s", Sparql.iri(e.getKey()))).get(0);
            PaperRow row =
                    new PaperRow(
                            info.str("title") == null ? e.getKey() : info.str("title"),
                            links.local(e.getKey()),
                            info.str("year"),
                            Authors.of(ds, e.getKey(), links, PaperRow.AUTHORS_SHOWN));
            hits.add(new Hit(row, "matched: " + String.join("; ", e.getValue().why)));
        }
        m.put("hits", hits);
        m.put("paperCount", papers.size());
        m.put("truncated", papers.size() > hits.size());
        m.put("people", people);
        m.put("concepts", concepts);
    }

    private static Found found(Map<String, Found> papers, String paper, float score) {
        Found f = papers.computeIfAbsent(paper, k -> new Found());
        f.score = Math.max(f.score, score);
        return f;
    }
}
