package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableOfContentsTest {
    @Test
    void gitHubAnchorsDropPunctuationAndNumberRepeats() {
        TableOfContents toc = new TableOfContents();
        assertThat(toc.anchor("Tasks, Datasets and Metrics"))
                .isEqualTo("tasks-datasets-and-metrics");
        assertThat(toc.anchor("Img-txt Retrieval")).isEqualTo("img-txt-retrieval");
        assertThat(toc.anchor("snake_case & C++ (2024)")).isEqualTo("snake_case--c-2024");
        assertThat(toc.anchor("Über Modelle")).isEqualTo("über-modelle");
        assertThat(toc.anchor("Survey")).isEqualTo("survey");
        assertThat(toc.anchor("Survey")).isEqualTo("survey-1");
        assertThat(toc.anchor("Survey")).isEqualTo("survey-2");
    }

    @Test
    void nestsByLevelSkipsTitleAndTocHeadingAndCountsThemForAnchors() {
        List<String> lines =
                TableOfContents.lines(
                        List.of(
                                new TableOfContents.Heading(1, "Survey", false),
                                new TableOfContents.Heading(2, "Table of Contents", true),
                                new TableOfContents.Heading(2, "Survey", false),
                                new TableOfContents.Heading(
                                        3, "[CLIP](https://x.org) *and* Variants", false),
                                new TableOfContents.Heading(2, "Research Areas", false)));
        assertThat(lines)
                .containsExactly(
                        "- [Survey](#survey-1)",
                        "  - [CLIP and Variants](#clip-and-variants)",
                        "- [Research Areas](#research-areas)");
    }
}
