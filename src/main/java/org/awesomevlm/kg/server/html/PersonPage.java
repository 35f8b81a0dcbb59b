package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;

/** The page of one person: names, papers, co-authors. */
final class PersonPage {
    private PersonPage() {}

    /** Papers shown on one person page; the page says how many more there are. */
    static final int MAX_PAPERS = 200;

    private static final Query NAMES =
            Sparql.parse(
                    """
                    SELECT ?name ?variant WHERE {
                      { ?person schema:name ?name } UNION { ?person av:nameVariant ?variant }
                    }
                    """);

    private static final Query PAPERS =
            Sparql.parse(
                    """
                    SELECT ?paper (SAMPLE(?t) AS ?title) (SAMPLE(?y) AS ?year) WHERE {
                      ?paper dcterms:creator ?person .
                      OPTIONAL { ?paper dcterms:title ?t } OPTIONAL { ?paper dcterms:issued ?y }
                    } GROUP BY ?paper ORDER BY DESC(STR(?year)) LCASE(STR(?title)) LIMIT %d
                    """
                            .formatted(MAX_PAPERS + 1));

    private static final Query PAPER_COUNT =
            Sparql.parse(
                    "SELECT (COUNT(DISTINCT ?paper) AS ?n) WHERE { ?paper dcterms:creator ?person }");

    private static final Query COAUTHORS =
            Sparql.parse(
                    """
                    SELECT ?co (SAMPLE(?nm) AS ?name) (COUNT(DISTINCT ?paper) AS ?n) WHERE {
                      ?paper dcterms:creator ?person , ?co .
                      FILTER (?co != ?person)
                      OPTIONAL { ?co schema:name ?nm }
                    } GROUP BY ?co ORDER BY DESC(?n) LCASE(STR(?name)) LIMIT 200
                    """);

    static String render(Dataset ds, String iri, Links links) {
        Map<String, RDFNode> p = Map.of("person", Sparql.iri(iri));
        String name = null;
        List<String> variants = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, NAMES, p)) {
            if (r.str("name") != null && (name == null || r.str("name").compareTo(name) < 0)) {
                name = r.str("name");
            }
            if (r.str("variant") != null) {
                variants.add(r.str("variant"));
            }
        }
        variants.sort(null);
        List<PaperRow> papers = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, PAPERS, p)) {
            if (papers.size() == MAX_PAPERS) {
                break;
            }
            papers.add(PaperRow.of(ds, r, links));
        }
        long total = Sparql.select(ds, PAPER_COUNT, p).get(0).num("n");
        List<Ref> coauthors = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, COAUTHORS, p)) {
            String label = r.str("name") == null ? r.iri("co") : r.str("name");
            long n = r.num("n");
            coauthors.add(
                    new Ref(label, links.local(r.iri("co")), n + (n == 1 ? " paper" : " papers")));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("base", links.base());
        m.put("title", name == null ? iri : name);
        m.put("iri", iri);
        m.put("variants", variants);
        m.put("papers", papers);
        m.put("paperCount", total);
        m.put("truncated", total > papers.size());
        m.put("coauthors", coauthors);
        return Templates.render("person", m);
    }
}
