package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.query.CannedQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The site-wide pages: home, search, stats, query. */
class SitePagesTest {
    private static final Dataset DS = Fixtures.load("fixture.ttl");
    private static final Links LINKS = new Links("");
    private static TextSearch search;

    @BeforeAll
    static void index() {
        search = TextSearch.open(DS, null);
        search.build();
    }

    @AfterAll
    static void close() {
        search.close();
    }

    @Test
    void homeShowsCountsSectionsPapersAndQueries() {
        List<Ref> queries =
                List.of(new Ref("papers-by-year", "/api/papers-by-year", "Papers of a year"));
        Document d = Jsoup.parse(HomePage.render(DS, queries, LINKS));
        assertThat(d.selectFirst("h1").text())
                .isEqualTo("Awesome Vision Language Model and Foundation Models");
        assertThat(count(d, "Papers")).isEqualTo("4");
        assertThat(count(d, "Authors")).isEqualTo("12");
        assertThat(count(d, "Keywords")).isEqualTo("11");
        assertThat(count(d, "Modalities")).isEqualTo("1");
        assertThat(count(d, "Surveys")).isEqualTo("2");
        // sections in document order, table of contents left out, totals include subsections
        List<String> sections = d.select(".tree .sec > h3 > a").eachText();
        assertThat(sections)
                .containsSubsequence(
                        "Survey",
                        "Survey: 2024",
                        "Survey: 2023",
                        "Existing Medical VLM and Foundation Models",
                        "CLIP and Variants",
                        "Research Areas",
                        "Architecture")
                .doesNotContain("Table of Contents");
        Element survey = d.select(".tree .sec").first();
        assertThat(survey.select(".count").text()).isEqualTo("2");
        assertThat(survey.hasClass("top")).isTrue();
        Element y2024 = d.select(".tree .sec").get(1);
        assertThat(y2024.hasClass("depth-1")).isTrue();
        assertThat(y2024.select(".paper-title").attr("href")).isEqualTo("/paper/arxiv-2403.02469");
        assertThat(y2024.select(".authors a").eachText())
                .containsExactly("Iryna Hartsock", "Ghulam Rasool");
        assertThat(d.select("ul.queries a").attr("href")).isEqualTo("/api/papers-by-year");
        assertThat(d.select("form.bigsearch").attr("action")).isEqualTo("/search");
    }

    @Test
    void searchFindsPapersByTitleDigestKeywordAndAuthor() {
        Document d = Jsoup.parse(SearchPage.render(DS, search, "contrastive", LINKS));
        List<String> hrefs = d.select(".results .paper-title").eachAttr("href");
        assertThat(hrefs)
                .containsExactlyInAnyOrder(
                        "/paper/arxiv-2210.10163", "/paper/doi-10-1000-fixture-42");
        assertThat(d.select(".side-col a").eachText()).contains("Contrastive Learning");
        assertThat(d.select("header input[name=q]").val()).isEqualTo("contrastive");

        Document byAuthor = Jsoup.parse(SearchPage.render(DS, search, "Hartsock", LINKS));
        assertThat(byAuthor.select(".results .paper-title").eachAttr("href"))
                .containsExactly("/paper/arxiv-2403.02469");
        assertThat(byAuthor.select(".results .why").text()).contains("author Iryna Hartsock");
        assertThat(byAuthor.select(".side-col a").eachAttr("href"))
                .contains("/person/iryna-hartsock");

        Document byDigest = Jsoup.parse(SearchPage.render(DS, search, "decouples", LINKS));
        assertThat(byDigest.select(".results .paper-title").eachAttr("href"))
                .containsExactly("/paper/arxiv-2210.10163");
        assertThat(byDigest.select(".results .why").text()).isEqualTo("matched: digest");
        Document both = Jsoup.parse(SearchPage.render(DS, search, "decouples survey", LINKS));
        assertThat(both.select(".results .paper-title")).isEmpty(); // every word is required
        Document prefix = Jsoup.parse(SearchPage.render(DS, search, "pretrain", LINKS));
        assertThat(prefix.select(".results .paper-title").eachAttr("href"))
                .contains("/paper/arxiv-2312.06224");
    }

    @Test
    void statsDrawsPapersPerYearAndCoAuthorPairs() {
        Document d = Jsoup.parse(StatsPage.render(DS, LINKS));
        Element svg = d.selectFirst("svg.chart");
        assertThat(svg).isNotNull();
        assertThat(svg.select("text.label").eachText()).containsExactly("2022", "2023", "2024");
        assertThat(svg.select("text.value").eachText()).containsExactly("1", "2", "1");
        assertThat(svg.select("rect")).hasSize(3);
        // the 2023 bar is twice as tall as the 2022 one
        int h2022 = Integer.parseInt(svg.select("rect").get(0).attr("height"));
        int h2023 = Integer.parseInt(svg.select("rect").get(1).attr("height"));
        assertThat(h2023).isEqualTo(2 * h2022);
        assertThat(d.select("table.pairs tbody tr")).isNotEmpty();
        assertThat(d.select("table.pairs td a").eachAttr("href"))
                .allMatch(h -> h.startsWith("/person/"));
        assertThat(d.select("ol.ranked").first().select("li").first().text())
                .startsWith("Zifeng Wang")
                .endsWith("2");
    }

    @Test
    void queryPagePreloadsCannedQueries() {
        CannedQuery q =
                CannedQuery.parse(
                        "papers",
                        "#+ summary: All papers\nSELECT ?p WHERE { ?p a <http://schema.org/ScholarlyArticle> }\n",
                        null);
        Document d = Jsoup.parse(QueryPage.render(List.of(q), null, LINKS));
        Element option = d.selectFirst("option[value=papers]");
        assertThat(option.hasAttr("selected")).isTrue();
        assertThat(option.attr("data-query")).startsWith("SELECT ?p WHERE");
        assertThat(option.attr("data-api")).isEqualTo("/api/papers");
        assertThat(d.selectFirst("textarea#sparql").val()).isEqualTo(option.attr("data-query"));
        assertThat(d.selectFirst("#query-form").attr("data-endpoint")).isEqualTo("/sparql");
        assertThat(d.select("script").eachAttr("src")).containsExactly("/static/query.js");
    }

    private static String count(Document d, String label) {
        for (Element li : d.select(".counts li")) {
            if (li.selectFirst(".l").text().equals(label)) {
                return li.selectFirst(".n").text();
            }
        }
        return null;
    }
}
