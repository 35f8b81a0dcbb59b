package org.awesomevlm.kg.server;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.awesomevlm.kg.vocab.AV;

/** The prefixes of RDF the server writes (those of ontology/MODEL.md). */
final class Prefixes {
    static final PrefixMapping STANDARD =
            PrefixMapping.Factory.create()
                    .setNsPrefix(AV.PREFIX, AV.NS)
                    .setNsPrefix("avr", AV.BASE)
                    .setNsPrefix("rdf", RDF.getURI())
                    .setNsPrefix("rdfs", RDFS.getURI())
                    .setNsPrefix("owl", OWL.getURI())
                    .setNsPrefix("xsd", XSD.getURI())
                    .setNsPrefix("schema", AV.SCHEMA)
                    .setNsPrefix("dcterms", DCTerms.getURI())
                    .setNsPrefix("fabio", AV.FABIO)
                    .setNsPrefix("bibo", AV.BIBO)
                    .setNsPrefix("skos", SKOS.getURI())
                    .setNsPrefix("prov", AV.PROV)
                    .setNsPrefix("void", AV.VOID)
                    .lock();

    private Prefixes() {}
}
