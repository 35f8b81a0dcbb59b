package org.awesomevlm.kg.server;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.util.SplitIRI;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.vocab.AV;

/**
 * The VoID description served at {@code /.well-known/void}: size, classes with their instance
 * counts, vocabularies, the SPARQL endpoint, the dumps and the licence (CC BY 4.0).
 */
final class VoidDescription {
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final String PATH = ".well-known/void";
    static final String[] DUMPS = {"dump.ttl", "dump.nt", "dump.jsonld"};

    private static final Query CLASSES =
            QueryFactory.create(
                    "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { ?s a ?class } GROUP BY ?class"
                            + " ORDER BY ?class");
    private static final Query PROPERTIES = QueryFactory.create("SELECT DISTINCT ?p { ?s ?p ?o }");
    private static final Query SUBJECTS =
            QueryFactory.create("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }");

    /** Instances of one class. */
    record ClassCount(String iri, long entities) {}

    /** The figures of the description, computed from the data in one read transaction. */
    record Stats(
            long triples,
            long distinctSubjects,
            List<ClassCount> classes,
            long properties,
            Set<String> vocabularies) {}

    private VoidDescription() {}

    /** Computes the figures; the queries run under {@code cxt} (its timeout applies). */
    static Stats stats(Dataset ds, Context cxt) {
        return Txn.calculateRead(
                ds,
                () -> {
                    long triples =
                            org.awesomevlm.kg.store.Store.dataGraph(ds.asDatasetGraph()).size();
                    List<ClassCount> classes = new ArrayList<>();
                    Set<String> vocabularies = new TreeSet<>();
                    try (QueryExecution qe = exec(ds, CLASSES, cxt)) {
                        for (var it = qe.execSelect(); it.hasNext(); ) {
                            QuerySolution s = it.next();
                            if (!s.get("class").isURIResource()) continue;
                            String c = s.getResource("class").getURI();
                            classes.add(new ClassCount(c, s.getLiteral("n").getLong()));
                            vocabularies.add(namespace(c));
                        }
                    }
                    long properties = 0;
                    try (QueryExecution qe = exec(ds, PROPERTIES, cxt)) {
                        for (var it = qe.execSelect(); it.hasNext(); ) {
                            properties++;
                            vocabularies.add(namespace(it.next().getResource("p").getURI()));
                        }
                    }
                    long subjects;
                    try (QueryExecution qe = exec(ds, SUBJECTS, cxt)) {
                        subjects = qe.execSelect().next().getLiteral("n").getLong();
                    }
                    return new Stats(triples, subjects, classes, properties, vocabularies);
                });
    }

    static Model of(Stats stats, String publicBase) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.STANDARD);
        Resource d = m.createResource(publicBase + PATH + "#dataset");
        d.addProperty(RDF.type, m.createResource(AV.VOID + "Dataset"))
                .addProperty(DCTerms.title, "awesome-vlm knowledge graph")
                .addProperty(
                        DCTerms.description,
                        "Papers on medical vision-language models from an awesome list, as RDF.")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(p(m, "uriSpace"), AV.BASE)
                .addProperty(
                        p(m, "sparqlEndpoint"),
                        m.createResource(ServiceDescription.endpoint(publicBase)))
                .addProperty(p(m, "rootResource"), m.createResource(AV.BASE + "ontology"));
        for (String dump : DUMPS)
            d.addProperty(p(m, "dataDump"), m.createResource(publicBase + dump));
        for (String f : new String[] {"Turtle", "N-Triples", "JSON-LD", "RDF_XML"})
            d.addProperty(p(m, "feature"), m.createResource(ServiceDescription.FORMATS + f));
        d.addLiteral(p(m, "triples"), integer(m, stats.triples()));
        d.addLiteral(p(m, "distinctSubjects"), integer(m, stats.distinctSubjects()));
        d.addLiteral(p(m, "classes"), integer(m, stats.classes().size()));
        d.addLiteral(p(m, "properties"), integer(m, stats.properties()));
        for (ClassCount c : stats.classes())
            d.addProperty(
                    p(m, "classPartition"),
                    m.createResource()
                            .addProperty(p(m, "class"), m.createResource(c.iri()))
                            .addLiteral(p(m, "entities"), integer(m, c.entities())));
        for (String v : stats.vocabularies())
            d.addProperty(p(m, "vocabulary"), m.createResource(v));
        return m;
    }

    private static QueryExecution exec(Dataset ds, Query q, Context cxt) {
        return QueryExecution.dataset(ds).query(q).context(cxt).build();
    }

    private static String namespace(String iri) {
        int split = SplitIRI.splitpoint(iri);
        return split < 0 ? iri : iri.substring(0, split);
    }

    private static Property p(Model m, String local) {
        return m.createProperty(AV.VOID, local);
    }

    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n).toString(), XSDDatatype.XSDinteger);
    }
}
