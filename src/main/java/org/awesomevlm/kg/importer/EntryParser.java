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
    private static final Pattern DIGEST_START =
            Pattern.compile(
                    "^<details>\\s*<summary>(.*?)</summary>(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORS_PREFIX =
            Pattern.compile("^(Authors?\\s*:\\s*)(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][\\w '/&()-]{0,39}?): (.*)$");
    private static final Pattern ENTRY_FIELD =
            Pattern.compile(
                    "^(<details>\\s*<summary>|(key ?words?|modality|modalities|datasets?|authors?)\\s*:)",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_VENUE = Pattern.compile("^(.*?)(\\.?)(\\s+[*_].*[*_]\\.?)$");
    private static final Pattern NO_VENUE = Pattern.compile("^(.*?)(\\.?)$");
    private static final Pattern VENUE_TEXT = Pattern.compile("[*_]+([^*_]+)[*_]+");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    private static final Pattern PLACEHOLDER =
            Pattern.compile(
                    "^(\\[.*not provided.*\\]|unknown|n/a|anonymous)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALIAS = Pattern.compile("\\s*\\(([A-Za-z0-9][\\w.+-]{0,39})\\)$");

    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private final SourceText src;
    private final Consumer<ImportWarning> warnings;
    private final DigestReader digests = new DigestReader();
    private final NameTables tables;

    EntryParser(SourceText src, Consumer<ImportWarning> warnings, NameTables names) {
        this.src = src;
        this.warnings = warnings;
        this.tables = names;
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
        int first = Spans.first(item) + offset;
        if (!entryLike) {
            return null;
        }
        if (t.links().isEmpty()) {
            throw new KgException(
                    src.file, first + 1, "entry has no link on its title line: " + src.line(first));
        }
        if (t.plain().isEmpty()) {
            throw new KgException(
                    src.file, first + 1, "entry has no title before its links: " + src.line(first));
        }
        int last = Spans.last(item) + offset;
        List<int[]> units = units(first, last, subs);
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
        List<ParsedEntry.SubLine> lines = new ArrayList<>();
        boolean authorsSeen = false;
        for (int k = 1; k < units.size(); k++) {
            int[] u = units.get(k);
            int blank = u[0] - units.get(k - 1)[1] > 1 ? 1 : 0;
            int contentCol = subs.get(k - 1).contentColumn();
            ParsedEntry.SubLine line = subLine(u[0], u[1], contentCol, blank, k == 1, authorsSeen);
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
    private List<int[]> units(int first, int last, List<Sub> subs) {
        List<Integer> starts = new ArrayList<>();
        starts.add(first);
        for (Sub s : subs) {
            starts.add(s.firstLine());
        }
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) - 1 : last;
            while (end > starts.get(k) && src.isBlank(end)) {
                end--;
            }
            out.add(new int[] {starts.get(k), end});
        }
        return out;
    }

    /** One sub-bullet; an entry has at most one authors line (the first, or "Authors: ..."). */
    private ParsedEntry.SubLine subLine(
            int from, int to, int contentCol, int blank, boolean first, boolean authorsSeen) {
        String exact = src.join(from, to);
        String line = src.line(from);
        String content = line.substring(Math.min(contentCol, line.length()));
        Matcher digest = DIGEST_START.matcher(content);
        if (digest.matches()) {
            return digests.read(from, to, digest.group(1), digest.group(2), blank, exact, this);
        }
        String joined = content;
        for (int i = from + 1; i <= to; i++) {
            joined += " " + src.line(i).strip();
        }
        Matcher prefixed = AUTHORS_PREFIX.matcher(content);
        if (prefixed.matches() && !authorsSeen) {
            return authors(
                    from, prefixed.group(1), joined.substring(prefixed.end(1)), blank, exact);
        }
        Matcher field = FIELD.matcher(content);
        if (field.matches()) {
            String label = field.group(1);
            String value = joined.substring(field.start(2));
            String kind = fieldKind(label);
            String canonical = MarkdownForms.fieldLine(label, field.group(2));
            String override = checked(from, exact, canonical);
            List<String> values = values(kind, value);
            List<String> concepts = new ArrayList<>(values.size());
            for (String v : values) {
                concepts.add(tables.concept(kind, v));
            }
            return new ParsedEntry.Field(
                    blank, override, label, field.group(2), kind, values, concepts);
        }
        if (first) {
            return authors(from, "", joined, blank, exact);
        }
        warn(from, "sub-bullet not understood, kept verbatim: " + content);
        return new ParsedEntry.Verbatim(blank, exact);
    }

    private ParsedEntry.Authors authors(
            int from, String prefix, String text, int blank, String exact) {
        String names;
        String suffix;
        String venueAsWritten = "";
        Matcher m = AuthorsText.mayHaveVenue(text) ? WITH_VENUE.matcher(text) : null;
        if (m != null && m.matches()) {
            names = m.group(1);
            suffix = m.group(2);
            venueAsWritten = m.group(3);
        } else if (text.chars().anyMatch(AuthorsText::isLineTerminator)) {
            m = NO_VENUE.matcher(text); // no match: '.' stops at these (as it always did)
            m.matches();
            names = m.group(1);
            suffix = m.group(2);
        } else { // NO_VENUE: a final '.' is the suffix
            suffix = text.endsWith(".") ? "." : "";
            names = text.substring(0, text.length() - suffix.length());
        }
        String venue = null;
        Matcher v = VENUE_TEXT.matcher(venueAsWritten);
        if (v.find()) {
            venue = v.group(1).strip();
        }
        String placeholder = null;
        List<String> list = new ArrayList<>();
        if (PLACEHOLDER.matcher(names.strip()).matches()) {
            placeholder = names;
        } else {
            for (String n : AuthorsText.splitNames(names, NAME_SPLIT)) {
                if (!n.isBlank()) {
                    list.add(n.strip());
                }
            }
        }
        String rendered = placeholder != null ? placeholder : String.join(", ", list);
        String canonical = MarkdownForms.authorsLine(prefix, rendered, suffix, venueAsWritten);
        String override = checked(from, exact, canonical);
        List<String> persons = new ArrayList<>(list.size());
        for (String name : list) {
            persons.add(tables.author(name));
        }
        return new ParsedEntry.Authors(
                blank, override, prefix, list, persons, placeholder, suffix, venueAsWritten, venue);
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

    static String fieldKind(String label) {
        String l = label.toLowerCase().replace(" ", "");
        return switch (l) {
            case "keywords", "keyword" -> "keyword";
            case "modality", "modalities" -> "modality";
            case "datasets", "dataset" -> "dataset";
            default -> "other";
        };
    }

    /** Splits a field value on ';' (or ',' when there is no ';'); a final '.' is dropped. */
    static List<String> values(String kind, String value) {
        List<String> out = new ArrayList<>();
        if (kind.equals("other")) {
            return out;
        }
        String v = value.strip();
        if (v.endsWith(".")) {
            v = v.substring(0, v.length() - 1);
        }
        for (String part : v.split(v.contains(";") ? ";" : ",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
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
