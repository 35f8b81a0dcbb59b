package org.awesomevlm.kg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.awesomevlm.kg.importer.ListImporter;
import org.junit.jupiter.api.Test;

/** The ontology declares, labels and explains every av: term the code and the data use. */
class OntologyTest {
    private final Model ontology = RDFDataMgr.loadModel("ontology/awesome-vlm.ttl");

    private void assertDeclared(Set<String> terms) {
        for (String iri : terms) {
            Resource term = ontology.createResource(iri);
            assertThat(ontology.contains(term, RDF.type)).as("declared: %s", iri).isTrue();
            assertThat(ontology.contains(term, RDFS.label)).as("label: %s", iri).isTrue();
            assertThat(ontology.contains(term, RDFS.comment)).as("comment: %s", iri).isTrue();
        }
    }

    @Test
    void everyTermOfTheVocabularyClassIsDeclared() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : AV.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) {
                if (r.getURI().startsWith(AV.NS)) {
                    terms.add(r.getURI());
                }
            }
        }
        assertThat(terms).hasSizeGreaterThan(50);
        assertDeclared(terms);
    }

    @Test
    void everyTermTheImportedListUsesIsDeclared() {
        Model data = new ListImporter().importFile(Path.of("data/awesome-list.md")).model();
        Set<String> terms = new TreeSet<>();
        for (Statement st : data.listStatements().toList()) {
            addIfOurs(terms, st.getPredicate());
            if (st.getPredicate().equals(RDF.type)) {
                addIfOurs(terms, st.getObject());
            }
        }
        assertThat(terms).contains(AV.Entry.getURI(), AV.describes.getURI());
        assertDeclared(terms);
    }

    private static void addIfOurs(Set<String> terms, RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(AV.NS)) {
            terms.add(node.asResource().getURI());
        }
    }
}
