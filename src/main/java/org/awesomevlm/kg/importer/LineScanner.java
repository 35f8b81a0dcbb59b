package org.awesomevlm.kg.importer;

import org.commonmark.node.Node;

/**
 * Scans a list line by line: the usual blocks (one-line headings, {@code <details>} lines, entries
 * of the usual shape, {@link EntryLines}) are read here, everything else by commonmark in windows
 * of the text ({@link #window}). A block is read here only where commonmark's reading is certain
 * from the lines alone, so the pieces are those of a commonmark parse of the whole text.
 */
final class LineScanner {
    /** Lines held before the ones already read are forgotten. */
    private static final int DROP = 1 << 12;

    /** Characters with an inline meaning (or unusual enough) that a heading goes to commonmark. */
    private static final String HEADING_SPECIAL = "\\`*_[]<>&!~#\t";

    private final BlockScanner blocks;
    private final PieceOut pieces;
    private final SourceText src;
    private final EntryLines entries;

    /** First line of the last entry read here, while its list is open; else -1. */
    private int openItem = -1;

    LineScanner(BlockScanner blocks, PieceOut pieces, SourceText src, EntryLines entries) {
        this.blocks = blocks;
        this.pieces = pieces;
        this.src = src;
        this.entries = entries;
    }

    /** Scans the whole text; returns 1 when blank lines follow the last piece. */
    int scan() {
        int i = 0;
        while (src.ensure(i)) {
            String l = src.line(i);
            int indent = EntryLines.indent(l);
            if (indent == l.length()) {
                i++; // blank
                continue;
            }
            int next = indent == 0 && !l.isBlank() ? read(i, l) : -1;
            if (next < 0) {
                // commonmark from here, or from the entry before when a list is open (the lines
                // after an item may continue its list)
                next = window(openItem >= 0 ? openItem : i, i);
                openItem = -1;
            }
            i = next;
            if (i - src.firstHeld() > DROP) {
                pieces.drop((openItem >= 0 ? openItem : i) - 1);
            }
        }
        return pieces.end();
    }

    /** Reads the block on line {@code i} (column 0) here; the line after it, or -1 when unsure. */
    private int read(int i, String l) {
        char c = l.charAt(0);
        if (c == '-') {
            ParsedEntry e = entries.read(i);
            if (e == null) {
                return -1;
            }
            blocks.progress();
            pieces.entry(i, entries.last(), e);
            openItem = i;
            return entries.last() + 1;
        }
        if (c == '#') {
            int level = headingLevel(l);
            if (level == 0) {
                return -1;
            }
            openItem = -1;
            blocks.progress();
            pieces.heading(i, level, l.substring(level + 1));
            return i + 1;
        }
        if (c == '<'
                && (l.startsWith("<details>")
                        || l.startsWith("<details ")
                        || l.startsWith("</details>"))
                && BlockScanner.isStructural(l)) {
            // an HTML block (it may interrupt any paragraph) that ends before a blank line
            int last = i;
            while (src.ensure(last + 1) && !blank(src.line(last + 1))) {
                last++;
            }
            openItem = -1;
            blocks.html(i, last);
            return last + 1;
        }
        return -1;
    }

    /**
     * Parses lines from {@code start} with commonmark until the block on line {@code i} (which the
     * line scanner could not read) is done, and returns the line where the last block parsed
     * starts: as in {@link BlockScanner#scan()}, that one is read again (line by line if it can
     * be). A window that starts before {@code i} starts at an entry already read, to give
     * commonmark the list that the lines after it may continue; that entry is not read twice.
     */
    private int window(int start, int i) {
        int end = candidate(i + 1, CANDIDATE_LINES);
        while (true) {
            Node doc = blocks.parse(start, end);
            if (src.eof() && end == src.size() - 1) {
                blocks.walk(doc, start, null, null);
                return src.size();
            }
            Cut cut = Cut.of(doc, start, i, src);
            if (cut.line() <= i) { // the block on line i goes on: read on, twice as far
                end = candidate(Math.max(end + 1, start + 2 * (end - start)), CANDIDATE_LINES);
                continue;
            }
            blocks.walk(doc, start, cut.last(), cut.stopItem());
            pieces.settle(cut.line());
            return cut.line();
        }
    }

    /** Lines a window looks ahead for a place where the line scanner may take up again. */
    private static final int CANDIDATE_LINES = 4096;

    /**
     * The first line from {@code from} on where a block the line scanner reads may start (column 0,
     * a blank line before it), else the line {@code lines} on, or the last line.
     */
    private int candidate(int from, int lines) {
        int n = from;
        for (; src.ensure(n) && n < from + lines; n++) {
            String l = src.line(n);
            if (!l.isEmpty() && "-#<".indexOf(l.charAt(0)) >= 0 && blank(src.line(n - 1))) {
                return n;
            }
        }
        return Math.min(n, src.size() - 1);
    }

    private static boolean blank(String l) {
        return EntryLines.indent(l) == l.length();
    }

    /** The level of a one-line heading of plain text ({@code ## Text}), else 0. */
    static int headingLevel(String l) {
        int level = 0;
        while (level < l.length() && l.charAt(level) == '#') {
            level++;
        }
        int n = l.length();
        if (level > 6
                || n < level + 2
                || l.charAt(level) != ' '
                || l.charAt(level + 1) == ' '
                || l.charAt(n - 1) == ' ') {
            return 0;
        }
        for (int k = level + 1; k < n; k++) {
            if (HEADING_SPECIAL.indexOf(l.charAt(k)) >= 0) {
                return 0;
            }
        }
        return level;
    }
}
