package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

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
}
