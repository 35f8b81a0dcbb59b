package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.query.CannedQuery;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text in titles, names, keywords, digests, links, venues, ids and labels stays inert in
 * every page type: no script but ours, no on* attribute, no javascript:/data: URL, no frame, no svg
 * from data.
 */
class HostileContentTest {
    private static final Dataset DS = Fixtures.load("fixture.ttl", "hostile.ttl");
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

    static Stream<String> resources() {
        return Stream.of(
                "paper/t-evil",
                "person/mallory",
                "person/eve",
                "keyword/evil",
                "modality/evil",
                "dataset/evil",
                "model/evil",
                "section/evil/x",
                "section/evil/x/y",
                "list/evil",
                "entry/evil/t-evil",
                "entry/evil/t-evil/link/1",
                "entry/evil/t-evil/author/1",
                "scheme/keywords");
    }

    @ParameterizedTest
    @MethodSource("resources")
    void resourcePagesAreInert(String path) {
        String html = Pages.resourcePage(DS, Fixtures.BASE + path, "").orElseThrow();
        assertInert(html);
    }

    @Test
    void hostileTextIsShownAsText() {
        Document d =
                Jsoup.parse(
                        Pages.resourcePage(DS, Fixtures.BASE + "paper/t-evil", "").orElseThrow());
        assertThat(d.selectFirst("h1").text())
                .isEqualTo(
                        "<script>alert('title')</script>Evil <img src=x onerror=alert('img')> contrastive title");
        assertThat(d.select("ol.authors li").eachText())
                .containsExactly(
                        "<svg onload=alert('name')>Mallory</svg>",
                        "Eve \" onmouseover=\"alert('eve')");
        assertThat(d.select(".concepts li").eachText())
                .contains("<iframe src=\"javascript:alert('kw')\"></iframe>contrastive kw");
        assertThat(d.select(".badges .venue").text())
                .isEqualTo("\"><script>alert('venue')</script>");
        // bold survives, the safe link survives, the script and javascript: links do not
        assertThat(d.select(".digest-text strong").text()).isEqualTo("Bold");
        assertThat(d.select(".digest-text a").eachAttr("href"))
                .containsExactly("https://example.org/ok");
        // links out: only the https ones built from the arXiv id and DOI, both percent-encoded
        assertThat(d.select(".links-out a").eachAttr("href"))
                .allMatch(
                        h ->
                                h.startsWith("https://arxiv.org/abs/")
                                        || h.startsWith("https://doi.org/"))
                .hasSize(2);
    }

    @Test
    void sitePagesAreInert() {
        assertInert(HomePage.render(DS, List.of(), LINKS));
        assertInert(StatsPage.render(DS, LINKS));
        assertInert(SearchPage.render(DS, search, "contrastive", LINKS));
        assertInert(SearchPage.render(DS, search, "mallory", LINKS));
        assertInert(Pages.notFoundPage("", "/paper/<script>alert(1)</script>"));
        CannedQuery evil =
                CannedQuery.parse(
                        "evil",
                        "#+ summary: <script>alert('summary')</script>\n"
                                + "SELECT * WHERE { ?s ?p \"</textarea><script>alert('q')</script>\" }\n",
                        null);
        String query = QueryPage.render(List.of(evil), "evil", LINKS);
        assertInert(query);
        assertThat(Jsoup.parse(query).selectFirst("textarea").val())
                .contains("</textarea><script>alert('q')</script>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "\" onfocus=\"alert(1)",
                "title:x OR *:*",
                "\\",
                "AND OR NOT",
                "((((",
                "x^99999 ~2 [a TO z]",
                "javascript:alert(1)"
            })
    void hostileSearchesAreInertAndDoNotFail(String q) {
        String html = SearchPage.render(DS, search, q, LINKS);
        assertInert(html);
        Document d = Jsoup.parse(html);
        assertThat(d.select("header input[name=q]").val()).isEqualTo(q.strip());
    }

    private static void assertInert(String html) {
        Document d = Jsoup.parse(html);
        assertThat(Fixtures.activeContent(d, "")).isEmpty();
    }
}
