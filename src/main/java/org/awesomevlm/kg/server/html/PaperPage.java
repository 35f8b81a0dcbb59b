package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.awesomevlm.kg.vocab.AV;

/** The page of one paper: every field, authors in order, concepts, links out and the digest. */
final class PaperPage {
    private PaperPage() {}

    private static final Query FIELDS = Sparql.parse("SELECT ?prop ?o WHERE { ?paper ?prop ?o }");

    private static final Query CONCEPTS =
            Sparql.parse(
                    """
                    SELECT DISTINCT ?rel ?c ?label WHERE {
                      VALUES ?rel { av:keyword av:modality av:dataset av:modelFamily av:task
                                    av:researchArea dcterms:subject }
                      ?paper ?rel ?c .
                      OPTIONAL { ?c skos:prefLabel ?label }
                    } ORDER BY LCASE(STR(?label))
                    """);

    private static final Query MODELS =
            Sparql.parse(
                    """
                    SELECT ?m ?name WHERE {
                      ?paper av:introducesModel ?m . OPTIONAL { ?m schema:name ?name }
                    } ORDER BY ?name
                    """);

    private static final Query PLACES =
            Sparql.parse(
                    """
                    SELECT ?entry ?list ?listTitle ?section ?label WHERE {
                      ?entry av:describes ?paper .
                      OPTIONAL { ?entry av:inList ?list . OPTIONAL { ?list dcterms:title ?listTitle } }
                      OPTIONAL { ?entry av:inSection ?section .
                                 OPTIONAL { ?section skos:prefLabel ?label } }
                    } ORDER BY STR(?entry)
                    """);

    private static final Query ENTRY_LINKS =
            Sparql.parse(
                    """
                    SELECT ?ord ?label ?url WHERE {
                      ?entry av:describes ?paper ; av:hasLink ?link .
                      ?link schema:url ?url .
                      OPTIONAL { ?link av:ordinal ?ord } OPTIONAL { ?link av:linkLabel ?label }
                    } ORDER BY STR(?entry) ?ord
                    """);

    private static final Map<String, String> KIND_TITLES = new LinkedHashMap<>();

    static {
        KIND_TITLES.put(AV.NS + "keyword", "Keywords");
        KIND_TITLES.put(AV.NS + "modality", "Modalities");
        KIND_TITLES.put(AV.NS + "dataset", "Datasets");
        KIND_TITLES.put(AV.NS + "modelFamily", "Model families");
        KIND_TITLES.put(AV.NS + "task", "Tasks");
        KIND_TITLES.put(AV.NS + "researchArea", "Research areas");
        KIND_TITLES.put("http://purl.org/dc/terms/subject", "Subjects");
    }

    static String render(Dataset ds, String iri, Links links) {
        Map<String, RDFNode> p = Map.of("paper", Sparql.iri(iri));
        Map<String, List<String>> f = new HashMap<>();
        for (Sparql.Row r : Sparql.select(ds, FIELDS, p)) {
            f.computeIfAbsent(r.iri("prop"), k -> new ArrayList<>()).add(r.str("o"));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("base", links.base());
        String title = first(f, "http://purl.org/dc/terms/title");
        m.put("title", title == null ? iri : title);
        m.put("iri", iri);
        m.put("year", first(f, "http://purl.org/dc/terms/issued"));
        m.put("venue", first(f, AV.venue.getURI()));
        m.put("kinds", Kinds.paperKinds(f.getOrDefault(RDF_TYPE, List.of())));
        m.put("authors", Authors.of(ds, iri, links, 0));
        m.put("authorsPlaceholder", Authors.placeholder(ds, iri));
        m.put("facts", facts(f));
        m.put("linksOut", linksOut(ds, f, p));
        m.put("conceptGroups", conceptGroups(ds, p, links));
        m.put("models", models(ds, p, links));
        m.put("places", places(ds, p, links));
        String digest = first(f, AV.digest.getURI());
        m.put("digestHtml", Digest.toHtml(digest));
        m.put("artefacts", f.getOrDefault(AV.hasArtefact.getURI(), List.of()));
        return Templates.render("paper", m);
    }

    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private static String first(Map<String, List<String>> f, String prop) {
        List<String> v = f.get(prop);
        return v == null || v.isEmpty() ? null : v.stream().sorted().findFirst().orElse(null);
    }

    private static List<Ref> facts(Map<String, List<String>> f) {
        List<Ref> out = new ArrayList<>();
        add(out, "Year", first(f, "http://purl.org/dc/terms/issued"));
        add(out, "Venue", first(f, AV.venue.getURI()));
        add(out, "arXiv", first(f, AV.Fabio.hasArXivId.getURI()));
        add(out, "DOI", first(f, AV.Fabio.doi.getURI()));
        return out;
    }

    private static void add(List<Ref> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(new Ref(label, null, value));
        }
    }

