package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awesomevlm.kg.export.MarkdownForms;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * The digest sub-bullet ({@code <details><summary>Digest</summary> ... </details>}): its text
 * without indentation, where its closing tag was, the models it names in bold and the generator
 * artefacts left in it.
 */
final class DigestReader {
    private static final String CLOSE = "</details>";
    private static final Pattern ARTEFACT =
            Pattern.compile(":contentReference\\[oaicite:\\d+\\]\\{index=\\d+\\}");
    private static final Parser INLINE = Parser.builder().build();

    // the digest's Turtle form is made here, on the scanning thread (see Quoted)
    private final Quoted.Maker quoting = new Quoted.Maker();

    ParsedEntry.Digest read(
            int from, int to, String label, String rest, int blank, String exact, EntryParser p) {
        SourceText src = p.source();
        List<String> body = new ArrayList<>();
        boolean restLine = !rest.isEmpty();
        if (restLine) {
            body.add(rest);
        }
        for (int i = from + 1; i <= to; i++) {
            body.add(src.line(i));
        }
        String close = MarkdownForms.MISSING;
        if (!body.isEmpty()) {
            int lastIndex = body.size() - 1;
            String last = body.get(lastIndex);
            if (last.strip().equalsIgnoreCase(CLOSE)) {
                close = MarkdownForms.OWN_LINE;
                body.remove(lastIndex);
            } else if (last.stripTrailing().endsWith(CLOSE)) {
                close = MarkdownForms.SAME_LINE;
                body.set(lastIndex, last.substring(0, last.lastIndexOf(CLOSE)));
            }
        }
        String digest = body.isEmpty() ? null : String.join("\n", dedent(body, restLine));
        String canonical = MarkdownForms.digestLines(label, digest, close);
        String override = p.checked(from, exact, canonical);
        List<String> artefacts = new ArrayList<>();
        if (digest != null && digest.contains(":contentReference[")) {
            Matcher m = ARTEFACT.matcher(digest);
            while (m.find()) {
                artefacts.add(m.group());
            }
        }
        return new ParsedEntry.Digest(
                blank,
                override,
                label,
                digest,
                digest == null ? 0 : GraphBuilder.hash(digest),
                digest == null ? null : quoting.of(digest),
                close,
                models(digest),
                artefacts);
    }

    private static List<String> dedent(List<String> lines, boolean skipFirst) {
        int indent = Integer.MAX_VALUE;
        for (int i = skipFirst ? 1 : 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank()) {
                indent = Math.min(indent, l.length() - l.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i == 0 && skipFirst) {
                out.add(l);
            } else {
                out.add(l.isBlank() ? "" : l.substring(indent));
            }
        }
        return out;
    }

    /** Names in bold that look like model names (short, with a capital letter). */
    static List<String> models(String digest) {
        Set<String> names = new LinkedHashSet<>();
        List<String> simple = digest == null ? null : SimpleStrong.find(digest);
        if (simple != null) {
            simple.forEach(name -> addIfModel(name, names));
        } else if (digest != null) {
            INLINE.parse(digest)
                    .accept(
                            new AbstractVisitor() {
                                @Override
                                public void visit(StrongEmphasis strong) {
                                    addIfModel(EntryParser.text(strong), names);
                                }
                            });
        }
        return new ArrayList<>(names);
    }

    /**
     * Keeps {@code text} when it reads as a model name: at most 40 chars and 4 words (split on
     * {@code \\s+}), a capital A-Z and no line terminator (as {@code .*[A-Z].*} matched). By hand:
     * the regular expressions were compiled on every call.
     */
    private static void addIfModel(String text, Set<String> names) {
        String name = text.strip();
        if (name.length() > 40) {
            return;
        }
        int gaps = 0; // runs of \s inside the name (strip left none at its ends)
        boolean capital = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return;
            }
            if (isSpace(c) && (i == 0 || !isSpace(name.charAt(i - 1)))) {
                gaps++;
            }
            capital |= c >= 'A' && c <= 'Z';
        }
        if (gaps <= 3 && capital) {
            names.add(name);
        }
    }

    /** Java's {@code \\s}: [ \\t\\n\\x0B\\f\\r]. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
