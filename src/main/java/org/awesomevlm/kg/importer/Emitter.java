package org.awesomevlm.kg.importer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;

/**
 * Sends the importer's triples to a {@link StreamRDF} in document order, one unit (a block, an
 * entry with its lines, a shared resource) at a time: within a unit the triples are grouped by
 * subject in the order the subjects first appear and duplicates are dropped, so a streaming Turtle
 * writer prints each subject once per unit. Only the current unit is held in memory.
 */
final class Emitter {
    private static final Node TYPE = RDF.type.asNode();
    private final StreamRDF out;
    private Map<Node, Set<Triple>> unit = new LinkedHashMap<>(64);
    private long triples;

    Emitter(StreamRDF out) {
        this.out = out;
    }

    /** Number of triples sent so far. */
    long triples() {
        return triples;
    }

    /** A subject to add statements to; they go out at the next {@link #flush()}. */
    Subject subject(String iri) {
        return subject(NodeFactory.createURI(iri));
    }

    Subject subject(Resource r) {
        return subject(r.asNode());
    }

    /** Subjects come out in the order they are first named in the unit. */
    private Subject subject(Node n) {
        return new Subject(n, unit.computeIfAbsent(n, k -> new LinkedHashSet<>(16)));
    }

    /** Sends the current unit, grouped by subject. */
    void flush() {
        for (Set<Triple> ts : unit.values()) {
            // rdf:type first, as a reader expects
            for (Triple t : ts) {
                if (t.getPredicate().equals(TYPE)) {
                    out.triple(t);
                }
            }
            for (Triple t : ts) {
                if (!t.getPredicate().equals(TYPE)) {
                    out.triple(t);
                }
            }
            triples += ts.size();
        }
        unit = new LinkedHashMap<>(64); // cheaper than clearing a table that once grew
    }

    // Made on first use (a literal's creation parses its value): orders and positions repeat from
    // list to list. Two imports filling one slot at once make equal nodes; either may stay.
    private static final Node[] INTEGERS = new Node[1 << 16];
    private static final Map<String, Node> YEARS = new ConcurrentHashMap<>();

    static Node integer(int n) {
        if (n < 0 || n >= INTEGERS.length) {
            return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
        }
        Node node = INTEGERS[n];
        if (node == null) {
            node = NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
            INTEGERS[n] = node;
        }
        return node;
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(String.valueOf(b), XSDDatatype.XSDboolean);
    }

    /** A year literal; {@code y} is four digits (a year group or venue matched it). */
    static Node year(String y) {
        return YEARS.computeIfAbsent(y, k -> NodeFactory.createLiteralDT(k, XSDDatatype.XSDgYear));
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** A subject of the current unit, with chainable adders. */
    final class Subject {
        final Node node;
        private final Set<Triple> triples;

        private Subject(Node node, Set<Triple> triples) {
            this.node = node;
            this.triples = triples;
        }

        String iri() {
            return node.getURI();
        }

        Subject add(Property p, Node o) {
            triples.add(Triple.create(node, p.asNode(), o));
            return this;
        }

        Subject add(Property p, Resource o) {
            return add(p, o.asNode());
        }

        Subject add(Property p, Subject o) {
            return add(p, o.node);
        }

        Subject add(Property p, String literal) {
            return add(p, string(literal));
        }
    }
}
