package org.awesomevlm.kg.importer;

import java.util.regex.Pattern;

/**
 * The identity of a keyword, modality or dataset label (MODEL.md, "Concept normalisation"), so that
 * spelling variants such as "Chest Xray", "Chest X-rays" and "Chest Radiographs" meet.
 */
final class ConceptNormalizer {
    private static final Pattern XRAY = Pattern.compile("\\bx[\\s-]?rays?\\b|\\bradiographs?\\b");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_]+");

    private ConceptNormalizer() {}

    /** The normalised label; its slug is the concept's IRI segment. */
    static String normalize(String label) {
        String s = Slugs.fold(label.strip());
        s = XRAY.matcher(s).replaceAll("xray");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip();
        int lastSpace = s.lastIndexOf(' ');
        String last = s.substring(lastSpace + 1);
        if (isPlural(last)) {
            s = s.substring(0, s.length() - 1);
        }
        return s.replace("xray", "x-ray");
    }

    private static boolean isPlural(String word) {
        return word.length() > 3
                && word.endsWith("s")
                && !word.endsWith("ss")
                && !word.endsWith("is")
                && !word.endsWith("us");
    }
}
