package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The pages over the graph the importer makes of data/awesome-list.md. */
class ImportedListTest {
    static Dataset importedList() {
        ImportResult r = new ListImporter().importFile(Path.of("data/awesome-list.md"));
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(r.model()));
        return ds;
    }

    private static final Dataset DS = importedList();

    @Test
    void everyPaperPageShowsTitleAuthorsInOrderKeywordsAndDigest() {
        Document d =
                Jsoup.parse(
                        Pages.resourcePage(DS, Fixtures.BASE + "paper/arxiv-2210.10163", "")
                                .orElseThrow());
        assertThat(d.selectFirst("h1").text())
                .isEqualTo("MedCLIP: Contrastive Learning from Unpaired Medical Images and Text");
        assertThat(d.select("ol.authors li").eachText())
                .containsExactly("Zifeng Wang", "Zhenbang Wu", "Dinesh Agarwal", "Jimeng Sun");
        assertThat(d.select("ol.authors a").eachAttr("href"))
                .allMatch(h -> h.startsWith("/person/"));
        assertThat(d.select(".concepts li").eachText())
                .contains("Contrastive Learning", "Medical AI");
        assertThat(d.select(".digest-text strong").text()).isEqualTo("MedCLIP");
        assertThat(d.select(".links-out a").eachAttr("href"))
                .contains("https://arxiv.org/abs/2210.10163");
        assertThat(d.select(".badges .badge").eachText()).contains("2022");
    }

    @Test
    void surveysSitInTheirYearGroupsOnTheHomePage() {
        Document d = Jsoup.parse(HomePage.render(DS, List.of(), new Links("")));
        assertThat(d.select(".tree .sec > h3 > a").eachText())
                .containsSubsequence("Survey", "Survey: 2024", "Survey: 2023", "CLIP and Variants");
        assertThat(d.select(".tree .paper-title").eachAttr("href"))
                .containsExactly(
                        "/paper/arxiv-2403.02469",
                        "/paper/arxiv-2312.06224",
                        "/paper/arxiv-2210.10163");
        Document survey =
                Jsoup.parse(
                        Pages.resourcePage(DS, Fixtures.BASE + "paper/arxiv-2403.02469", "")
                                .orElseThrow());
        assertThat(survey.select(".badges .badge").eachText()).contains("Survey / review", "2024");
        Document person =
                Jsoup.parse(
                        Pages.resourcePage(DS, Fixtures.BASE + "person/zifeng-wang", "")
                                .orElseThrow());
        assertThat(person.select("ul.coauthors a").eachText())
                .containsExactlyInAnyOrder("Zhenbang Wu", "Dinesh Agarwal", "Jimeng Sun");
    }
}
