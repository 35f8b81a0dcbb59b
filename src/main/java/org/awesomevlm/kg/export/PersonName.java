package org.awesomevlm.kg.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name as written in the list ("Cristian A. Linte", "Ludwig van Beethoven", "José Núñez Jr.")
 * split into given names, particle, family name and suffix for citation formats. The list writes
 * names given-first, so the last word is the family name; lower-case words before it are particles.
 *
 * @param given given names ("Cristian A."), "" for a single-word name
 * @param particle lower-case particle ("van", "de la"), ""
 * @param family family name; the whole name when it is one word
 * @param suffix generational suffix ("Jr.", "III"), ""
 */
record PersonName(String given, String particle, String family, String suffix) {
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    static PersonName parse(String written) {
        List<String> words = new ArrayList<>(Arrays.asList(written.strip().split("\\s+")));
        String suffix = "";
        if (words.size() > 2
                && SUFFIXES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            suffix = words.remove(words.size() - 1);
        }
        if (words.size() == 1) {
            return new PersonName("", "", words.get(0), suffix);
        }
        String family = words.remove(words.size() - 1);
        int firstParticle = words.size();
        // particles follow at least one given name: "van Gogh" alone keeps "van" as a given name
        while (firstParticle > 1 && isParticle(words.get(firstParticle - 1))) {
            firstParticle--;
        }
        String particle = String.join(" ", words.subList(firstParticle, words.size()));
        String given = String.join(" ", words.subList(0, firstParticle));
        return new PersonName(given, particle, family, suffix);
    }

    private static boolean isParticle(String word) {
        return !word.isEmpty()
                && Character.isLowerCase(word.codePointAt(0))
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '\'');
    }

    /** The family name with its particle: "van Beethoven". */
    String fullFamily() {
        return particle.isEmpty() ? family : particle + " " + family;
    }
}
