package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The page of a concept (keyword, modality, dataset, model family, task, research area, section,
 * year group) or a model: labels, broader and narrower concepts, and its papers.
 */
final class ConceptPage {
    private ConceptPage() {}

    static final int MAX_PAPERS = 200;

    private static final Query LABELS =
            Sparql.parse(
                    """
                    SELECT ?pref ?alt ?name ?scheme WHERE {
                      { ?c skos:prefLabel ?pref } UNION { ?c skos:altLabel ?alt }
                      UNION { ?c schema:name ?name } UNION { ?c skos:inScheme ?scheme }
                    }
                    """);

    private static final Query RELATED =
            Sparql.parse(
                    """
                    SELECT ?dir ?other ?label ?ord WHERE {
                      { ?c skos:broader ?other BIND("broader" AS ?dir) }
                      UNION { ?other skos:broader ?c BIND("narrower" AS ?dir) }
                      UNION { ?c av:modelFamily ?other BIND("family" AS ?dir) }
                      UNION { ?other av:modelFamily ?c ; a av:Model BIND("model" AS ?dir) }
                      OPTIONAL { ?other skos:prefLabel ?pl } OPTIONAL { ?other schema:name ?nm }
                      OPTIONAL { ?other av:order ?ord }
                      BIND(COALESCE(?pl, ?nm) AS ?label)
                    } ORDER BY ?dir ?ord LCASE(STR(?label))
                    """);

    // Papers tagged with the concept, listed under the section (or a narrower one), or
    // introducing the model.
    private static final String PAPERS_WHERE =
            """
            {
              { VALUES ?rel { av:keyword av:modality av:dataset av:modelFamily av:task
                              av:researchArea dcterms:subject av:introducesModel }
                ?paper ?rel ?c . ?paper a schema:ScholarlyArticle }
              UNION { ?s skos:broader* ?c . ?entry av:inSection ?s ; av:describes ?paper }
            }
            """;

    private static final Query PAPERS =
            Sparql.parse(
                    "SELECT ?paper (SAMPLE(?t) AS ?title) (SAMPLE(?y) AS ?year) WHERE { "
                            + PAPERS_WHERE
                            + " OPTIONAL { ?paper dcterms:title ?t }"
                            + " OPTIONAL { ?paper dcterms:issued ?y } }"
                            + " GROUP BY ?paper ORDER BY DESC(STR(?year)) LCASE(STR(?title))"
                            + " LIMIT "
                            + (MAX_PAPERS + 1));

    private static final Query PAPER_COUNT =
            Sparql.parse("SELECT (COUNT(DISTINCT ?paper) AS ?n) WHERE { " + PAPERS_WHERE + " }");

    static String render(Dataset ds, String iri, List<String> types, Links links) {
        Map<String, RDFNode> p = Map.of("c", Sparql.iri(iri));
        String label = null;
        List<String> alt = new ArrayList<>();
        List<Ref> schemes = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, LABELS, p)) {
            for (String v : new String[] {r.str("pref"), r.str("name")}) {
                if (v != null && (label == null || v.compareTo(label) < 0)) {
                    label = v;
                }
            }
            if (r.str("alt") != null) {
                alt.add(r.str("alt"));
            }
            if (r.iri("scheme") != null) {
                String s = r.iri("scheme");
                schemes.add(new Ref(s.substring(s.lastIndexOf('/') + 1), links.local(s)));
            }
        }
        alt.sort(null);
        Map<String, List<Ref>> related = new HashMap<>();
        for (Sparql.Row r : Sparql.select(ds, RELATED, p)) {
            String other = r.iri("other");
            String l = r.str("label") == null ? other : r.str("label");
            related.computeIfAbsent(r.str("dir"), k -> new ArrayList<>())
                    .add(new Ref(l, links.local(other)));
        }
        List<PaperRow> papers = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, PAPERS, p)) {
            if (papers.size() == MAX_PAPERS) {
                break;
            }
            papers.add(PaperRow.of(ds, r, links));
        }
        long total = Sparql.select(ds, PAPER_COUNT, p).get(0).num("n");
        Map<String, Object> m = new HashMap<>();
        m.put("base", links.base());
        m.put("title", label == null ? iri : label);
        m.put("iri", iri);
        m.put("kinds", Kinds.conceptKinds(types));
        m.put("altLabels", alt);
        m.put("schemes", schemes);
        m.put("broader", related.getOrDefault("broader", List.of()));
        m.put("narrower", related.getOrDefault("narrower", List.of()));
        m.put("families", related.getOrDefault("family", List.of()));
        m.put("models", related.getOrDefault("model", List.of()));
        m.put("papers", papers);
        m.put("paperCount", total);
        m.put("truncated", total > papers.size());
        return Templates.render("concept", m);
    }
}
