package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.awesomevlm.kg.export.MarkdownForms;
import org.awesomevlm.kg.vocab.AV;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The title line of an entry read from commonmark's inline nodes: the title text as written, its
 * terminator, and the links after it ({@code [[paper]](...) [[code]](...)}).
 */
record TitleLine(
        String asWritten,
        String terminator,
        String plain,
        List<ParsedEntry.Link> links,
        boolean bracketed) {
    // the base the Turtle is written with; the resolution below is the reader's
    private static final IRIx BASE = IRIx.create(AV.BASE);

    List<MarkdownForms.LinkText> linkTexts() {
        return links.stream()
                .map(l -> new MarkdownForms.LinkText(l.label(), l.destination()))
                .toList();
    }

    static TitleLine read(Paragraph p, int offset, SourceText src) {
        List<Node> inlines = new ArrayList<>();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            inlines.add(c);
        }
        int firstLink = -1;
        for (int i = 0; i < inlines.size() && firstLink < 0; i++) {
            if (inlines.get(i) instanceof Link l && isBracketed(l)) {
                firstLink = i;
            }
        }
        boolean bracketed = firstLink >= 0;
        if (!bracketed) {
            firstLink = trailingLinks(inlines);
        }
        List<ParsedEntry.Link> links = new ArrayList<>();
        for (int i = Math.max(firstLink, 0); firstLink >= 0 && i < inlines.size(); i++) {
            if (inlines.get(i) instanceof Link l) {
                links.add(link(l));
            }
        }
        SourceSpan start = p.getSourceSpans().get(0);
        SourceSpan end = firstLink >= 0 ? inlines.get(firstLink).getSourceSpans().get(0) : null;
        String raw =
                end == null
                        ? src.join(start.getLineIndex() + offset, lastLine(p) + offset)
                        : between(src, start, end, offset);
        raw = end == null ? raw.substring(start.getColumnIndex()) : raw;
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < (firstLink >= 0 ? firstLink : inlines.size()); i++) {
            plain.append(EntryParser.text(inlines.get(i)));
        }
        return of(raw, plain.toString(), links, bracketed);
    }

    /**
     * The title line from the source before its first link ({@code raw}), the text of the inlines
     * there ({@code plain}) and its links: shared by the commonmark reading and {@link EntryLines}.
     */
    static TitleLine of(String raw, String plain, List<ParsedEntry.Link> links, boolean bracketed) {
        String asWritten = raw.stripTrailing();
        String terminator = asWritten.endsWith(".") ? "." : "";
        asWritten = asWritten.substring(0, asWritten.length() - terminator.length());
        String title = plain.strip();
        if (title.endsWith(".")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        if (title.isEmpty() && links.size() == 1 && !bracketed) {
            // "- [Title](url)": the link text is the title
            title = links.get(0).label();
        }
        return new TitleLine(asWritten, terminator, title, links, bracketed);
    }

    private static int lastLine(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.get(spans.size() - 1).getLineIndex();
    }

    /** Index of the first of the links that end the paragraph, or -1. */
    private static int trailingLinks(List<Node> inlines) {
        int first = -1;
        for (int i = inlines.size() - 1; i >= 0; i--) {
            Node n = inlines.get(i);
            if (n instanceof Link) {
                first = i;
            } else if (!(n instanceof SoftLineBreak
                    || (n instanceof Text t && t.getLiteral().isBlank()))) {
                break;
            }
        }
        return first;
    }

    private static String between(SourceText src, SourceSpan a, SourceSpan b, int offset) {
        int la = a.getLineIndex() + offset;
        int lb = b.getLineIndex() + offset;
        if (la == lb) {
            return src.line(la).substring(a.getColumnIndex(), b.getColumnIndex());
        }
        StringBuilder sb = new StringBuilder(src.line(la).substring(a.getColumnIndex()));
        for (int i = la + 1; i < lb; i++) {
            sb.append('\n').append(src.line(i));
        }
        return sb.append('\n').append(src.line(lb), 0, b.getColumnIndex()).toString();
    }

    private static boolean isBracketed(Link l) {
        String t = EntryParser.text(l);
        return t.length() > 2 && t.startsWith("[") && t.endsWith("]");
    }

    private static ParsedEntry.Link link(Link l) {
        String label = EntryParser.text(l);
        if (isBracketed(l)) {
            label = label.substring(1, label.length() - 1);
        }
        return link(label, l.getDestination());
    }

    static ParsedEntry.Link link(String label, String dest) {
        return new ParsedEntry.Link(label, dest, absoluteIri(dest));
    }

    /**
     * The destination when it is an absolute IRI Turtle can carry, else null. A Turtle reader
     * resolves every IRI against the base, which removes dot segments even from an absolute IRI
     * ({@code https://a/../b} reads back as {@code https://a/b}), so only an IRI that resolves to
     * itself is kept: any other would not read back as the imported graph.
     */
    static String absoluteIri(String s) {
        return plainUrl(s) ? s : resolvedIri(s);
    }

    /** {@link #absoluteIri} by Jena's IRI parser and resolution alone. */
    static String resolvedIri(String s) {
        try {
            IRIx iri = IRIx.create(s);
            return iri.isAbsolute() && !s.contains(" ") && BASE.resolve(iri).str().equals(s)
                    ? s
                    : null;
        } catch (IRIException e) {
            return null;
        }
    }

    /**
     * Whether {@code s} is a plain http(s) URL, which Jena's parser accepts and resolution leaves
     * as it is, so that {@link #absoluteIri} need not parse it (that parse was 8% of the scanning
     * thread): a host of lowercase labels (letters, digits, inner single hyphens, at most 63 chars,
     * the last one starting with a letter), then a path of unreserved characters without {@code .}
     * or {@code ..} segments. {@code TitleLineTest} checks this against the parser.
     */
    static boolean plainUrl(String s) {
        int i = s.startsWith("https://") ? 8 : s.startsWith("http://") ? 7 : -1;
        if (i < 0) {
            return false;
        }
        int n = s.length();
        int host = i;
        int label = i;
        for (; i < n && s.charAt(i) != '/'; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (!label(s, label, i)) {
                    return false;
                }
                label = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        if (i == n || label == host || !label(s, label, i)) {
            return false; // no path, a one-label host or a bad label
        }
        char tld = s.charAt(label);
        if (tld < 'a' || tld > 'z') {
            return false;
        }
        int segment = i + 1;
        for (i++; i <= n; i++) {
            char c = i == n ? '/' : s.charAt(i);
            if (c == '/') {
                int len = i - segment;
                if ((len == 1 || len == 2 && s.charAt(segment + 1) == '.')
                        && s.charAt(segment) == '.') {
                    return false; // a dot segment
                }
                segment = i + 1;
            } else if (!(c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~')) {
                return false;
            }
        }
        return true;
    }

    /** A host label {@code s[from, to)}: 1-63 chars, no hyphen first, last or twice in a row. */
    private static boolean label(String s, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 63 || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (s.charAt(k) == '-' && s.charAt(k - 1) == '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is an absolute IRI that a Turtle reader would change (dot segments). */
    static boolean changedByReader(String s) {
        try {
            IRIx iri = IRIx.create(s);
            return iri.isAbsolute() && !s.contains(" ") && absoluteIri(s) == null;
        } catch (IRIException e) {
            return false;
        }
    }
}
