package org.awesomevlm.kg.server;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.awesomevlm.kg.vocab.AV;

/**
 * The description of a resource served by dereferencing its IRI: its concise bounded description
 * (outgoing triples, following blank nodes), the labels of the resources it points to, and the
 * triples pointing at it (at most {@link #MAX_INCOMING}) with the labels of their subjects. The
 * ontology IRI also gets the descriptions of the ontology's terms. Call inside a read transaction.
 */
final class ResourceDescription {
    static final int MAX_INCOMING = 500;
    static final String ONTOLOGY = AV.BASE + "ontology";

    private static final List<Node> LABELS =
            List.of(
                    RDFS.label.asNode(),
                    SKOS.prefLabel.asNode(),
                    AV.Schema.name.asNode(),
                    DCTerms.title.asNode());

    private ResourceDescription() {}

    /** Whether the graph uses the IRI at all (as subject or object). */
    static boolean exists(DatasetGraph dsg, String iri) {
        Node n = NodeFactory.createURI(iri);
        return any(dsg.find(Node.ANY, n, Node.ANY, Node.ANY))
                || any(dsg.find(Node.ANY, Node.ANY, Node.ANY, n));
    }

    static Graph describe(DatasetGraph dsg, String iri) {
        Graph g = GraphFactory.createDefaultGraph();
        Node node = NodeFactory.createURI(iri);
        Set<Node> labelled = new HashSet<>();
        cbd(dsg, node, g, labelled);
        if (ONTOLOGY.equals(iri)) ontologyTerms(dsg, g, labelled);
        Iterator<Quad> in = dsg.find(Node.ANY, Node.ANY, Node.ANY, node);
        try {
            for (int n = 0; n < MAX_INCOMING && in.hasNext(); n++) {
                Triple t = in.next().asTriple();
                g.add(t);
                labelled.add(t.getSubject());
            }
        } finally {
            Iter.close(in);
        }
        labelled.remove(node);
        for (Node other : labelled) labels(dsg, other, g::add);
        return g;
    }

    /** Outgoing triples of {@code start}, following blank-node objects. */
    private static void cbd(DatasetGraph dsg, Node start, Graph g, Set<Node> objects) {
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) continue;
            Iterator<Quad> it = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
            try {
                while (it.hasNext()) {
                    Triple t = it.next().asTriple();
                    g.add(t);
                    Node o = t.getObject();
                    if (o.isBlank()) todo.push(o);
                    else if (o.isURI() && !RDF.type.asNode().equals(t.getPredicate()))
                        objects.add(o);
                }
            } finally {
                Iter.close(it);
            }
        }
    }

    /** Every typed resource in the ontology's namespace, with its description. */
    private static void ontologyTerms(DatasetGraph dsg, Graph g, Set<Node> objects) {
        Set<Node> terms = new HashSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (s.isURI() && s.getURI().startsWith(AV.NS)) terms.add(s);
            }
        } finally {
            Iter.close(it);
        }
        for (Node t : terms) cbd(dsg, t, g, objects);
    }

    private static void labels(DatasetGraph dsg, Node s, Consumer<Triple> out) {
        for (Node p : LABELS) {
            Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
            try {
                it.forEachRemaining(q -> out.accept(q.asTriple()));
            } finally {
                Iter.close(it);
            }
        }
    }

    private static boolean any(Iterator<Quad> it) {
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }
}
