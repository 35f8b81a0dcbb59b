package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awesomevlm.kg.server.KgServer;
import org.awesomevlm.kg.server.ServedList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text that comes the real way: a Markdown list with script in titles, names, keywords,
 * venues, link labels and URLs, digests and headings, imported by {@code kg import}, loaded by
 * {@code kg load} and served by {@code kg serve}. Every HTML page reachable from the home page (and
 * the search, stats, query and API pages) is inert, and hostile forwarding headers neither get into
 * a page nor stay in the page cache.
 */
class HostileListCrawlTest {
    static final Path LIST = Path.of("src/test/resources/badinput/markdown/hostile-list.md");
    static final int MAX_PAGES = 400;
    static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir static Path tmp;
    static ServedList served;
    static KgServer server;

    @BeforeAll
    static void start() {
        served = ServedList.start(LIST, tmp);
        server = served.server();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(server.localUrl() + path.substring(1)))
                        .header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Path and query of a link that stays on this server, or null. */
    static String local(Element a) {
        String href = a.attr("href");
        if (href.startsWith(server.localUrl())) {
            href = "/" + href.substring(server.localUrl().length());
        }
        if (!href.startsWith("/") || href.startsWith("//")) {
            return null;
        }
        int hash = href.indexOf('#');
        return hash < 0 ? href : href.substring(0, hash);
    }

    /** Script and the like from data; our own script may be linked relative or absolute. */
    static List<String> activeContent(Document d) {
        String base = server.localUrl().replaceFirst("/$", "");
        List<String> absolute = Fixtures.activeContent(d, base);
        return Fixtures.activeContent(d, "").stream().filter(absolute::contains).toList();
    }

    @Test
    void everyReachablePageIsInert() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Deque<String> todo =
                new ArrayDeque<>(
                        List.of(
                                "/",
                                "/search?q=evil",
                                "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                                "/search?q=mallory",
                                "/stats",
                                "/query",
                                "/api"));
        while (!todo.isEmpty() && seen.size() < MAX_PAGES) {
            String path = todo.poll();
            if (seen.containsKey(path)) {
                continue;
            }
            HttpResponse<String> r = get(path);
            seen.put(path, r.statusCode());
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            assertThat(r.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            Document d = Jsoup.parse(r.body());
            List<String> bad = activeContent(d);
            if (!bad.isEmpty()) {
                problems.put(path, bad);
            }
            for (Element a : d.select("a[href]")) {
                String next = local(a);
                if (next != null && !next.startsWith("/static/") && !seen.containsKey(next)) {
                    todo.add(next);
                }
            }
        }
        assertThat(problems).as("active content").isEmpty();
        assertThat(seen).as("pages crawled (86 when written)").hasSizeGreaterThan(50);
        assertThat(seen.values()).as("no page fails").allMatch(s -> s < 500);
        assertThat(seen.keySet())
                .as("every page type was reached")
                .anyMatch(p -> p.startsWith("/paper/"))
                .anyMatch(p -> p.startsWith("/person/"))
                .anyMatch(p -> p.startsWith("/keyword/"))
                .anyMatch(p -> p.startsWith("/modality/"))
                .anyMatch(p -> p.startsWith("/dataset/"))
                .anyMatch(p -> p.startsWith("/section/"))
                .anyMatch(p -> p.startsWith("/model/"))
                .anyMatch(p -> p.startsWith("/search"))
                .anyMatch(p -> p.startsWith("/stats"));
    }

    @Test
    void hostileTextIsShownAsTextOnThePaperPage() throws Exception {
        Document d = Jsoup.parse(get("/paper/arxiv-2401.00001").body());
        assertThat(d.select("ol.authors li").eachText())
                .contains("<svg onload=alert('name')>Mallory</svg>");
        assertThat(d.select(".concepts li").eachText())
                .contains("<iframe src=\"javascript:alert('kw')\"></iframe>contrastive");
        assertThat(d.select("a[href]").eachAttr("href"))
                .noneMatch(h -> h.toLowerCase().matches("\\s*(javascript|data|vbscript):.*"));
    }

    @Test
    void forwardingHeadersDoNotReachPagesOrTheCache() throws Exception {
        String evil = "attacker.invalid\"><script>alert('xfh')</script>";
        for (String path : List.of("/", "/paper/arxiv-2401.00001", "/stats")) {
            for (String[] h :
                    List.of(
                            new String[] {"X-Forwarded-Host", evil},
                            new String[] {"Forwarded", "host=\"" + evil + "\";proto=javascript"},
                            new String[] {"X-Forwarded-Proto", "javascript"})) {
                HttpResponse<String> r = get(path, h[0], h[1]);
                assertThat(r.statusCode()).as(path + " " + h[0]).isLessThan(500);
                if (r.statusCode() == 200) {
                    assertThat(activeContent(Jsoup.parse(r.body())))
                            .as(path + " " + h[0])
                            .isEmpty();
                }
            }
            HttpResponse<String> plain = get(path);
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.body()).as("cached page " + path).doesNotContain("attacker.invalid");
        }
    }
}
