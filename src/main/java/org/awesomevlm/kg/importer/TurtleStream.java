package org.awesomevlm.kg.importer;

import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.awesomevlm.kg.AtomicFiles;

/**
 * The importer's Turtle, written as the triples arrive: base and prefixes first, then consecutive
 * triples of one subject as one block ({@code ;} between predicates, {@code ,} between objects), so
 * the file follows the document and the same list always gives the same bytes. Terms are written as
 * Jena's Turtle formatter writes them ({@link TurtleTerms}), as UTF-8 bytes into a buffer.
 */
public final class TurtleStream implements StreamRDF, Emitter.Statements {
    private static final String INDENT = "    ";
    // NodeFactory first: it initialises Jena before the RDF vocabulary class is touched
    private static final Node TYPE =
            NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    private static final byte[] A = {'a'};

    private final Utf8Out w;
    private final TurtleTerms terms;
    private Node subject;
    private Node predicate;

    public TurtleStream(OutputStream out) {
        this.w = new Utf8Out(out);
        this.terms = new TurtleTerms(w);
    }

    @Override
    public void start() {}

    @Override
    public void base(String base) {
        terms.base(base);
        w.text("@base <" + base + "> .\n");
    }

    @Override
    public void prefix(String prefix, String iri) {
        terms.prefix(prefix, iri);
        w.text("@prefix " + prefix + ": <" + iri + "> .\n");
    }

    @Override
    public void triple(Triple t) {
        statement(t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void statement(Node s, Node p, Node o) {
        head(s, p);
        if (p.equals(TYPE) && o.isURI()) {
            w.bytes(terms.vocabulary(o));
        } else {
            terms.node(o);
        }
    }

    @Override
    public void statement(Node s, Node p, String literal) {
        head(s, p);
        terms.string(literal);
    }

    /** Subject and predicate, or only what differs from the statement before. */
    private void head(Node s, Node p) {
        if (s.equals(subject)) {
            if (p.equals(predicate)) {
                w.ascii(',');
                w.ascii(' ');
            } else {
                w.ascii(" ;\n" + INDENT);
                predicate(p);
            }
        } else {
            if (subject != null) {
                w.ascii(" .\n");
            }
            w.ascii('\n');
            terms.node(s);
            w.ascii('\n');
            w.ascii(INDENT);
            predicate(p);
            subject = s;
        }
        predicate = p;
    }

    private void predicate(Node p) {
        w.bytes(p.equals(TYPE) ? A : terms.vocabulary(p));
        w.ascii(' ');
    }

    @Override
    public void quad(Quad q) {
        triple(q.asTriple());
    }

    @Override
    public void finish() {
        if (subject != null) {
            w.ascii(" .\n");
            subject = null;
        }
        w.flush();
    }

    /** This stream and {@code signatures}, each given every statement (Jena's StreamRDF2). */
    public StreamRDF with(PaperSignatures signatures) {
        return new Tee(this, signatures);
    }

    /** Imports {@code md} into {@code target} via a temporary file and an atomic move. */
    public static ImportSummary writeAtomically(ListImporter importer, Path md, Path target) {
        ImportSummary[] s = new ImportSummary[1];
        AtomicFiles.write(target, out -> s[0] = importer.writeTurtle(md, out));
        return s[0];
    }
}
