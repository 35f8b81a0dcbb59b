package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@link EntryParser} asks of an authors line before its regular expressions run: whether it
 * can end with a venue, and its names split without a regular expression when none could match.
 */
final class AuthorsText {
    private AuthorsText() {}

    /** WITH_VENUE needs a text ending in '*' or '_' (and maybe a '.'). */
    static boolean mayHaveVenue(String text) {
        int n = text.length();
        int last = n > 0 && text.charAt(n - 1) == '.' ? n - 2 : n - 1;
        return last >= 0 && (text.charAt(last) == '*' || text.charAt(last) == '_');
    }

    /** The line terminators that regular expressions' '.' does not match. */
    static boolean isLineTerminator(int c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The pieces of NAME_SPLIT's split (before they are stripped and blank ones dropped), split on
     * ',', ';' and '&' by hand unless an "and" may be a word of its own (then by {@code
     * nameSplit}).
     */
    static List<String> splitNames(String names, Pattern nameSplit) {
        for (int p = names.indexOf("and"); p >= 0; p = names.indexOf("and", p + 1)) {
            if (!(p > 0 && isAsciiWord(names.charAt(p - 1)))
                    && !(p + 3 < names.length() && isAsciiWord(names.charAt(p + 3)))) {
                return List.of(nameSplit.split(names));
            }
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ',';
            if (c == ',' || c == ';' || c == '&') {
                out.add(names.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isAsciiWord(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_';
    }
}
