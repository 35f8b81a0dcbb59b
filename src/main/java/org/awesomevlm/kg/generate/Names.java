package org.awesomevlm.kg.generate;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Person names by rank (a bijection onto distinct names) and their variant spellings. */
final class Names {
    private static final String[] FIRST = distinct(Words.FIRST);
    private static final String[] LAST = distinct(Words.LAST);

    private Names() {}

    /** The canonical spelling of the person of this rank. */
    static String canonical(long rank) {
        int f = FIRST.length;
        int l = LAST.length;
        int a = (int) (rank % f);
        long q = rank / f;
        // The shift keeps the map bijective while the most popular ranks get varied surnames.
        int b = (int) ((q + a * 37L) % l);
        long c = q / l;
        StringBuilder sb = new StringBuilder(32).append(FIRST[a]).append(' ');
        // Middle names in bijective base f, so every rank keeps a distinct name.
        for (long m = c; m > 0; m /= f) {
            m--;
            sb.append(FIRST[(int) (m % f)]).append(' ');
        }
        return sb.append(LAST[b]).toString();
    }

    /**
     * The name as another paper might write it: accents dropped, or the given names as initials.
     */
    static String variant(String name, boolean preferAccents) {
        String folded = dropAccents(name);
        if (preferAccents && !folded.equals(name)) {
            return folded;
        }
        String[] parts = name.split(" ");
        StringBuilder sb = new StringBuilder();
        // Initials for the given names; a two-word surname ("De Luca") keeps both words.
        int surnameStart = surnameStart(parts);
        for (int i = 0; i < surnameStart; i++) {
            sb.append(parts[i].charAt(0)).append(". ");
        }
        for (int i = surnameStart; i < parts.length; i++) {
            sb.append(parts[i]).append(i + 1 < parts.length ? " " : "");
        }
        String initials = sb.toString();
        return initials.equals(name) ? folded : initials;
    }

    static String dropAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    private static int surnameStart(String[] parts) {
        int last = parts.length - 1;
        if (last >= 2 && (parts[last - 1].equals("De") || parts[last - 1].equals("Van"))) {
            return last - 1;
        }
        return last;
    }

    /** Drops words whose folded form repeats an earlier one ("Inés" after "Inês"). */
    private static String[] distinct(String[] words) {
        Map<String, String> byFold = new LinkedHashMap<>();
        for (String w : words) {
            byFold.putIfAbsent(dropAccents(w).toLowerCase(Locale.ROOT), w);
        }
        return byFold.values().toArray(String[]::new);
    }
}
