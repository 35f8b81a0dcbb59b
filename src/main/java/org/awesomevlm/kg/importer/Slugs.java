package org.awesomevlm.kg.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The IRI path segments of MODEL.md: {@code slug(s)}, person keys and paper keys. */
public final class Slugs {
    private static final int MAX = 80;
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NON_KEY = Pattern.compile("[^a-z0-9.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Slugs() {}

    /** NFKD-folds to ASCII, lower-cases, turns runs outside [a-z0-9] into '-', cuts to 80. */
    public static String slug(String s) {
        return cut(NON_ALNUM.matcher(fold(s)).replaceAll("-"));
    }

    /** Like {@link #slug} but keeps dots, for identifiers such as DOIs ("10.1000-xyz"). */
    public static String keySlug(String s) {
        return cut(NON_KEY.matcher(fold(s)).replaceAll("-"));
    }

    /** The identity of a person's name: folded, dots dropped, whitespace collapsed, slugged. */
    public static String personKey(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD);
        n = COMBINING.matcher(n).replaceAll("").replace(".", " ");
        return slug(SPACES.matcher(n).replaceAll(" ").strip());
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return COMBINING.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
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
