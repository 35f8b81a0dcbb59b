package org.awesomevlm.kg.importer;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatterTTL_MultiLine;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.awesomevlm.kg.AtomicFiles;

/**
 * The importer's Turtle, written as the triples arrive: base and prefixes first, then consecutive
 * triples of one subject as one block ({@code ;} between predicates, {@code ,} between objects), so
 * the file follows the document and the same list always gives the same bytes. Nodes are formatted
 * by Jena (escaping, prefixes, multi-line literals); IRIs under the base that are plain path
 * segments are written relative to it without a round trip through an IRI parser.
 */
public final class TurtleStream implements StreamRDF {
    private static final String INDENT = "    ";
    // NodeFactory first: it initialises Jena before the RDF vocabulary class is touched
    private static final Node TYPE =
            NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    private final AWriter w;
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final Map<Node, String> vocabulary = new HashMap<>();
    private final Formatter fmt = new Formatter(prefixes);
    private Node subject;
    private Node predicate;

    public TurtleStream(OutputStream out) {
        this.w = IO.wrapUTF8(out);
    }

    /** Formats IRIs: relative to the base when that is exact, else Jena's prefixed form. */
    private static final class Formatter extends NodeFormatterTTL_MultiLine {
        String base;
        final Set<String> prefixKinds = new HashSet<>();

        Formatter(PrefixMap prefixes) {
            super(null, prefixes);
        }

        @Override
        public void formatURI(AWriter out, String iri) {
            if (base != null && iri.startsWith(base)) {
                String rest = iri.substring(base.length());
                int slash = plainPath(rest);
                if (slash > 0) {
                    String kind = rest.substring(0, slash);
                    String local = rest.substring(slash + 1);
                    if (prefixKinds.contains(kind)
                            && local.indexOf('/') < 0
                            && local.indexOf('~') < 0
                            && !local.endsWith(".")
                            && !local.startsWith("-")
                            && !local.startsWith(".")) {
                        out.print(kind);
                        out.print(':');
                        out.print(local);
                    } else {
                        out.print('<');
                        out.print(rest);
                        out.print('>');
                    }
                    return;
                }
            }
            super.formatURI(out, iri);
        }

        /**
         * The index of the first '/' when {@code rest} is segments of [A-Za-z0-9._~-], none empty,
         * "." or "..", with at least two segments (so it resolves against the base to itself and
         * names no scheme); else -1.
         */
        static int plainPath(String rest) {
            int first = -1;
            int segStart = 0;
            for (int i = 0; i <= rest.length(); i++) {
                char c = i < rest.length() ? rest.charAt(i) : '/';
                if (c == '/') {
                    int len = i - segStart;
                    if (len == 0
                            || (len == 1 && rest.charAt(segStart) == '.')
                            || (len == 2 && rest.startsWith("..", segStart))) {
                        return -1;
                    }
                    first = first < 0 && i < rest.length() ? i : first;
                    segStart = i + 1;
                } else if (!((c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || c == '.'
                        || c == '-'
                        || c == '_'
                        || c == '~')) {
                    return -1;
                }
            }
            return first;
        }
    }

    @Override
    public void start() {}

    @Override
    public void base(String base) {
        fmt.base = base;
        w.print("@base <" + base + "> .\n");
    }

    @Override
    public void prefix(String prefix, String iri) {
        prefixes.add(prefix, iri);
        if (fmt.base != null && iri.startsWith(fmt.base) && iri.endsWith("/")) {
            fmt.prefixKinds.add(iri.substring(fmt.base.length(), iri.length() - 1));
        }
        w.print("@prefix " + prefix + ": <" + iri + "> .\n");
    }

    @Override
    public void triple(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        if (s.equals(subject)) {
            if (p.equals(predicate)) {
                w.print(", ");
            } else {
                w.print(" ;\n" + INDENT);
                predicate(p);
            }
        } else {
            if (subject != null) {
                w.print(" .\n");
            }
            w.print('\n');
            fmt.format(w, s);
            w.print('\n' + INDENT);
            predicate(p);
            subject = s;
        }
        predicate = p;
        node(t.getObject());
    }

    private void predicate(Node p) {
        w.print(p.equals(TYPE) ? "a" : vocabulary.computeIfAbsent(p, this::format));
        w.print(' ');
    }

    private void node(Node o) {
        if (predicate.equals(TYPE) && o.isURI()) {
            w.print(vocabulary.computeIfAbsent(o, this::format));
        } else {
            fmt.format(w, o);
        }
    }

    private String format(Node n) {
        IndentedLineBuffer b = new IndentedLineBuffer();
        fmt.format(b, n);
        return b.asString();
    }

    @Override
    public void quad(Quad q) {
        triple(q.asTriple());
    }

    @Override
    public void finish() {
        if (subject != null) {
            w.print(" .\n");
            subject = null;
        }
        w.flush();
    }

    /** Imports {@code md} into {@code target} via a temporary file and an atomic move. */
    public static ImportSummary writeAtomically(ListImporter importer, Path md, Path target) {
        ImportSummary[] s = new ImportSummary[1];
        AtomicFiles.write(target, out -> s[0] = importer.writeTurtle(md, out));
        return s[0];
    }
}
