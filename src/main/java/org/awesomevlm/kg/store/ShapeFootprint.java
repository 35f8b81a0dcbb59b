package org.awesomevlm.kg.store;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The predicates a set of SHACL shapes can look at. Validating only the triples with these
 * predicates gives the same report as validating the whole graph, and needs a fraction of the
 * memory: a load keeps just these triples in memory and validates them while TDB2 indexes.
 */
final class ShapeFootprint {
    private ShapeFootprint() {}

    /**
     * The predicates to keep, or null for "all of them" (a SPARQL constraint with a variable
     * predicate or a property path could look at anything).
     */
    static Set<Node> predicates(Graph shapes) {
        Set<Node> keep = new HashSet<>();
        // Targets and sh:class follow rdf:type and rdfs:subClassOf*.
        keep.add(RDF.type.asNode());
        keep.add(RDFS.subClassOf.asNode());
        // Every IRI of the shapes graph: a superset of the sh:path predicates (also inside
        // sequence, inverse and alternative paths) and of sh:targetSubjectsOf/ObjectsOf.
        shapes.find()
                .forEachRemaining(
                        t -> {
                            addIri(keep, t.getSubject());
                            addIri(keep, t.getObject());
                        });
        for (Triple t : shapes.find(Node.ANY, SHACL.select, Node.ANY).toList()) {
            if (!sparqlPredicates(t.getObject(), keep)) {
                return null;
            }
        }
        for (Triple t : shapes.find(Node.ANY, SHACL.ask, Node.ANY).toList()) {
            if (!sparqlPredicates(t.getObject(), keep)) {
                return null;
            }
        }
        return keep;
    }

    private static void addIri(Set<Node> keep, Node n) {
        if (n.isURI()) {
            keep.add(n);
        }
    }

    /** Adds the predicates of a SPARQL constraint; false when they cannot all be known. */
    private static boolean sparqlPredicates(Node text, Set<Node> keep) {
        if (!text.isLiteral()) {
            return false;
        }
        String sparql = text.getLiteralLexicalForm();
        if (sparql.toLowerCase(java.util.Locale.ROOT).contains("exists")) {
            return false; // patterns inside FILTER (NOT) EXISTS are expressions the walk skips
        }
        Query q;
        try {
            q = QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            return false; // the SHACL engine reports it; validate everything meanwhile
        }
        boolean[] known = {true};
        OpWalker.walk(
                Algebra.compile(q),
                new OpVisitorBase() {
                    @Override
                    public void visit(OpBGP op) {
                        op.getPattern().forEach(t -> add(t.getPredicate()));
                    }

                    @Override
                    public void visit(OpTriple op) {
                        add(op.getTriple().getPredicate());
                    }

                    @Override
                    public void visit(OpQuadPattern op) {
                        op.getPattern().forEach(quad -> add(quad.getPredicate()));
                    }

                    @Override
                    public void visit(OpPath op) {
                        known[0] = false; // a property path: not worth analysing
                    }

                    private void add(Node p) {
                        if (p.isURI()) {
                            keep.add(p);
                        } else {
                            known[0] = false;
                        }
                    }
                });
        return known[0];
    }
}
