package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Cuts a list into its top-level pieces in document order, using commonmark's block structure:
 * headings, {@code <details>}/{@code <summary>} lines, entries, and verbatim blocks. Markdown that
 * commonmark swallowed into an HTML block (a {@code <summary>} with no blank line after it) is
 * parsed again as Markdown. Every non-blank line ends up in exactly one piece. By default the usual
 * blocks are read line by line ({@link LineScanner}) and only the rest is parsed by commonmark.
 */
final class BlockScanner {
    private static final Pattern OPEN =
            Pattern.compile("^\\s*<details(\\s[^>]*)?>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY =
            Pattern.compile("^\\s*<summary>(.*)</summary>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_SUMMARY =
            Pattern.compile(
                    "^\\s*<details(\\s[^>]*)?>\\s*<summary>(.*)</summary>\\s*$",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE =
            Pattern.compile("^\\s*</details>\\s*$", Pattern.CASE_INSENSITIVE);

    private final Parser parser =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final SourceText src;
    private final EntryParser entries;
    private final DoubleConsumer progress;
    private final long chunk;
    private final boolean lineScan;
    private final PieceOut pieces;

    BlockScanner(
            SourceText src,
            Consumer<ImportWarning> warnings,
            Consumer<Piece> out,
            DoubleConsumer progress,
            long chunk,
            NameTables names,
            boolean lineScan) {
        this.lineScan = lineScan;
        this.progress = progress;
        this.chunk = chunk;
        this.src = src;
        this.entries = new EntryParser(src, warnings, names);
        this.pieces = new PieceOut(src, warnings, out);
    }

    /** Characters read per parse when streaming; a block larger than this doubles it. */
    static final long CHUNK = 1 << 20;

    /**
     * Scans the whole file; returns 1 when blank lines follow the last piece. The file is parsed a
     * chunk of lines at a time: every top-level block of a chunk but the last is final (commonmark
     * parses line by line without look-ahead, and a top-level block that starts on a line starts
     * there whatever precedes it), and the last one is parsed again at the start of the next chunk,
     * since more lines may belong to it. A long list is cut the same way before its last item that
     * follows a blank line (see {@link #list}). Only link reference definitions reach across
     * blocks; a text with them is parsed whole.
     */
    int scan() {
        if (lineScan && !src.whole) {
            return new LineScanner(this, pieces, src, new EntryLines(src, entries)).scan();
        }
        int start = 0;
        long more = src.whole ? Long.MAX_VALUE : chunk;
        while (true) {
            src.read(more);
            int end = src.size() - 1;
            if (src.eof()) {
                walk(parser.parse(src.join(start, end)), start, null, null);
                break;
            }
            Node doc = parser.parse(src.join(start, end));
            Cut cut = Cut.of(doc, start, start, src);
            if (cut.line() == start) {
                more *= 2; // one block so far: read on, so that re-parsing stays linear
                continue;
            }
            walk(doc, start, cut.last(), cut.stopItem());
            pieces.settle(cut.line());
            start = cut.line();
            more = chunk;
        }
        return pieces.end();
    }

    /** commonmark's parse of lines [from, to]. */
    Node parse(int from, int to) {
        return parser.parse(src.join(from, to));
    }

    /** A details/summary HTML block the line scanner found on lines [first, last]. */
    void html(int first, int last) {
        pieces.endList();
        progress();
        structural(first, last);
    }

    void progress() {
        progress.accept(src.fraction());
    }

    private void scan(int from, int to) {
        walk(parser.parse(src.join(from, to)), from, null, null);
    }

    /**
     * The top-level blocks of {@code doc} (lines shifted by {@code from}) before {@code stop}; when
     * {@code stopItem} is set, {@code stop} is a list whose items before {@code stopItem} are read
     * too (the rest of it starts the next chunk).
     */
    void walk(Node doc, int from, Node stop, Node stopItem) {
        for (Node n = doc.getFirstChild(); n != stop || stopItem != null; n = n.getNext()) {
            if (n == null) {
                break;
            }
            if (n.getSourceSpans().isEmpty()) {
                continue;
            }
            int first = EntryParser.Spans.first(n) + from;
            int last = EntryParser.Spans.last(n) + from;
            progress.accept(src.fraction());
            if (pieces.openFirst >= 0 && !(n instanceof ListBlock)) {
                throw new IllegalStateException("line " + (first + 1) + ": the cut list ends");
            }
            if (n instanceof Heading h) {
                pieces.emit(first, last, (l, b) -> heading(h, l, b, first, last, from));
            } else if (n instanceof HtmlBlock && isStructural(src.line(first))) {
                structural(first, last);
            } else if (n instanceof HtmlBlock) {
                pieces.verbatim(first, last, "html");
            } else if (n instanceof ListBlock list) {
                list(list, first, last, from, n == stop ? stopItem : null);
            } else if (n instanceof Paragraph p) {
                pieces.verbatim(first, last, paragraphKind(p));
            } else {
                pieces.verbatim(first, last, "other");
            }
            if (n == stop) {
                break;
            }
        }
    }

    private Piece heading(Heading h, int line, int blank, int first, int last, int offset) {
        String text = "";
        Node a = h.getFirstChild();
        Node z = h.getLastChild();
        if (a != null && !a.getSourceSpans().isEmpty() && !z.getSourceSpans().isEmpty()) {
            SourceSpan s = a.getSourceSpans().get(0);
            SourceSpan e = z.getSourceSpans().get(z.getSourceSpans().size() - 1);
            if (s.getLineIndex() == e.getLineIndex()) {
                text =
                        src.line(s.getLineIndex() + offset)
                                .substring(s.getColumnIndex(), e.getColumnIndex() + e.getLength());
            } else {
                text = EntryParser.text(h).strip();
            }
        }
        return new Piece.Heading(line, blank, h.getLevel(), text, src.join(first, last));
    }

    static boolean isStructural(String line) {
        return OPEN.matcher(line).matches()
                || OPEN_SUMMARY.matcher(line).matches()
                || CLOSE.matcher(line).matches();
    }

    /** An HTML block of details/summary lines, possibly followed by swallowed Markdown. */
    void structural(int first, int last) {
        int i = first;
        while (i <= last) {
            String line = src.line(i);
            Matcher os = OPEN_SUMMARY.matcher(line);
            if (os.matches()) {
                String summary = os.group(2);
                pieces.emit(i, i, (l, b) -> new Piece.Open(l, b, summary, true, line));
                i++;
            } else if (OPEN.matcher(line).matches()) {
                Matcher s = i < last ? SUMMARY.matcher(src.line(i + 1)) : null;
                if (s != null && s.matches()) {
                    String summary = s.group(1);
                    String exact = src.join(i, i + 1);
                    pieces.emit(i, i + 1, (l, b) -> new Piece.Open(l, b, summary, false, exact));
                    i += 2;
                } else {
                    pieces.emit(i, i, (l, b) -> new Piece.Open(l, b, null, false, line));
                    i++;
                }
            } else if (CLOSE.matcher(line).matches()) {
                pieces.emit(i, i, (l, b) -> new Piece.Close(l, b, line));
                i++;
            } else {
                scan(i, last);
                return;
            }
        }
    }

    /**
     * A list's items are entries and plain items each kept verbatim, or, when none is an entry, the
     * whole list is one verbatim block. A list cut at {@code stopItem} stays open: its items are
     * held (from {@link PieceOut#openFirst}) until one is an entry or the list ends.
     */
    private void list(ListBlock list, int first, int last, int offset, Node stopItem) {
        int listFirst = pieces.openFirst >= 0 ? pieces.openFirst : first;
        boolean any = pieces.openFirst >= 0 && pieces.openAny;
        List<ParsedEntry> parsed = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != stopItem; item = item.getNext()) {
            if (EntryParser.Spans.last(item) + offset <= pieces.done) {
                continue; // read by the line scanner before this window
            }
            ParsedEntry e = entries.parse((ListItem) item, offset);
            parsed.add(e);
            spans.add(
                    new int[] {
                        EntryParser.Spans.first(item) + offset,
                        EntryParser.Spans.last(item) + offset
                    });
            any |= e != null;
        }
        pieces.openFirst = stopItem == null ? -1 : listFirst;
        pieces.openAny = any;
        if (!any) {
            for (int[] span : spans) {
                pieces.held.add(span);
            }
            if (stopItem == null) {
                pieces.held.clear();
                pieces.verbatim(listFirst, last, "list");
            }
            return;
        }
        for (int[] h : pieces.held) {
            pieces.plainItem(h[0], h[1]);
        }
        pieces.held.clear();
        for (int n = 0; n < parsed.size(); n++) {
            ParsedEntry e = parsed.get(n);
            int a = spans.get(n)[0];
            if (e != null) {
                pieces.emit(a, spans.get(n)[1], (l, b) -> new Piece.Entry(l, b, e));
            } else {
                pieces.plainItem(a, spans.get(n)[1]);
            }
        }
    }

    private static String paragraphKind(Paragraph p) {
        int images = 0;
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image || (c instanceof Link && c.getFirstChild() instanceof Image)) {
                images++;
            } else if (!(c instanceof SoftLineBreak
                    || c instanceof HtmlInline
                    || (c instanceof Text t && t.getLiteral().isBlank()))) {
                return "paragraph";
            }
        }
        return images > 1 ? "badges" : images == 1 ? "image" : "paragraph";
    }
}
