package org.awesomevlm.kg.importer;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.vocab.AV;

/** The graph of one imported list, its slug (the name of its Turtle file) and the warnings. */
public record ImportResult(String slug, Model model, List<ImportWarning> warnings) {
    /** Number of papers (schema:ScholarlyArticle) in the graph. */
    public int papers() {
        return model.listSubjectsWithProperty(RDF.type, AV.Schema.ScholarlyArticle).toList().size();
    }

    /** Number of people (schema:Person) in the graph. */
    public int people() {
        return model.listSubjectsWithProperty(RDF.type, AV.Schema.Person).toList().size();
    }
}
