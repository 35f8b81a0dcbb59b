package org.awesomevlm.kg.importer;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.awesomevlm.kg.vocab.AV;

/** The prefixes of the Turtle the importer writes: vocabularies plus one per kind of resource. */
public final class Prefixes {
    private Prefixes() {}

    public static final Map<String, String> MAP = build();

    private static Map<String, String> build() {
        Map<String, String> m = new TreeMap<>();
        m.put("av", AV.NS);
        m.put("schema", AV.SCHEMA);
        m.put("dcterms", DCTerms.NS);
        m.put("fabio", AV.FABIO);
        m.put("bibo", AV.BIBO);
        m.put("skos", SKOS.uri);
        m.put("xsd", XSD.NS);
        m.put("rdf", RDF.uri);
        for (String kind :
                new String[] {
                    "paper", "person", "keyword", "modality", "dataset", "model", "list", "scheme"
                }) {
            m.put(kind, AV.BASE + kind + "/");
        }
        return Map.copyOf(m);
    }
}
