package org.awesomevlm.kg.export;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.awesomevlm.kg.vocab.AV;

/**
 * Streams the store's default graph (everything {@code kg load} put there: the lists and the
 * ontology) to an RDF writer inside one read transaction, without copying it into memory.
 */
final class GraphStream {
    private GraphStream() {}

    /** The prefixes of the importer's Turtle (vocabularies and one per kind of resource). */
    static final Map<String, String> PREFIXES = prefixes();

    static void write(Dataset ds, StreamRDF out) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeRead(
                dsg,
                () -> {
                    out.start();
                    PREFIXES.forEach(out::prefix);
                    // the triples in the order of the store's SPO index: a subject's triples
                    // come together, so the Turtle writer can group them
                    StreamRDFOps.sendTriplesToStream(
                            org.awesomevlm.kg.store.Store.dataGraph(dsg), out);
                    out.finish();
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
