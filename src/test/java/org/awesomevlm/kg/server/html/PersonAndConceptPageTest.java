package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Dataset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PersonAndConceptPageTest {
    private static final Dataset DS = Fixtures.load("fixture.ttl");

    private static Document page(String path) {
        return Jsoup.parse(Pages.resourcePage(DS, Fixtures.BASE + path, "").orElseThrow());
    }

    @Test
    void personPageListsPapersAndCoAuthorsByJointPapers() {
        Document d = page("person/zifeng-wang");
        assertThat(d.selectFirst("h1").text()).isEqualTo("Zifeng Wang");
        assertThat(d.select(".main-col .paper-title").eachText())
                .containsExactly(
                        "FixtureNet: Grounded Report Generation for Chest X-rays",
                        "MedCLIP: Contrastive Learning from Unpaired Medical Images and Text");
        assertThat(d.select(".main-col .count").text()).isEqualTo("2");
        assertThat(d.select("ul.coauthors a").eachText())
                .containsExactlyInAnyOrder(
                        "Jane Doe", "Zhenbang Wu", "Dinesh Agarwal", "Jimeng Sun");
        assertThat(d.select("ul.coauthors a").eachAttr("href")).contains("/person/jane-doe");
        // authors of each listed paper stay in list order
        assertThat(d.select(".main-col li.paper-row").get(1).select(".authors li").eachText())
                .containsExactly("Zifeng Wang", "Zhenbang Wu", "Dinesh Agarwal", "Jimeng Sun");
    }

    @Test
    void personPageShowsNameVariants() {
        Document d = page("person/cristian-a-linte");
        assertThat(d.select(".variant").eachText()).containsExactly("Cristian A Linte");
    }

    @Test
    void keywordPageListsItsPapers() {
        Document d = page("keyword/contrastive-learning");
        assertThat(d.selectFirst("h1").text()).isEqualTo("Contrastive Learning");
        assertThat(d.select(".crumbs .badge").eachText()).containsExactly("Keyword");
        assertThat(d.select(".main-col .paper-title").eachAttr("href"))
                .containsExactlyInAnyOrder(
                        "/paper/doi-10-1000-fixture-42", "/paper/arxiv-2210.10163");
        assertThat(d.select(".side-col a").eachAttr("href")).contains("/scheme/keywords");
    }

    @Test
    void modalityDatasetAndAltLabels() {
        Document m = page("modality/x-ray");
        assertThat(m.select(".crumbs .badge").eachText()).containsExactly("Modality");
        assertThat(m.select(".variant").eachText()).containsExactly("Radiographs");
        assertThat(m.select(".main-col .paper-title").eachText()).hasSize(1);
        Document d = page("dataset/mimic-cxr");
        assertThat(d.select(".crumbs .badge").eachText()).containsExactly("Dataset");
        assertThat(d.select(".main-col .paper-title").eachAttr("href"))
                .containsExactly("/paper/doi-10-1000-fixture-42");
    }

    @Test
    void sectionPageHasBroaderNarrowerAndPapersOfNarrowerSections() {
        Document top = page("section/awesome-list/survey");
        assertThat(top.select(".crumbs .badge").eachText()).containsExactly("Section");
        assertThat(top.select(".side-col h2").eachText()).contains("Narrower");
        assertThat(top.select(".side-col a").eachText()).contains("Survey: 2024", "Survey: 2023");
        // the survey papers sit in the year groups, one level down
        assertThat(top.select(".main-col .paper-title").eachAttr("href"))
                .containsExactly("/paper/arxiv-2403.02469", "/paper/arxiv-2312.06224");
        Document year = page("section/awesome-list/survey/survey-2024");
        assertThat(year.select(".crumbs .badge").eachText())
                .containsExactly("Year group", "Section");
        assertThat(year.select(".side-col a").eachAttr("href"))
                .contains("/section/awesome-list/survey");
    }

    @Test
    void modelFamilyTaskAndModelPages() {
        Document fam =
                page(
                        "section/awesome-list/existing-medical-vlm-and-foundation-models/clip-and-variants");
        assertThat(fam.select(".crumbs .badge").eachText())
                .containsExactly("Model family", "Section");
        assertThat(fam.select(".main-col .paper-title").eachAttr("href"))
                .containsExactlyInAnyOrder(
                        "/paper/doi-10-1000-fixture-42", "/paper/arxiv-2210.10163");
        assertThat(fam.select(".side-col a").eachText())
                .contains("Existing Medical VLM and Foundation Models", "FixtureNet");
        Document task = page("section/awesome-list/tasks-datasets-and-metrics/report-generation");
        assertThat(task.select(".crumbs .badge").eachText()).containsExactly("Task", "Section");
        Document model = page("model/fixturenet");
        assertThat(model.select(".crumbs .badge").eachText()).containsExactly("Model");
        assertThat(model.selectFirst("h1").text()).isEqualTo("FixtureNet");
        assertThat(model.select(".main-col .paper-title").eachAttr("href"))
                .containsExactly("/paper/doi-10-1000-fixture-42");
    }

    @Test
    void otherMintedResourcesGetAStatementsPage() {
        Document entry = page("entry/awesome-list/arxiv-2210.10163");
        assertThat(entry.select("table.data td code").eachText())
                .contains("av:describes", "av:titleAsWritten", "av:wrapperSummary");
        assertThat(entry.select("table.data a").eachAttr("href"))
                .contains("/paper/arxiv-2210.10163");
        Document list = page("list/awesome-list");
        assertThat(list.selectFirst("h1").text())
                .isEqualTo("Awesome Vision Language Model and Foundation Models");
        Document scheme = page("scheme/keywords");
        assertThat(scheme.select("table.data a").eachText()).contains("Contrastive Learning");
    }
}
