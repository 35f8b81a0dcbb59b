package org.awesomevlm.kg.importer;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFormatterTTL_MultiLine;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The terms of {@link TurtleStream}, written byte for byte as Jena's multi-line Turtle formatter
 * writes them (escaping, prefixes, short forms of numbers and booleans), but without it for the
 * usual ones: IRIs under the base that are plain path segments (relative to it, with no round trip
 * through an IRI parser), other IRIs that need no escape, and literals. Jena formats the rest
 * (language tags, blank nodes, odd IRIs), remembered while they are few.
 */
final class TurtleTerms {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String XSD_STRING = XSD + "string";
    private static final String XSD_INTEGER = XSD + "integer";
    private static final String XSD_BOOLEAN = XSD + "boolean";
    private static final int CACHED = 1 << 14;

    private Utf8Out w;
    // where bytes(Node) formats a term, as node(Node) would write it
    private final ByteArrayOutputStream scratchBytes = new ByteArrayOutputStream(256);
    private final Utf8Out scratch = new Utf8Out(scratchBytes);
    private final PrefixMap prefixes = PrefixMapFactory.create();
    private final Formatter fmt = new Formatter(prefixes);
    // predicates and classes (few); other IRIs Jena formats, kept while the table is small
    private final Map<Node, byte[]> vocabulary = new HashMap<>();
    private final Map<String, byte[]> formatted = new HashMap<>();
    // the prefixes' kinds under the base ("paper", "person", ...) by length: a kind's check is
    // one or two comparisons instead of a loop over all of them
    private String[][] kindsByLength = new String[0][];
    private String[] namespaces = new String[0];

    TurtleTerms(Utf8Out w) {
        this.w = w;
    }

    void base(String base) {
        fmt.base = base;
    }

    void prefix(String prefix, String iri) {
        prefixes.add(prefix, iri);
        namespaces = Arrays.copyOf(namespaces, namespaces.length + 1);
        namespaces[namespaces.length - 1] = iri;
        if (fmt.base != null && iri.startsWith(fmt.base) && iri.endsWith("/")) {
            String kind = iri.substring(fmt.base.length(), iri.length() - 1);
            fmt.prefixKinds.add(kind);
            int longest = 0;
            for (String k : fmt.prefixKinds) {
                longest = Math.max(longest, k.length());
            }
            String[][] byLength = new String[longest + 1][0];
            for (String k : fmt.prefixKinds) {
                String[] same =
                        Arrays.copyOf(byLength[k.length()], byLength[k.length()].length + 1);
                same[same.length - 1] = k;
                byLength[k.length()] = same;
            }
            kindsByLength = byLength;
        }
    }

    /** A predicate or class, formatted once. */
    byte[] vocabulary(Node n) {
        byte[] b = vocabulary.get(n); // not computeIfAbsent: its lambda would be made per call
        if (b == null) {
            b = jena(n);
            vocabulary.put(n, b);
        }
        return b;
    }

    /** The bytes {@link #node} writes for {@code n}. */
    byte[] bytes(Node n) {
        Utf8Out out = w;
        w = scratch;
        try {
            node(n);
            scratch.flush();
            return scratchBytes.toByteArray();
        } finally {
            scratchBytes.reset();
            w = out;
        }
    }

    /**
     * True when {@code b} is the form {@link #relative} gives {@code iri} when it is a plain path
     * under the base but no prefixed name: {@code <path>}. Any other form has another length ('<'
     * and the whole IRI, a prefixed name, an escaped one: Jena's).
     */
    boolean isPlainRelative(byte[] b, String iri) {
        String base = fmt.base;
        return base != null
                && b.length > 0
                && b[0] == '<'
                && iri.startsWith(base)
                && b.length == iri.length() - base.length() + 2;
    }

