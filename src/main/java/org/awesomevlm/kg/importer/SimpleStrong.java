package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code **bold**} spans of a digest without a Markdown parse, for the common text where the
 * CommonMark rules reduce to pairing: only {@code **} runs of ASCII-flanked delimiters, each either
 * opening or closing, paired on one line, and no other inline syntax (code, links, HTML, escapes,
 * entities, {@code _}) or indented code. Anything else returns null and the caller parses.
 */
final class SimpleStrong {
    private static final String SPECIAL = "\\`<>[]!&_~\t";
    private static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private static final boolean[] IS_SPECIAL = table(SPECIAL);
    private static final boolean[] IS_PUNCT = table(PUNCT);

    private SimpleStrong() {}

    private static boolean[] table(String chars) {
        boolean[] t = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            t[chars.charAt(i)] = true;
        }
        return t;
    }

    /** The texts inside {@code **...**} in document order, or null when a parse is needed. */
    static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!line(text, start, end, out)) {
                return null;
            }
            start = end + 1;
        }
        return out;
    }

    private static boolean line(String s, int from, int to, List<String> out) {
        if (to - from >= 4 && s.startsWith("    ", from)) {
            return false; // indented code
        }
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > 127) {
                continue; // only the chars around a delimiter need classifying
            }
            if (IS_SPECIAL[c]) {
                return false;
            }
            if (c != '*') {
                continue;
            }
            if (i + 1 >= to || s.charAt(i + 1) != '*' || (i + 2 < to && s.charAt(i + 2) == '*')) {
                return false; // a single or triple star
            }
            char before = i == from ? ' ' : s.charAt(i - 1);
            char after = i + 2 >= to ? ' ' : s.charAt(i + 2);
            if (before > 127 || after > 127) {
                return false; // Unicode whitespace and punctuation: let the parser decide
            }
            boolean left = !space(after) && (!punct(after) || space(before) || punct(before));
            boolean right = !space(before) && (!punct(before) || space(after) || punct(after));
            // a run both opening and closing closes a pending opener (2 + 2 is no multiple of 3)
            if (open >= 0 && right) {
                out.add(s.substring(open, i));
                open = -1;
            } else if (open < 0 && left) {
                open = i + 2;
            } else {
                return false;
            }
            i++;
        }
        return open < 0;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean punct(char c) {
        return IS_PUNCT[c];
    }
}
