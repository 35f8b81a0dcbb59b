package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;

/** The home page: what the graph holds, its counts, the sections tree with papers, the queries. */
final class HomePage {
    private HomePage() {}

    /** Papers shown under one section; the section page has the rest. */
    static final int PAPERS_PER_SECTION = 5;

    /** Papers shown on the whole page, so a list of a million papers still gives a small page. */
    static final int PAPERS_ON_PAGE = 200;

    private static final String[][] COUNTED = {
        {"papers", "Papers", "?x a schema:ScholarlyArticle"},
        {"people", "Authors", "?x a schema:Person"},
        {"keywords", "Keywords", "?x a av:Keyword"},
        {"modalities", "Modalities", "?x a av:Modality"},
        {"datasets", "Datasets", "?x a av:Dataset"},
        {"families", "Model families", "?x a av:ModelFamily"},
        {"tasks", "Tasks", "?x a av:Task"},
        {"areas", "Research areas", "?x a av:ResearchArea"},
        {"models", "Models", "?x a av:Model"},
        {"surveys", "Surveys", "?x a fabio:ReviewArticle"},
        {"sections", "Sections", "?x a av:Section"},
    };

    private static final Query COUNTS = countsQuery();

    private static Query countsQuery() {
        StringBuilder sb = new StringBuilder("SELECT * WHERE {\n");
        for (String[] c : COUNTED) {
            sb.append("  { SELECT (COUNT(*) AS ?")
                    .append(c[0])
                    .append(") WHERE { ")
                    .append(c[2])
                    .append(" } }\n");
        }
        return Sparql.parse(sb.append("}").toString());
    }

    private static final Query LISTS =
            Sparql.parse(
                    """
                    SELECT ?list ?title WHERE {
                      ?list a av:AwesomeList . OPTIONAL { ?list dcterms:title ?title }
                    } ORDER BY ?title
                    """);

    private static final Query SECTIONS =
            Sparql.parse(
                    """
                    SELECT ?s ?label ?parent ?list ?order ?level (COUNT(DISTINCT ?e) AS ?n) WHERE {
                      ?s a av:Section .
                      FILTER NOT EXISTS { ?s av:isTableOfContents true }
                      OPTIONAL { ?s skos:prefLabel ?label }
                      OPTIONAL { ?s skos:broader ?parent }
                      OPTIONAL { ?s av:inList ?list }
                      OPTIONAL { ?s av:order ?order }
                      OPTIONAL { ?s av:headingLevel ?level }
                      OPTIONAL { ?e av:inSection ?s ; av:describes ?paper }
                    } GROUP BY ?s ?label ?parent ?list ?order ?level ORDER BY ?list ?order ?label
                    """);

    private static final Query SECTION_PAPERS =
            Sparql.parse(
                    """
                    SELECT ?paper ?title ?year WHERE {
                      ?e av:inSection ?s ; av:describes ?paper .
                      OPTIONAL { ?e av:position ?pos }
                      OPTIONAL { ?paper dcterms:title ?title }
                      OPTIONAL { ?paper dcterms:issued ?year }
                    } ORDER BY ?pos LIMIT %d
                    """
                            .formatted(PAPERS_PER_SECTION));

    record Count(String label, long value) {}

    record SectionView(
            String label, String href, int depth, long count, List<PaperRow> papers, long more) {
        boolean hasMore() {
            return more > 0;
        }

        boolean top() {
            return depth == 0;
        }
    }

    static String render(Dataset ds, List<Ref> queries, Links links) {
        Map<String, Object> m = new HashMap<>();
        Txn.executeRead(ds, () -> fill(ds, links, m));
        m.put("base", links.base());
        m.put("queries", queries);
        return Templates.render("home", m);
    }

    private static void fill(Dataset ds, Links links, Map<String, Object> m) {
        Sparql.Row counts = Sparql.select(ds, COUNTS).get(0);
        List<Count> shown = new ArrayList<>();
        for (String[] c : COUNTED) {
            shown.add(new Count(c[1], counts.num(c[0])));
        }
        m.put("counts", shown);
        List<String> titles = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, LISTS)) {
            titles.add(r.str("title") == null ? r.iri("list") : r.str("title"));
        }
        m.put("title", titles.isEmpty() ? "Awesome VLM knowledge graph" : titles.get(0));
        m.put("otherLists", titles.size() > 1 ? titles.subList(1, titles.size()) : List.of());
        m.put("sections", sections(ds, links));
    }

    private static List<SectionView> sections(Dataset ds, Links links) {
        Map<String, Sparql.Row> rows = new LinkedHashMap<>();
        for (Sparql.Row r : Sparql.select(ds, SECTIONS)) {
            rows.putIfAbsent(r.iri("s"), r);
        }
        // Totals include the papers of narrower sections (year groups, subsections).
        Map<String, Long> total = new HashMap<>();
        for (Sparql.Row r : rows.values()) {
            long n = r.num("n");
            String s = r.iri("s");
            for (int guard = 0; s != null && guard < 64; guard++) {
                total.merge(s, n, Long::sum);
                Sparql.Row up = rows.get(s);
                s = up == null ? null : up.iri("parent");
            }
        }
        List<SectionView> out = new ArrayList<>();
        int budget = PAPERS_ON_PAGE;
        for (Sparql.Row r : rows.values()) {
            String s = r.iri("s");
            if (isTitle(r)) {
                continue; // the list's "# title" heading: the page's h1 already
            }
            List<PaperRow> papers = new ArrayList<>();
            long direct = r.num("n");
            if (direct > 0 && budget > 0) {
                for (Sparql.Row p : Sparql.select(ds, SECTION_PAPERS, Map.of("s", Sparql.iri(s)))) {
                    papers.add(PaperRow.of(ds, p, links));
                }
                budget -= papers.size();
            }
            String label = r.str("label") == null ? s : r.str("label");
            out.add(
                    new SectionView(
                            label,
                            links.local(s),
                            depth(rows, s),
                            total.getOrDefault(s, 0L),
                            papers,
                            direct - papers.size()));
        }
        return out;
    }

    private static int depth(Map<String, Sparql.Row> rows, String s) {
        int d = 0;
        Sparql.Row r = rows.get(s);
        for (int guard = 0; r != null && r.iri("parent") != null && guard < 64; guard++) {
            r = rows.get(r.iri("parent"));
            if (r != null && !isTitle(r)) {
                d++;
            }
        }
        return Math.min(d, 6);
    }

    private static boolean isTitle(Sparql.Row r) {
        return r.num("level") == 1;
    }
}
