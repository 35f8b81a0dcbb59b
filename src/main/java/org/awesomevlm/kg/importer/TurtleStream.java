package org.awesomevlm.kg.importer;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    // the subject being written: a node (from a triple) or the emitter's subject
    private Node subject;
    private Emitter.Subject current;
    private Node predicate;
    // base and prefixes as given, for a fork
    private String base;
    private final List<String[]> prefixes = new ArrayList<>();

    public TurtleStream(OutputStream out) {
        this.w = new Utf8Out(out);
        this.terms = new TurtleTerms(w);
    }

    @Override
    public void start() {}

    @Override
    public void base(String base) {
        terms.base(base);
        this.base = base;
        w.text("@base <" + base + "> .\n");
    }

    @Override
    public void prefix(String prefix, String iri) {
        terms.prefix(prefix, iri);
        prefixes.add(new String[] {prefix, iri});
        w.text("@prefix " + prefix + ": <" + iri + "> .\n");
    }

    /** The Turtle stream of {@code stream} (itself, or the Turtle side of a tee); else null. */
    static TurtleStream of(StreamRDF stream) {
        return stream instanceof TurtleStream t
                ? t
                : stream instanceof Tee tee ? tee.turtle() : null;
    }

    /**
     * A stream into {@code out} that writes terms as this one does (same base and prefixes, not
     * written again): its blocks can be {@link #append appended} here.
     */
    TurtleStream fork(OutputStream out) {
        TurtleStream f = new TurtleStream(out);
        if (base != null) {
            f.terms.base(base);
        }
        for (String[] p : prefixes) {
            f.terms.prefix(p[0], p[1]);
        }
        return f;
    }

    /** Ends the subject being written and adds the blocks a {@link #fork} wrote (and finished). */
    void append(ByteArrayOutputStream blocks) {
        if (subject != null || current != null) {
            w.ascii(" .\n");
            subject = null;
            current = null;
        }
        w.bytes(blocks);
    }

    @Override
    public void triple(Triple t) {
        statement(t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void statement(Node s, Node p, Node o) {
        head(s, p);
        object(p, o);
    }

    @Override
    public void statement(Node s, Node p, String literal) {
        head(s, p);
        terms.string(literal);
    }

    /** The emitter's statements: its subjects' Turtle forms are made once and kept on them. */
    @Override
    public void statement(Emitter.Subject s, Node p, Object o) {
        boolean same =
                current != null
                        ? current.sameIri(s)
                        : subject != null && s.whole == null && subject.equals(s.node());
        if (same) {
            next(p);
        } else {
            start(s.whole == null ? s.node() : null);
            w.bytes(turtle(s));
            first(p);
            current = s;
        }
        if (o instanceof String t) {
            terms.string(t);
        } else if (o instanceof Quoted q) {
            w.bytes(q.turtle);
        } else if (o instanceof Emitter.Subject r) {
            w.bytes(turtle(r));
        } else {
            object(p, (Node) o);
        }
    }

    /**
     * A subject's Turtle form: a part's is its whole's plus the step when the whole's is a plain
     * {@code <path>} under the base (so is the part's: one more '/' and plain segments).
     */
    private byte[] turtle(Emitter.Subject s) {
        byte[] b = s.turtle;
        if (b == null) {
            byte[] whole = s.whole == null ? null : turtle(s.whole);
            if (whole != null && terms.isPlainRelative(whole, s.whole.iri())) {
                String tail = s.step + s.ordinal + ">";
                b = Arrays.copyOf(whole, whole.length - 1 + tail.length());
                for (int i = 0; i < tail.length(); i++) {
                    b[whole.length - 1 + i] = (byte) tail.charAt(i);
                }
            } else {
                b = terms.bytes(s.node());
            }
            s.turtle = b;
        }
        return b;
    }

    /** Subject and predicate, or only what differs from the statement before. */
    private void head(Node s, Node p) {
        if (s.equals(current != null ? current.node() : subject)) {
            next(p);
        } else {
            start(s);
            terms.node(s);
            first(p);
        }
    }

    private void object(Node p, Node o) {
        if (p.equals(TYPE) && o.isURI()) {
            w.bytes(terms.vocabulary(o));
        } else {
            terms.node(o);
        }
    }

    /** The same subject: a predicate again, or the next one. */
    private void next(Node p) {
        if (p.equals(predicate)) {
            w.ascii(',');
            w.ascii(' ');
        } else {
            w.ascii(" ;\n" + INDENT);
            predicate(p);
        }
        predicate = p;
    }

    /** Ends the subject before (if any) and starts a block; {@code s} may be null for a part. */
    private void start(Node s) {
        if (subject != null || current != null) {
            w.ascii(" .\n");
        }
        w.ascii('\n');
        subject = s;
        current = null;
    }

    /** After the subject's form: its first predicate. */
    private void first(Node p) {
        w.ascii('\n');
        w.ascii(INDENT);
        predicate(p);
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
        if (subject != null || current != null) {
            w.ascii(" .\n");
            subject = null;
            current = null;
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