    /** A node as Jena's formatter writes it: the common forms here, the rest by Jena. */
    void node(Node n) {
        if (n.isURI()) {
            iri(n.getURI());
        } else if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            literal(n.getLiteralLexicalForm(), n.getLiteralDatatypeURI(), n.getLiteralLanguage());
        } else {
            w.bytes(jena(n));
        }
    }

    private void iri(String iri) {
        if (!relative(iri) && !absolute(iri)) {
            byte[] b = formatted.get(iri);
            if (b == null) {
                b = jena(NodeFactory.createURI(iri));
                if (formatted.size() >= CACHED) {
                    formatted.clear(); // link IRIs are many and seldom repeat
                }
                formatted.put(iri, b);
            }
            w.bytes(b);
        }
    }

    /**
     * Writes {@code iri} as {@link Formatter#formatURI} does when it is a plain path under the base
     * ({@code kind:local} or {@code <kind/...>}), without copying it; false for any other.
     */
    private boolean relative(String iri) {
        String base = fmt.base;
        if (base == null || !iri.startsWith(base)) {
            return false;
        }
        int from = base.length();
        int slash = Formatter.plainPath(iri, from);
        if (slash < 0) {
            return false;
        }
        int end = iri.length();
        boolean name =
                iri.indexOf('/', slash + 1) < 0
                        && iri.indexOf('~', slash + 1) < 0
                        && iri.charAt(end - 1) != '.'
                        && iri.charAt(slash + 1) != '-'
                        && iri.charAt(slash + 1) != '.'
                        && isKind(iri, from, slash);
        if (name) {
            w.ascii(iri, from, slash);
            w.ascii(':');
            w.ascii(iri, slash + 1, end);
        } else {
            w.ascii('<');
            w.ascii(iri, from, end);
            w.ascii('>');
        }
        return true;
    }

    /**
     * Writes {@code <iri>} when Jena would: no prefix's namespace starts it (so it has no prefixed
     * name) and no character needs an escape; false otherwise.
     */
    private boolean absolute(String iri) {
        for (String ns : namespaces) {
            if (iri.startsWith(ns)) {
                return false;
            }
        }
        int n = iri.length();
        for (int i = 0; i < n; i++) {
            char c = iri.charAt(i);
            if (c < 128 && !IRI_SAFE[c]) {
                return false;
            }
        }
        w.ascii('<');
        w.text(iri);
        w.ascii('>');
        return true;
    }

    private boolean isKind(String iri, int from, int to) {
        int len = to - from;
        if (len >= kindsByLength.length) {
            return false;
        }
        for (String k : kindsByLength[len]) {
            if (iri.startsWith(k, from)) {
                return true;
            }
        }
        return false;
    }

    /** A plain ({@code xsd:string}) literal. */
    void string(String lex) {
        quoted(lex);
    }

    private void literal(String lex, String datatype, String lang) {
        if (!lang.isEmpty()) {
            w.bytes(jena(NodeFactory.createLiteralLang(lex, lang)));
            return;
        }
        if (datatype.equals(XSD_INTEGER) && isInteger(lex)
                || datatype.equals(XSD_BOOLEAN) && (lex.equals("true") || lex.equals("false"))) {
            w.ascii(lex); // Turtle's short forms
            return;
        }
        if (datatype.equals(XSD + "decimal") || datatype.equals(XSD + "double")) {
            w.bytes(jena(NodeFactory.createLiteralDT(lex, NodeFactory.getType(datatype))));
            return;
        }
        quoted(lex);
        if (!datatype.equals(XSD_STRING)) {
            w.ascii('^');
            w.ascii('^');
            iri(datatype);
        }
    }

    /** The quoted lexical form, as NodeFormatterTTL_MultiLine writes it. */
    private void quoted(String lex) {
        // NodeFormatterTTL_MultiLine: '"' unless only '"' occurs; triple quotes with a newline
        char q = lex.indexOf('"') >= 0 && lex.indexOf('\'') < 0 ? '\'' : '"';
        boolean multi = lex.indexOf('\n') >= 0;
        w.ascii(q);
        if (multi) {
            w.ascii(q);
            w.ascii(q);
        }
        w.escaped(lex, q, !multi);
        w.ascii(q);
        if (multi) {
            w.ascii(q);
            w.ascii(q);
        }
    }

    /** Jena's test for the short integer form: an optional sign, then digits only. */
    private static boolean isInteger(String lex) {
        if (lex.isEmpty()) {
            return false;
        }
        int i = lex.charAt(0) == '+' || lex.charAt(0) == '-' ? 1 : 0;
        for (; i < lex.length(); i++) {
            char c = lex.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A node formatted by Jena, as UTF-8. */
    private byte[] jena(Node n) {
        StringWriter sw = new StringWriter();
        AWriter b = IO.wrap(sw); // not an IndentedWriter: that one rewrites line ends
        fmt.format(b, n);
        b.flush();
        return sw.toString().getBytes(StandardCharsets.UTF_8);
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
            return plainPath(rest, 0);
        }

        /** {@link #plainPath(String)} of {@code rest.substring(from)}, as an index in rest. */
        static int plainPath(String rest, int from) {
            int first = -1;
            int segStart = from;
            int n = rest.length();
            for (int i = from; i <= n; i++) {
                char c = i < n ? rest.charAt(i) : '/';
                if (c == '/') {
                    int len = i - segStart;
                    if (len == 0
                            || (len == 1 && rest.charAt(segStart) == '.')
                            || (len == 2 && rest.startsWith("..", segStart))) {
                        return -1;
                    }
                    first = first < 0 && i < n ? i : first;
                    segStart = i + 1;
                } else if (c >= 128 || !PATH[c]) {
                    return -1;
                }
            }
            return first;
        }
    }

    /** [A-Za-z0-9._~-]: the characters of a plain path segment. */
    private static final boolean[] PATH = new boolean[128];

    /** What Jena writes unescaped between {@code <>}: not a control, space or {@code <>"{}|^`\}. */
    private static final boolean[] IRI_SAFE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PATH[c] =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || c == '.'
                            || c == '-'
                            || c == '_'
                            || c == '~';
            IRI_SAFE[c] = c > ' ' && c != 0x7F && "<>\"{}|^`\\".indexOf(c) < 0;
        }
    }
}
