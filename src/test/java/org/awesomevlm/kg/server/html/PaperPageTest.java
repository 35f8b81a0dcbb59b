package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PaperPageTest {
    private static final Dataset DS = Fixtures.load("fixture.ttl");

    private static Document page(String path) {
        String html = Pages.resourcePage(DS, Fixtures.BASE + path, "").orElseThrow();
        return Jsoup.parse(html);
    }

    @Test
    void showsEveryFieldOfAConferencePaper() {
        Document d = page("paper/doi-10-1000-fixture-42");
        assertThat(d.selectFirst("h1").text())
                .isEqualTo("FixtureNet: Grounded Report Generation for Chest X-rays");
        assertThat(d.select(".badges .badge").eachText())
                .containsExactly("2023", "Conference paper", "MICCAI 2023");
        assertThat(d.select(".facts dd").eachText())
                .contains("2023", "MICCAI 2023", "10.1000/fixture.42");
        assertThat(d.select(".links-out a").eachAttr("href"))
                .containsExactly(
                        "https://doi.org/10.1000/fixture.42",
                        "https://github.com/example/fixturenet",
                        "https://example.org/fixturenet");
        assertThat(groups(d, "Keywords"))
                .containsExactly("Contrastive Learning", "Medical Report Generation");
        assertThat(groups(d, "Modalities")).containsExactly("X-ray");
        assertThat(groups(d, "Datasets")).containsExactly("MIMIC-CXR");
        assertThat(groups(d, "Tasks")).containsExactly("Report Generation");
        assertThat(groups(d, "Research areas")).containsExactly("Architecture");
        assertThat(groups(d, "Model families")).containsExactly("CLIP and Variants");
        assertThat(groups(d, "Models introduced")).containsExactly("FixtureNet");
        assertThat(d.select(".concepts a[href=/keyword/contrastive-learning]")).hasSize(1);
        assertThat(d.select(".digest-text strong").text()).isEqualTo("chest X-ray");
        assertThat(d.select(".digest-text a").attr("href"))
                .isEqualTo("https://example.org/fixturenet");
        assertThat(d.select(".facts dd a").eachText()).contains("Report Generation");
    }

    @Test
    void listsAuthorsInOrderLinkingToTheirPages() {
        Document d = page("paper/arxiv-2312.06224");
        List<Element> authors = d.select("ol.authors li a");
        assertThat(authors.stream().map(Element::text))
                .containsExactly(
                        "Prashant Shrestha",
                        "Sanskar Amgain",
                        "Bidur Khanal",
                        "Cristian A. Linte",
                        "Binod Bhattarai");
        assertThat(authors.get(3).attr("href")).isEqualTo("/person/cristian-a-linte");
        assertThat(d.select(".badges .badge").eachText()).contains("Survey / review", "Preprint");
        assertThat(d.select(".links-out a").eachAttr("href"))
                .containsExactly("https://arxiv.org/abs/2312.06224");
    }

    @Test
    void rendersDigestMarkdownAndArtefacts() {
        Document d = page("paper/arxiv-2210.10163");
        assertThat(d.select(".digest-text strong").text()).isEqualTo("MedCLIP");
        assertThat(d.select(".artefacts code").text())
                .isEqualTo(":contentReference[oaicite:0]{index=0}");
        assertThat(d.select("ol.authors li").eachText())
                .containsExactly("Zifeng Wang", "Zhenbang Wu", "Dinesh Agarwal", "Jimeng Sun");
    }

    @Test
    void usesThePublicBaseForOwnLinks() {
        String html =
                Pages.resourcePage(
                                DS,
                                Fixtures.BASE + "paper/arxiv-2210.10163",
                                "https://kg.example/x/")
                        .orElseThrow();
        Document d = Jsoup.parse(html);
        assertThat(d.select("ol.authors a").first().attr("href"))
                .isEqualTo("https://kg.example/x/person/zifeng-wang");
        assertThat(d.select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("https://kg.example/x/static/style.css");
    }

    @Test
    void unknownOrForeignIrisHaveNoPage() {
        assertThat(Pages.resourcePage(DS, Fixtures.BASE + "paper/nope", "")).isEmpty();
        assertThat(Pages.resourcePage(DS, "http://example.org/paper/x", "")).isEmpty();
    }

    private static List<String> groups(Document d, String title) {
        for (Element g : d.select(".concepts .group")) {
            if (g.selectFirst("h3").text().equals(title)) {
                return g.select("li").eachText();
            }
        }
        return List.of();
    }
}
