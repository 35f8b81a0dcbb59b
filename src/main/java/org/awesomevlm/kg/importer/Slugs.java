package org.awesomevlm.kg.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The IRI path segments of MODEL.md: {@code slug(s)}, person keys and paper keys. */
public final class Slugs {
    private static final int MAX = 80;
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private Slugs() {}

    /** NFKD-folds to ASCII, lower-cases, turns runs outside [a-z0-9] into '-', cuts to 80. */
    public static String slug(String s) {
        return cut(dashes(fold(s), false));
    }

    /** Like {@link #slug} but keeps dots, for identifiers such as DOIs ("10.1000-xyz"). */
    public static String keySlug(String s) {
        return cut(dashes(fold(s), true));
    }

    /**
     * The identity of a person's name: folded, dots dropped, whitespace collapsed, slugged. (Dots
     * and white space fall in the runs {@link #slug} turns into one '-' anyway: it is the slug.)
     */
    public static String personKey(String name) {
        return slug(name);
    }

    static String fold(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            String folded = c < LATIN.length ? LATIN[c] : null;
            if (folded == null) {
                return foldUnicode(s);
            }
            if (b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            b.append(folded);
        }
        return (b == null ? s : b.toString()).toLowerCase(Locale.ROOT);
    }

    private static String foldUnicode(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return COMBINING.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * The fold of each Latin letter up to U+024F whose fold is ASCII ("É" → "E"), made by {@link
     * #foldUnicode} itself; null for the others. NFKD decomposes character by character and only
     * reorders combining marks, which the fold drops, so a text of ASCII and these folds as these.
     */
    private static final String[] LATIN = new String[0x250];

    static {
        for (char c = 0x80; c < LATIN.length; c++) {
            String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
            n = COMBINING.matcher(n).replaceAll("");
            if (!n.isEmpty() && n.chars().allMatch(x -> x < 0x80)) {
                LATIN[c] = n;
            }
        }
    }

    /** Each run of characters outside [a-z0-9] (and '.' when {@code dots}) as one '-'. */
    private static String dashes(String s, boolean dots) {
        StringBuilder b = new StringBuilder(s.length());
        boolean run = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (dots && c == '.')) {
                b.append(c);
                run = false;
            } else if (!run) {
                b.append('-');
                run = true;
            }
        }
        return b.toString();
    }

    private static String cut(String s) {
        String t = trimDashes(s);
        if (t.length() > MAX) {
            int dash = t.lastIndexOf('-', MAX);
            t = trimDashes(dash > MAX / 2 ? t.substring(0, dash) : t.substring(0, MAX));
        }
        return t.isEmpty() ? "x" : t;
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '-') {
            b--;
        }
        return s.substring(a, b);
    }
}
