package org.awesomevlm.kg.server;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.vocab.AV;

/** The SPARQL 1.1 Service Description of {@code /sparql}. */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String[] RESULT_FORMATS = {
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML"
    };

    private ServiceDescription() {}

    static Model of(Dataset dataset, String publicBase) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", AV.VOID);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource(publicBase + FMod_Sparql.SPARQL + "#service");
        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(
                        m.createProperty(SD, "endpoint"), m.createResource(endpoint(publicBase)))
                .addProperty(
                        m.createProperty(SD, "supportedLanguage"),
                        m.createResource(SD + "SPARQL11Query"))
                .addProperty(
                        m.createProperty(SD, "defaultEntailmentRegime"),
                        m.createResource("http://www.w3.org/ns/entailment/Simple"));
        for (String f : RESULT_FORMATS)
            service.addProperty(
                    m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        long triples =
                Txn.calculateRead(
                        dataset,
                        () ->
                                org.awesomevlm.kg.store.Store.dataGraph(dataset.asDatasetGraph())
                                        .size());
        Resource graph =
                m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addLiteral(
                                m.createProperty(AV.VOID, "triples"),
                                m.createTypedLiteral(
                                        Long.toString(triples), XSDDatatype.XSDinteger));
        Resource ds =
                m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                        .addProperty(m.createProperty(SD, "defaultGraph"), graph);
        service.addProperty(m.createProperty(SD, "defaultDataset"), ds);
        return m;
    }

    static String endpoint(String publicBase) {
        return publicBase + FMod_Sparql.SPARQL;
    }
}
