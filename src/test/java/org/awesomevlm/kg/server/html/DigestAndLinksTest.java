package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DigestAndLinksTest {
    @Test
    void digestKeepsBoldEmphasisAndHttpLinksOnly() {
        String html =
                Digest.toHtml(
                        "A **bold** and *em* [ok](https://a.example/x) [ftp](ftp://a.example)"
                                + " [js](javascript:alert(1)) [rel](/local) <b onclick=x>raw</b>");
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("strong").text()).isEqualTo("bold");
        assertThat(d.select("em").text()).isEqualTo("em");
        assertThat(d.select("a").eachAttr("href")).containsExactly("https://a.example/x");
        assertThat(d.select("a").attr("rel")).isEqualTo("nofollow");
        // raw HTML in the Markdown is text, not markup
        assertThat(d.select("b")).isEmpty();
        assertThat(d.text()).contains("<b onclick=x>raw</b>");
        assertThat(Digest.toHtml(null)).isEmpty();
        assertThat(Digest.toHtml("  ")).isEmpty();
    }

    @Test
    void mintedIrisBecomeOwnPathsUnderThePublicBase() {
        Links root = new Links(null);
        assertThat(root.local(Fixtures.BASE + "paper/arxiv-2403.02469"))
                .isEqualTo("/paper/arxiv-2403.02469");
        Links based = new Links("http://kg.example:8080/kg/");
        assertThat(based.local(Fixtures.BASE + "person/a-b"))
                .isEqualTo("http://kg.example:8080/kg/person/a-b");
        assertThat(based.path("/stats")).isEqualTo("http://kg.example:8080/kg/stats");
        // never a protocol-relative or parent-directory href
        assertThat(root.local(Fixtures.BASE + "/evil.example/x")).isNull();
        assertThat(root.local(Fixtures.BASE + "paper/../../x")).isNull();
        assertThat(root.local("https://example.org/paper/x")).isNull();
    }

    @Test
    void externalLinksAreHttpOrHttpsOnly() throws URISyntaxException {
        assertThat(Links.external("https://github.com/a/b")).isEqualTo("https://github.com/a/b");
        assertThat(Links.external("HTTP://EXAMPLE.org/")).isEqualTo("HTTP://EXAMPLE.org/");
        assertThat(Links.external("javascript:alert(1)")).isNull();
        assertThat(Links.external(" javascript:alert(1)")).isNull();
        assertThat(Links.external("data:text/html,x")).isNull();
        assertThat(Links.external("vbscript:x")).isNull();
        assertThat(Links.external("//evil.example/x")).isNull();
        assertThat(Links.external("https:///nohost")).isNull();
        assertThat(Links.arxiv("2403.02469")).isEqualTo("https://arxiv.org/abs/2403.02469");
        assertThat(Links.arxiv("\" onmouseover=\"x"))
                .isEqualTo("https://arxiv.org/abs/%22%20onmouseover%3D%22x");
        assertThat(Links.doi("10.1000/xyz(1)")).isEqualTo("https://doi.org/10.1000/xyz%281%29");
    }

    /** Only the sanitised digest may be written unescaped; every other value is escaped. */
    @Test
    void noTemplateWritesUnescapedValuesExceptTheDigest() throws IOException {
        Pattern raw = Pattern.compile("\\{\\{\\{\\s*([^}]*)\\}\\}\\}|\\{\\{&\\s*([^}]*)\\}\\}");
        Path dir = Path.of("src/main/resources/templates");
        List<String> unescaped = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Matcher m = raw.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    unescaped.add(
                            f.getFileName() + ":" + (m.group(1) != null ? m.group(1) : m.group(2)));
                }
            }
        }
        assertThat(unescaped).containsExactly("paper.mustache:digestHtml");
        try (InputStream in = getClass().getResourceAsStream("/templates/paper.mustache")) {
            assertThat(in).isNotNull();
        }
    }
}
