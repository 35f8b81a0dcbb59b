package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    /**
     * A sink that takes a plain ({@code xsd:string}) literal as its text: most objects are such
     * literals, and a Jena literal node costs a value parse and a hash that the Turtle never needs.
     */
    interface Statements {
        void statement(Node s, Node p, Node o);

        void statement(Node s, Node p, String literal);

        /**
         * A statement as the emitter holds it: {@code o} is a node, a plain literal's text or a
         * subject (an IRI); a sink that can use a subject's cached Turtle form overrides this.
         */
        default void statement(Subject s, Node p, Object o) {
            if (o instanceof String t) {
                statement(s.node(), p, t);
            } else if (o instanceof Quoted q) {
                statement(s.node(), p, q.text);
            } else {
                statement(s.node(), p, o instanceof Subject r ? r.node() : (Node) o);
            }
        }
    }

    private final StreamRDF out;
    private final Statements direct;
    // the unit's subjects in the order first named; the index holds only those named by IRI
    // (the parts of an entry are new by construction and skip it: hashing their IRIs was a cost)
    private final List<Subject> unit = new ArrayList<>(64);
    private final Map<Node, Subject> index = new HashMap<>(64);
    private long triples;

    Emitter(StreamRDF out) {
        this.out = out;
        this.direct = out instanceof Statements d ? d : null;
    }

    /** Number of triples sent so far. */
    long triples() {
        return triples;
    }

    /** Counts triples sent to the sink by another way (rendered ahead, see {@link NameBlocks}). */
    void addTriples(long n) {
        triples += n;
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
        Subject s = index.get(n);
        if (s == null) {
            s = new Subject(n);
            index.put(n, s);
            unit.add(s);
        }
        return s;
    }

    /**
     * A subject the unit cannot have named before, nor name again by IRI: {@code whole}'s IRI plus
     * {@code step} and {@code n} (an entry's line, link or authorship: the entry's IRI is unique in
     * the list). Its IRI is made only when a sink asks for it.
     */
    Subject part(Subject whole, String step, int n) {
        Subject s = new Subject(whole, step, n);
        unit.add(s);
        return s;
    }

    /** Sends the current unit, grouped by subject. */
    void flush() {
        for (int k = 0; k < unit.size(); k++) {
            Subject s = unit.get(k);
            // rdf:type first, as a reader expects
            for (int i = 0; i < s.n; i++) {
                if (s.ps[i].equals(TYPE)) {
                    send(s, s.ps[i], s.os[i]);
                }
            }
            for (int i = 0; i < s.n; i++) {
                if (!s.ps[i].equals(TYPE)) {
                    send(s, s.ps[i], s.os[i]);
                }
            }
            triples += s.n;
        }
        unit.clear();
        if (!index.isEmpty()) {
            index.clear();
        }
    }

    /** {@code o} is a node, a plain literal's text or a subject. */
    private void send(Subject s, Node p, Object o) {
        if (direct != null) {
            direct.statement(s, p, o);
        } else {
            Node object =
                    o instanceof String t
                            ? string(t)
                            : o instanceof Quoted q
                                    ? string(q.text)
                                    : o instanceof Subject r ? r.node() : (Node) o;
            out.triple(Triple.create(s.node(), p, object));
        }
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

    /** A plain literal as its text (so that equal statements compare equal), else the node. */
    private static Object object(Node o) {
        return o.isLiteral()
                        && o.getLiteralLanguage().isEmpty()
                        && o.getLiteralBaseDirection() == null
                        && XSD_STRING.equals(o.getLiteralDatatypeURI())
                ? o.getLiteralLexicalForm()
                : o;
    }

    /**
     * A statement's hash for the duplicate check: a text by its length (a digest's text is long and
     * hashed nowhere else). A subject as an object counts by identity: the predicates that take one
     * (describes, hasLine, hasLink, ofEntry) take nothing else, and a unit has one subject per IRI.
     */
    private static int hash(Node p, Object o) {
        int h = 31 * p.hashCode() + (o instanceof String s ? s.length() : o.hashCode());
        return h ^ (h >>> 16);
    }

    /** A subject of the current unit, with chainable adders; a statement made twice counts once. */
    final class Subject {
        /** Below this many statements a subject checks for duplicates by a scan, not a table. */
        private static final int SCAN = 16;

        private Node node;
        // a part's IRI is its whole's plus step and n, made on demand (see part)
        final Subject whole;
        final String step;
        final int ordinal;

        /** Its Turtle form, once the Turtle writer has made it. */
        byte[] turtle;

        private Node[] ps = new Node[8];
        private Object[] os = new Object[8];
        private int n;
        // from SCAN statements on: open addressing by hash, each slot a statement's index + 1
        private int[] table;

        private Subject(Node node) {
            this.node = node;
            this.whole = null;
            this.step = null;
            this.ordinal = 0;
        }

        private Subject(Subject whole, String step, int n) {
            this.whole = whole;
            this.step = step;
            this.ordinal = n;
        }

        Node node() {
            if (node == null) {
                node = NodeFactory.createURI(whole.iri() + step + ordinal);
            }
            return node;
        }

        String iri() {
            return node().getURI();
        }

        /**
         * True when both are the same IRI. A part's IRI is unique in the whole import (its whole's
         * is), so a part equals only itself.
         */
        boolean sameIri(Subject other) {
            return this == other || whole == null && other.whole == null && node.equals(other.node);
        }

        Subject add(Property p, Quoted text) {
            return put(p.asNode(), text);
        }

        Subject add(Property p, Node o) {
            return put(p.asNode(), object(o));
        }

        Subject add(Property p, Resource o) {
            return put(p.asNode(), o.asNode());
        }

        Subject add(Property p, Subject o) {
            return put(p.asNode(), o);
        }

        Subject add(Property p, String literal) {
            return put(p.asNode(), literal);
        }

        private Subject put(Node p, Object o) {
            if (table == null) {
                for (int i = 0; i < n; i++) {
                    if (same(i, p, o)) {
                        return this;
                    }
                }
            } else {
                int mask = table.length - 1;
                for (int k = hash(p, o) & mask; table[k] != 0; k = (k + 1) & mask) {
                    if (same(table[k] - 1, p, o)) {
                        return this;
                    }
                }
            }
            if (n == ps.length) {
                ps = Arrays.copyOf(ps, 2 * n);
                os = Arrays.copyOf(os, 2 * n);
            }
            ps[n] = p;
            os[n] = o;
            n++;
            if (table != null && 2 * n <= table.length) {
                index(n - 1);
            } else if (n >= SCAN) {
                table = new int[Integer.highestOneBit(n) * 4];
                for (int i = 0; i < n; i++) {
                    index(i);
                }
            }
            return this;
        }

        private boolean same(int i, Node p, Object o) {
            return (ps[i] == p || ps[i].equals(p)) && (os[i] == o || os[i].equals(o));
        }

        private void index(int i) {
            int mask = table.length - 1;
            int k = hash(ps[i], os[i]) & mask;
            while (table[k] != 0) {
                k = (k + 1) & mask;
            }
            table[k] = i + 1;
        }
    }
}
