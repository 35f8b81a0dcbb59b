package org.awesomevlm.kg.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Citation keys in the Google Scholar style, {@code hartsock2024visionlanguage}: first author's
 * family name, year, first significant word of the title (not a stop word, not a number), folded to
 * ASCII letters and digits. Keys are handed out in list order; a key already given gets {@code -2},
 * {@code -3}, … (base keys have no hyphen, so these never meet another paper's base key).
 */
final class CitationKeys {
    private static final Set<String> STOP_WORDS =
            Set.of(
                    "a", "an", "the", "on", "of", "for", "to", "toward", "towards", "in", "into",
                    "and", "or", "with", "via", "from", "by", "at", "is", "are", "do", "does",
                    "can", "how", "what", "why", "when", "we", "our");

    private final Set<String> used = new HashSet<>();

    /** The key for the next paper: {@code family} may be null (no authors), {@code year} too. */
    String next(String family, String year, String title) {
        String base = base(family, year, title);
        String key = base;
        for (int n = 2; !used.add(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    static String base(String family, String year, String title) {
        String name = family == null ? "" : fold(family);
        String word = "";
        for (String w : (title == null ? "" : title).split("\\s+")) {
            String f = fold(w);
            if (!f.isEmpty() && !STOP_WORDS.contains(f) && !f.matches("\\d+")) {
                word = f;
                break;
            }
        }
        return (name.isEmpty() ? "anon" : name) + (year == null ? "" : fold(year)) + word;
    }

    /** Lower-case ASCII letters and digits of {@code s}, accents dropped ("Núñez" → "nunez"). */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "");
    }
}
