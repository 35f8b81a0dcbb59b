package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an entry list item from its lines alone when it has the usual shape (a one-line title of
 * plain text and {@code [[label]](url)} links, one-line sub-bullets, a digest in a {@code
 * <details>} block), so that commonmark is needed only for the rest: what commonmark would make of
 * these lines is certain here (the item's extent, its sub-items, the title's inline nodes).
 * Anything else, or anything unsure, returns null and the caller parses the item with commonmark.
 */
final class EntryLines {
    /** Characters with an inline meaning (or unusual enough) that a title is left to commonmark. */
    private static final boolean[] TITLE_SPECIAL = table("\\`*_[]<>&!~\t");

    /** URL characters that commonmark would read otherwise (escapes, entities, parentheses). */
    private static final boolean[] URL_SPECIAL = table("\\`()<>&[]");

    private static final String DIGEST = "<details><summary>";
    private static final String OWN_CLOSE = "  </details>";

    private final SourceText src;
    private final EntryParser entries;
    private final List<Integer> starts = new ArrayList<>();
    private int last;

    EntryLines(SourceText src, EntryParser entries) {
        this.src = src;
        this.entries = entries;
    }

    private static boolean[] table(String chars) {
        boolean[] t = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            t[chars.charAt(i)] = true;
        }
        return t;
    }

    /** The last line of the item last read. */
    int last() {
        return last;
    }

    /** The entry whose item starts on line {@code i} ({@code "- "} at column 0), or null. */
    ParsedEntry read(int i) {
        TitleLine t = title(src.line(i));
        if (t == null || !items(i)) {
            return null;
        }
        int[] at = new int[starts.size()];
        int[] columns = new int[at.length];
        for (int k = 0; k < at.length; k++) {
            at[k] = starts.get(k);
            columns[k] = 4;
        }
        return entries.build(t, i, last, at, columns);
    }

    /**
     * Finds the sub-bullets and the item's last line; false when a line could mean something else
     * to commonmark (a lazy continuation, a blank line inside, other indents, tabs).
     */
    private boolean items(int i) {
        starts.clear();
        last = i;
        boolean html = false; // the last line is in an HTML block (no lazy continuation)
        boolean digest = false; // lines indented 4 or more continue the digest
        boolean closed = false; // the last line is the digest's own "  </details>"
        for (int n = i + 1; src.ensure(n); n++) {
            String l = src.line(n);
            int indent = indent(l);
            if (indent < 0) {
                return false;
            } else if (indent == l.length()) {
                return endsAfterBlank(n);
            } else if (l.isBlank()) {
                return false; // white space commonmark does not count as blank
            } else if (closed) {
                return indent < 2; // more after "  </details>" joins that HTML block
            } else if (indent == 0) {
                return html || interrupts(l);
            } else if (digest && indent >= 4) {
                last = n;
            } else if (indent == 2 && isSubItem(l)) {
                digest = l.startsWith(DIGEST, 4);
                html = digest;
                if (!digest && !Character.isLetter(l.codePointAt(4))) {
                    return false;
                }
                starts.add(n);
                last = n;
            } else if (digest && l.equals(OWN_CLOSE)) {
                closed = true;
                last = n;
            } else {
                return false;
            }
        }
        return true; // the text ends
    }

    /**
     * After a blank line: the item ends when the next line that is not blank is at column 0 (or the
     * text ends). The item stays open over the blank lines, so commonmark counts those that are not
     * empty (white space only) as its lines.
     */
    private boolean endsAfterBlank(int n) {
        int lastBlank = -1;
        for (; src.ensure(n); n++) {
            String l = src.line(n);
            int indent = indent(l);
            if (indent < 0) {
                return false;
            } else if (indent < l.length()) {
                if (indent != 0 || l.isBlank()) {
                    return false;
                }
                break;
            } else if (!l.isEmpty()) {
                lastBlank = n;
            }
        }
        last = Math.max(last, lastBlank);
        return true;
    }

    /**
     * Leading spaces; the line's length when it is blank to commonmark (spaces and tabs only); -1
     * when a tab comes before the first other character.
     */
    static int indent(String l) {
        int k = 0;
        while (k < l.length() && l.charAt(k) == ' ') {
            k++;
        }
        if (k == l.length() || l.charAt(k) != '\t') {
            return k;
        }
        for (int j = k; j < l.length(); j++) {
            if (l.charAt(j) != ' ' && l.charAt(j) != '\t') {
                return -1;
            }
        }
        return l.length();
    }

    private static boolean isSubItem(String l) {
        return l.length() > 4 && l.charAt(2) == '-' && l.charAt(3) == ' ' && l.charAt(4) != ' ';
    }

    /**
     * Whether a line at column 0 ends a paragraph above it rather than continuing it lazily: a
     * bullet item with text, or a {@code <details>} tag (an HTML block that interrupts).
     */
    static boolean interrupts(String l) {
        return (l.length() > 2 && l.startsWith("- ") && l.charAt(2) != ' ')
                || l.equals("</details>")
                || l.equals("<details>");
    }

    /** The title line {@code - Title. [[label]](url) ...}, or null when it is not that plain. */
    private static TitleLine title(String l) {
        int n = l.length();
        if (n < 3 || !l.startsWith("- ")) {
            return null;
        }
        char c = l.charAt(2);
        if (!Character.isLetterOrDigit(c) || Character.isDigit(c) && listNumber(l)) {
            return null;
        }
        int at = l.indexOf("[[", 2);
        if (at < 0) {
            return null;
        }
        for (int k = 2; k < at; k++) {
            char x = l.charAt(k);
            if (x < 128 && TITLE_SPECIAL[x]) {
                return null;
            }
        }
        List<ParsedEntry.Link> links = new ArrayList<>(2);
        int k = at;
        while (true) {
            int close = l.indexOf("]](", k + 2);
            if (close < 0 || !label(l, k + 2, close)) {
                return null;
            }
            int end = l.indexOf(')', close + 3);
            if (end < 0 || !url(l, close + 3, end)) {
                return null;
            }
            links.add(TitleLine.link(l.substring(k + 2, close), l.substring(close + 3, end)));
            k = end + 1;
            if (k == n) {
                break;
            }
            while (k < n && l.charAt(k) == ' ') {
                k++;
            }
            if (k == end + 1 || !l.startsWith("[[", k)) {
                return null;
            }
        }
        String before = l.substring(2, at);
        TitleLine t = TitleLine.of(before, before, links, true);
        return t.plain().isEmpty() ? null : t;
    }

    /** Whether the text starts with digits and a '.' or ')' (an ordered list marker). */
    private static boolean listNumber(String l) {
        int k = 2;
        while (k < l.length() && Character.isDigit(l.charAt(k))) {
            k++;
        }
        return k < l.length() && (l.charAt(k) == '.' || l.charAt(k) == ')');
    }

    private static boolean label(String l, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = l.charAt(k);
            if (!(c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == ' '
                    || c == '-'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean url(String l, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = l.charAt(k);
            if (c <= ' ' || c >= 127 || URL_SPECIAL[c]) {
                return false;
            }
        }
        return true;
    }
}
