package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.awesomevlm.kg.vocab.AV;

/**
 * The page of any other minted resource (list, entry, authorship, line, link, block, scheme): its
 * statements and what points at it.
 */
final class GenericPage {
    private GenericPage() {}

    static final int MAX_INCOMING = 300;

    private static final PrefixMapping PREFIXES =
            PrefixMapping.Factory.create()
                    .setNsPrefix("av", AV.NS)
                    .setNsPrefix("avr", AV.BASE)
                    .setNsPrefixes(PrefixMapping.Standard)
                    .setNsPrefix("schema", AV.SCHEMA)
                    .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                    .setNsPrefix("fabio", AV.FABIO)
                    .setNsPrefix("bibo", AV.BIBO)
                    .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                    .lock();

    private static final Query OUT =
            Sparql.parse(
                    """
                    SELECT ?prop ?o ?label WHERE {
                      ?s ?prop ?o .
                      OPTIONAL { ?o skos:prefLabel|schema:name|dcterms:title ?label }
                    } ORDER BY ?prop STR(?o)
                    """);

    private static final Query IN =
            Sparql.parse(
                    """
                    SELECT ?x ?prop ?label WHERE {
                      ?x ?prop ?s .
                      OPTIONAL { ?x skos:prefLabel|schema:name|dcterms:title ?label }
                    } ORDER BY ?prop STR(?x) LIMIT %d
                    """
                            .formatted(MAX_INCOMING));

    record Statement(String property, Ref value) {}

    static String render(Dataset ds, String iri, Links links) {
        Map<String, RDFNode> p = Map.of("s", Sparql.iri(iri));
        List<Statement> out = new ArrayList<>();
        String title = null;
        for (Sparql.Row r : Sparql.select(ds, OUT, p)) {
            String prop = PREFIXES.shortForm(r.iri("prop"));
            Ref value;
            if (r.iri("o") != null) {
                String o = r.iri("o");
                value =
                        new Ref(
                                r.str("label") != null ? r.str("label") : PREFIXES.shortForm(o),
                                links.href(o));
            } else {
                value = new Ref(r.str("o"), null);
            }
            if (title == null
                    && (prop.equals("dcterms:title")
                            || prop.equals("skos:prefLabel")
                            || prop.equals("schema:name"))) {
                title = r.str("o");
            }
            out.add(new Statement(prop, value));
        }
        List<Statement> in = new ArrayList<>();
        for (Sparql.Row r : Sparql.select(ds, IN, p)) {
            String x = r.iri("x");
            if (x == null) {
                continue;
            }
            String label = r.str("label") != null ? r.str("label") : PREFIXES.shortForm(x);
            in.add(new Statement(PREFIXES.shortForm(r.iri("prop")), new Ref(label, links.href(x))));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("base", links.base());
        m.put("title", title == null ? PREFIXES.shortForm(iri) : title);
        m.put("iri", iri);
        m.put("statements", out);
        m.put("incoming", in);
        m.put("incomingTruncated", in.size() >= MAX_INCOMING);
        return Templates.render("resource", m);
    }
}