    private static List<Ref> linksOut(
            Dataset ds, Map<String, List<String>> f, Map<String, RDFNode> p) {
        // Keyed by URL so the same target named twice (paper URL and entry link) shows once.
        Map<String, Ref> out = new LinkedHashMap<>();
        String arxiv = first(f, AV.Fabio.hasArXivId.getURI());
        if (arxiv != null) {
            put(out, "arXiv " + arxiv, Links.arxiv(arxiv));
        }
        String doi = first(f, AV.Fabio.doi.getURI());
        if (doi != null) {
            put(out, "DOI " + doi, Links.doi(doi));
        }
        for (String u : f.getOrDefault(AV.paperUrl.getURI(), List.of())) {
            put(out, "Paper", Links.external(u));
        }
        for (String u : f.getOrDefault(AV.Schema.codeRepository.getURI(), List.of())) {
            put(out, "Code", Links.external(u));
        }
        for (String u : f.getOrDefault(AV.projectUrl.getURI(), List.of())) {
            put(out, "Project", Links.external(u));
        }
        for (Sparql.Row r : Sparql.select(ds, ENTRY_LINKS, p)) {
            String label = r.str("label") == null ? "link" : r.str("label");
            put(out, label, Links.external(r.str("url")));
        }
        return new ArrayList<>(out.values());
    }

    private static void put(Map<String, Ref> out, String label, String safeUrl) {
        if (safeUrl != null) {
            out.putIfAbsent(safeUrl, new Ref(label, safeUrl, safeUrl));
        }
    }

    record Group(String title, List<Ref> items) {}

    private static List<Group> conceptGroups(Dataset ds, Map<String, RDFNode> p, Links links) {
        Map<String, Map<String, Ref>> byKind = new LinkedHashMap<>();
        KIND_TITLES.keySet().forEach(k -> byKind.put(k, new LinkedHashMap<>()));
        for (Sparql.Row r : Sparql.select(ds, CONCEPTS, p)) {
            String c = r.iri("c");
            if (c == null) {
                continue;
            }
            String label = r.str("label") == null ? c : r.str("label");
            byKind.get(r.iri("rel")).putIfAbsent(c, new Ref(label, links.local(c)));
        }
        // dcterms:subject repeats the specific properties; show it only for concepts not seen yet.
        Set<String> seen = new LinkedHashSet<>();
        List<Group> out = new ArrayList<>();
        byKind.forEach(
                (kind, refs) -> {
                    List<Ref> items = new ArrayList<>();
                    refs.forEach(
                            (c, ref) -> {
                                if (seen.add(c)) {
                                    items.add(ref);
                                }
                            });
                    if (!items.isEmpty()) {
                        out.add(new Group(KIND_TITLES.get(kind), items));
                    }
                });
        return out;
    }

    private static List<Ref> models(Dataset ds, Map<String, RDFNode> p, Links links) {
        List<Ref> out = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, MODELS, p)) {
            String name = r.str("name") == null ? r.iri("m") : r.str("name");
            out.add(new Ref(name, links.local(r.iri("m"))));
        }
        return out;
    }

    private static List<Ref> places(Dataset ds, Map<String, RDFNode> p, Links links) {
        List<Ref> out = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, PLACES, p)) {
            String section = r.iri("section");
            if (section == null) {
                continue;
            }
            String label = r.str("label") == null ? section : r.str("label");
            out.add(new Ref(label, links.local(section), r.str("listTitle")));
        }
        return out;
    }
}
