package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void slugFoldsAccentsAndPunctuation() {
        assertThat(Slugs.slug("Tasks, Datasets and Metrics"))
                .isEqualTo("tasks-datasets-and-metrics");
        assertThat(Slugs.slug("Élodie Müller")).isEqualTo("elodie-muller");
        assertThat(Slugs.slug("!!!")).isEqualTo("x");
        assertThat(Slugs.slug("a".repeat(50) + " " + "b".repeat(50))).isEqualTo("a".repeat(50));
    }

    @Test
    void personKeyDropsDotsAndSpacing() {
        assertThat(Slugs.personKey("Cristian A. Linte")).isEqualTo("cristian-a-linte");
        assertThat(Slugs.personKey("Cristian  A Linte")).isEqualTo("cristian-a-linte");
        assertThat(Slugs.personKey("José García")).isEqualTo("jose-garcia");
    }

    @Test
    void conceptVariantsMeet() {
        assertThat(ConceptNormalizer.normalize("Chest Xray"))
                .isEqualTo(ConceptNormalizer.normalize("Chest X-rays"))
                .isEqualTo(ConceptNormalizer.normalize("Chest Radiographs"))
                .isEqualTo("chest x-ray");
        assertThat(ConceptNormalizer.normalize("Vision-Language Models"))
                .isEqualTo(ConceptNormalizer.normalize("vision language model"));
        assertThat(ConceptNormalizer.normalize("Diagnosis")).isEqualTo("diagnosis");
    }

    /**
     * The slugs are made by hand-written loops (an ASCII text skips Unicode folding): on random
     * texts they equal the regular-expression definitions they replace.
     */
    @Test
    void slugsEqualTheirRegularExpressionDefinitions() {
        String alphabet =
                "aZ09 .-_,;&\t\n\u00a0\u2003éÉüßİıﬁ１…日本ªǄſÅø´¼Σ\u0301\u0308\ud83d\ude00'()";
        for (char c = 0x80; c < 0x300; c++) { // the Latin letters folded by a table
            String s = "Ab" + c + "o" + c + "\u0301" + c;
            assertThat(Slugs.slug(s)).as(s).isEqualTo(cut(fold(s).replaceAll("[^a-z0-9]+", "-")));
        }
        Random random = new Random(7);
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(round % 50 == 0 ? 200 : 24);
            for (int i = 0; i < n; i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                b.append(c);
                if (Character.isHighSurrogate(c)) {
                    b.append('\ude00');
                }
            }
            String s = b.toString();
            assertThat(Slugs.slug(s)).as(s).isEqualTo(cut(fold(s).replaceAll("[^a-z0-9]+", "-")));
            assertThat(Slugs.keySlug(s))
                    .as(s)
                    .isEqualTo(cut(fold(s).replaceAll("[^a-z0-9.]+", "-")));
            String p = Normalizer.normalize(s, Normalizer.Form.NFKD);
            p = p.replaceAll("\\p{M}+", "").replace(".", " ");
            assertThat(Slugs.personKey(s))
                    .as(s)
                    .isEqualTo(Slugs.slug(p.replaceAll("\\s+", " ").strip()));
        }
    }

    private static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return Pattern.compile("\\p{M}+").matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String cut(String s) {
        String t = s.replaceAll("^-+|-+$", "");
        if (t.length() > 80) {
            int dash = t.lastIndexOf('-', 80);
            t = (dash > 40 ? t.substring(0, dash) : t.substring(0, 80)).replaceAll("^-+|-+$", "");
        }
        return t.isEmpty() ? "x" : t;
    }
}
