package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.export.MarkdownForms;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlBlock;
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
 * Reads one list item as a paper entry: the title line with its links, then each sub-bullet
 * (authors, {@code Label: value} fields, the digest). commonmark gives the structure (the item, its
 * sub-items, the title's links); regular expressions only split single lines.
 */
final class EntryParser {
    private static final Pattern ENTRY_FIELD =
            Pattern.compile(
                    "^(<details>\\s*<summary>|(key ?words?|modality|modalities|datasets?|authors?)\\s*:)",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern ALIAS = Pattern.compile("\\s*\\(([A-Za-z0-9][\\w.+-]{0,39})\\)$");

    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final SourceText src;
    private final Consumer<ImportWarning> warnings;
    private final SubLines subLines;

    EntryParser(SourceText src, Consumer<ImportWarning> warnings, NameTables names) {
        this.src = src;
        this.warnings = warnings;
        this.subLines = new SubLines(this, names);
    }

    /**
     * The entry in {@code item} (source lines shifted by {@code offset}), or null when the item is
     * not an entry (a plain list item such as a link in a link list).
     */
    ParsedEntry parse(ListItem item, int offset) {
        if (!(item.getFirstChild() instanceof Paragraph title)) {
            return null;
        }
        List<Sub> subs = new ArrayList<>();
        collectSubs(item, offset, 0, subs);
        TitleLine t = TitleLine.read(title, offset, src);
        boolean entryLike = t.bracketed() || subs.stream().anyMatch(this::looksLikeField);
        if (!entryLike) {
            return null;
        }
        int[] starts = new int[subs.size()];
        int[] columns = new int[subs.size()];
        for (int k = 0; k < subs.size(); k++) {
            starts[k] = subs.get(k).firstLine();
            columns[k] = subs.get(k).contentColumn();
        }
        return build(t, Spans.first(item) + offset, Spans.last(item) + offset, starts, columns);
    }

    /**
     * The entry of an item on lines [first, last] with title line {@code t} and sub-bullets
     * starting on lines {@code subStarts} with their content at {@code subColumns}: what follows
     * the item's structure, shared by the commonmark reading and {@link EntryLines}.
     */
    ParsedEntry build(TitleLine t, int first, int last, int[] subStarts, int[] subColumns) {
        if (t.links().isEmpty()) {
            throw new KgException(
                    src.file, first + 1, "entry has no link on its title line: " + src.line(first));
        }
        if (t.plain().isEmpty()) {
            throw new KgException(
                    src.file, first + 1, "entry has no title before its links: " + src.line(first));
        }
        List<int[]> units = units(first, last, subStarts);
        String titleExact = src.join(units.get(0)[0], units.get(0)[1]);
        String canonical = MarkdownForms.titleLine(t.asWritten(), t.terminator(), t.linkTexts());
        boolean badUrl = false;
        for (ParsedEntry.Link link : t.links()) {
            if (link.url() == null) {
                badUrl = true;
                warn(
                        first,
                        TitleLine.changedByReader(link.destination())
                                ? "link destination has '.' or '..' segments a Turtle reader"
                                        + " would remove: "
                                        + link.destination()
                                : "link destination is not an absolute IRI: " + link.destination());
            }
        }
        String titleOverride = canonical.equals(titleExact) && !badUrl ? null : titleExact;
        if (titleOverride != null) {
            warn(first, "title line kept as written (not '- Title. [[label]](url) ...')");
        }
        List<ParsedEntry.SubLine> lines = new ArrayList<>(units.size() - 1);
        boolean authorsSeen = false;
        for (int k = 1; k < units.size(); k++) {
            int[] u = units.get(k);
            int blank = u[0] - units.get(k - 1)[1] > 1 ? 1 : 0;
            ParsedEntry.SubLine line =
                    subLines.read(u[0], u[1], subColumns[k - 1], blank, k == 1, authorsSeen);
            authorsSeen |= line instanceof ParsedEntry.Authors;
            lines.add(line);
        }
        Matcher alias = ALIAS.matcher(t.plain());
        String plainTitle = t.plain();
        String aliasName = null;
        if (alias.find() && alias.group(1).matches(".*[A-Z].*")) {
            aliasName = alias.group(1);
            plainTitle = plainTitle.substring(0, alias.start()).strip();
        }
        return new ParsedEntry(
                first + 1,
                t.asWritten(),
                t.terminator(),
                plainTitle,
                aliasName,
                titleOverride,
                t.links(),
                lines);
    }

    /** A sub-bullet and where its parse sits in the file (sub-parses are shifted). */
    private record Sub(ListItem item, int lineOffset, int colOffset) {
        int firstLine() {
            return Spans.first(item) + lineOffset;
        }

        int contentColumn() {
            return Spans.contentColumn(item) + colOffset;
        }
    }

    /**
     * The sub-bullets of an entry: the items of its nested lists, plus those commonmark swallowed
     * into an HTML block after a digest's {@code </details>} (no blank line ends that block), which
     * are parsed again as Markdown.
     */
    private void collectSubs(Node container, int lineOffset, int colOffset, List<Sub> out) {
        for (Node c = container.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof ListBlock list) {
                for (Node i = list.getFirstChild(); i != null; i = i.getNext()) {
                    out.add(new Sub((ListItem) i, lineOffset, colOffset));
                }
            } else if (c instanceof HtmlBlock && !c.getSourceSpans().isEmpty()) {
                int first = Spans.first(c) + lineOffset;
                int last = Spans.last(c) + lineOffset;
                if (first < last && src.line(first).strip().equalsIgnoreCase("</details>")) {
                    int indent = c.getSourceSpans().get(0).getColumnIndex() + colOffset;
                    StringBuilder rest = new StringBuilder();
                    boolean indented = true;
                    for (int l = first + 1; l <= last; l++) {
                        String line = src.line(l);
                        int cut = Math.min(indent, line.length() - line.stripLeading().length());
                        rest.append(line, cut, line.length()).append('\n');
                        indented &= cut == indent || line.isBlank();
                    }
                    if (indented) {
                        collectSubs(PARSER.parse(rest.toString()), first + 1, indent, out);
                    }
                }
            }
        }
    }

    private boolean looksLikeField(Sub sub) {
        String text = src.line(sub.firstLine());
        int col = Math.min(sub.contentColumn(), text.length());
        return ENTRY_FIELD.matcher(text.substring(col)).find();
    }

    /** Line ranges [first, last] of the title and of each sub-bullet, trailing blanks trimmed. */
    private List<int[]> units(int first, int last, int[] subStarts) {
        List<int[]> out = new ArrayList<>(subStarts.length + 1);
        for (int k = 0; k <= subStarts.length; k++) {
            int start = k == 0 ? first : subStarts[k - 1];
            int end = k < subStarts.length ? subStarts[k] - 1 : last;
            while (end > start && src.isBlank(end)) {
                end--;
            }
            out.add(new int[] {start, end});
        }
        return out;
    }

    /** The exact text when it differs from the canonical form (with a warning), else null. */
    String checked(int line, String exact, String canonical) {
        if (canonical.equals(exact)) {
            return null;
        }
        warn(line, "sub-bullet kept as written (not in the usual form)");
        return exact;
    }

    void warn(int line, String message) {
        warnings.accept(new ImportWarning(src.file, line + 1L, message));
    }

    SourceText source() {
        return src;
    }

    /** Text content of inline nodes, markup removed. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString();
    }

    private static void appendText(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (node instanceof Code c) {
            sb.append(c.getLiteral());
        } else if (node instanceof SoftLineBreak) {
            sb.append(' ');
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            appendText(c, sb);
        }
    }

    /** Source-span helpers. */
    static final class Spans {
        private Spans() {}

        static int first(Node n) {
            return n.getSourceSpans().get(0).getLineIndex();
        }

        static int last(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            return spans.get(spans.size() - 1).getLineIndex();
        }

        /** Column where a list item's content starts (after the marker). */
        static int contentColumn(ListItem item) {
            Node c = item.getFirstChild();
            if (c != null && !c.getSourceSpans().isEmpty()) {
                return c.getSourceSpans().get(0).getColumnIndex();
            }
            return item.getSourceSpans().get(0).getColumnIndex() + 2;
        }

        static boolean isLink(Node n) {
            return n instanceof Link;
        }
    }
}
