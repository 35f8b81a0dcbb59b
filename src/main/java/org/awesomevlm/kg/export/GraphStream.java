package org.awesomevlm.kg.export;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.awesomevlm.kg.query.SparqlTarget;
import org.awesomevlm.kg.vocab.AV;

/**
 * Streams the store's default graph (everything {@code kg load} put there: the lists and the
 * ontology) to an RDF writer, from one read transaction or one endpoint request, without copying it
 * into memory.
 */
final class GraphStream {
    private GraphStream() {}

    /** The prefixes of the importer's Turtle (vocabularies and one per kind of resource). */
    static final Map<String, String> PREFIXES = prefixes();

    private static final Query ALL = QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }");

    static void write(SparqlTarget target, StreamRDF out) {
        // One query for the store and an endpoint alike, its triples streamed as they come; on
        // the store it scans the SPO index, so a subject's triples come together and the Turtle
        // writer can group them.
        target.execute(
                ALL,
                null,
                qe -> {
                    out.start();
                    PREFIXES.forEach(out::prefix);
                    qe.execConstructTriples().forEachRemaining(out::triple);
                    out.finish();
                    return null;
                });
    }

    private static Map<String, String> prefixes() {
        Map<String, String> m = new TreeMap<>();
        m.put(AV.PREFIX, AV.NS);
        m.put("schema", AV.SCHEMA);
        m.put("dcterms", DCTerms.NS);
        m.put("fabio", AV.FABIO);
        m.put("bibo", AV.BIBO);
        m.put("prov", AV.PROV);
        m.put("void", AV.VOID);
        m.put("skos", SKOS.uri);
        m.put("xsd", XSD.NS);
        m.put("rdf", RDF.uri);
        m.put("rdfs", RDFS.uri);
        m.put("owl", OWL.NS);
        for (String kind :
                new String[] {
                    "paper", "person", "keyword", "modality", "dataset", "model", "list", "scheme"
                }) {
            m.put(kind, AV.BASE + kind + "/");
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
