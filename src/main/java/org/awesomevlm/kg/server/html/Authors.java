package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;

/** The authors of a paper in list order (from the authorships of its first entry). */
final class Authors {
    private Authors() {}

    private static final Query ORDERED =
            Sparql.parse(
                    """
                    SELECT ?entry ?ord ?person ?name ?asWritten WHERE {
                      ?entry av:describes ?paper .
                      ?a av:ofEntry ?entry ; av:ordinal ?ord .
                      OPTIONAL { ?a av:person ?person . OPTIONAL { ?person schema:name ?name } }
                      OPTIONAL { ?a av:nameAsWritten ?asWritten }
                    } ORDER BY STR(?entry) ?ord
                    """);

    private static final Query CREATORS =
            Sparql.parse(
                    """
                    SELECT ?person ?name WHERE {
                      ?paper dcterms:creator ?person .
                      OPTIONAL { ?person schema:name ?name }
                    } ORDER BY LCASE(STR(?name))
                    """);

    private static final Query PLACEHOLDER =
            Sparql.parse(
                    """
                    SELECT ?text WHERE { ?entry av:describes ?paper ; av:authorsPlaceholder ?text }
                    LIMIT 1
                    """);

    /** Authors as links to their person pages; {@code max} caps the list (0 = no cap). */
    static List<Ref> of(Dataset ds, String paperIri, Links links, int max) {
        Map<String, org.apache.jena.rdf.model.RDFNode> p = Map.of("paper", Sparql.iri(paperIri));
        List<Ref> out = new ArrayList<>();
        String firstEntry = null;
        for (Sparql.Row r : Sparql.select(ds, ORDERED, p)) {
            String entry = r.iri("entry");
            if (firstEntry == null) {
                firstEntry = entry;
            } else if (!firstEntry.equals(entry)) {
                break; // a paper listed twice keeps the order of its first entry
            }
            String label = r.str("name") != null ? r.str("name") : r.str("asWritten");
            out.add(new Ref(label == null ? "?" : label, links.local(r.iri("person"))));
        }
        if (out.isEmpty()) {
            // No authorships (e.g. data not from the importer): fall back to dcterms:creator.
            Map<String, Ref> seen = new LinkedHashMap<>();
            for (Sparql.Row r : Sparql.select(ds, CREATORS, p)) {
                String label = r.str("name") != null ? r.str("name") : r.iri("person");
                seen.putIfAbsent(r.iri("person"), new Ref(label, links.local(r.iri("person"))));
            }
            out.addAll(seen.values());
        }
        if (max > 0 && out.size() > max) {
            int more = out.size() - max;
            out = new ArrayList<>(out.subList(0, max));
            out.add(new Ref("+" + more + " more", null));
        }
        return out;
    }

    /** The placeholder text written instead of authors (e.g. "[Authors not provided]"), or null. */
    static String placeholder(Dataset ds, String paperIri) {
        List<Sparql.Row> rows =
                Sparql.select(ds, PLACEHOLDER, Map.of("paper", Sparql.iri(paperIri)));
        return rows.isEmpty() ? null : rows.get(0).str("text");
    }
}
