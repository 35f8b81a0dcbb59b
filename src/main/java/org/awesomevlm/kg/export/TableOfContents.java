package org.awesomevlm.kg.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The generated table of contents: one nested bullet per heading below the title, linking to
 * GitHub's anchor for it (lower-case, punctuation other than '-' and '_' removed, spaces to '-',
 * repeats suffixed -1, -2, ... in document order).
 */
final class TableOfContents {
    private static final Pattern PUNCTUATION =
            Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Parser INLINE = Parser.builder().build();

    /** A heading of the document. */
    record Heading(int level, String text, boolean isToc) {}

    private final Map<String, Integer> seen = new HashMap<>();

    /** The ToC lines for {@code headings} (all headings of the document, in order). */
    static List<String> lines(List<Heading> headings) {
        TableOfContents toc = new TableOfContents();
        // nesting by the levels open above a heading, so the first line is never indented
        Deque<Integer> open = new ArrayDeque<>();
        List<String> out = new ArrayList<>();
        for (Heading h : headings) {
            String plain = plainText(h.text());
            String anchor = toc.anchor(plain);
            if (listed(h)) {
                while (!open.isEmpty() && open.peek() >= h.level()) {
                    open.pop();
                }
                String label = plain.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
                out.add("  ".repeat(open.size()) + "- [" + label + "](#" + anchor + ")");
                open.push(h.level());
            }
        }
        return out;
    }

    /** Whether a heading follows the (first) "Table of Contents" heading. */
    static boolean headingAfterToc(List<Heading> headings) {
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).isToc()) {
                return i + 1 < headings.size();
            }
        }
        return false;
    }

    private static boolean listed(Heading h) {
        return h.level() >= 2 && !h.isToc();
    }

    /** GitHub's anchor for a heading's text, unique within the document. */
    String anchor(String plainText) {
        String id = PUNCTUATION.matcher(plainText.toLowerCase(Locale.ROOT)).replaceAll("");
        id = id.replace(' ', '-');
        int n = seen.merge(id, 1, Integer::sum) - 1;
        return n == 0 ? id : id + "-" + n;
    }

    /** The text a heading renders to: Markdown markup removed. */
    static String plainText(String markdown) {
        StringBuilder sb = new StringBuilder();
        // the leading "x " keeps the text a paragraph ("1. Intro" is not a list item here)
        INLINE.parse("x " + markdown)
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(Text text) {
                                sb.append(text.getLiteral());
                            }

                            @Override
                            public void visit(Code code) {
                                sb.append(code.getLiteral());
                            }
                        });
        return sb.substring(2).strip();
    }
}
