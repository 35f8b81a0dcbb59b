package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-URL shortcut of {@link TitleLine#absoluteIri} agrees with Jena's parser. */
class TitleLineTest {
    @Test
    void theUsualLinksArePlainAndKeptAsTheParserKeepsThem() {
        for (String u :
                new String[] {
                    "https://arxiv.org/abs/2611.04218",
                    "https://github.com/awesome-vlm/Some_Repo-1~x",
                    "http://a.b/",
                    "https://x-y.example.org/a//b/.c/d./..e/"
                }) {
            assertThat(TitleLine.plainUrl(u)).as(u).isTrue();
            assertThat(TitleLine.resolvedIri(u)).as(u).isEqualTo(u);
        }
        for (String u :
                new String[] {
                    "https://arxiv.org",
                    "https://localhost/a",
                    "https://Arxiv.org/a",
                    "https://a.org/./b",
                    "https://a.org/b/..",
                    "https://-a.org/b",
                    "https://a-.org/b",
                    "https://xn--a.org/b",
                    "https://a.1org/b",
                    "https://a.org/b c",
                    "https://a.org/b?c",
                    "https://a.org/%41",
                    "https://a.org:80/b",
                    "ftp://a.org/b"
                }) {
            assertThat(TitleLine.plainUrl(u)).as(u).isFalse();
        }
    }

    /** Random URLs near the rule's edges: whatever it takes as plain, the parser keeps as it is. */
    @Test
    void whatIsPlainTheParserKeepsUnchanged() {
        Random r = new Random(9);
        String[] labels = {
            "a", "arxiv", "x-y", "0a", "a0", "-a", "a-", "a--b", "", "org", "1", "Ab"
        };
        String[] segments = {"a", ".", "..", ".a", "a.", "...", "", "A_b~c-d", "%20", "b c", "x?y"};
        int plain = 0;
        for (int t = 0; t < 60_000; t++) {
            StringBuilder u = new StringBuilder(r.nextBoolean() ? "https://" : "http://");
            int hostLabels = 1 + r.nextInt(3);
            for (int k = 0; k < hostLabels; k++) {
                u.append(k > 0 ? "." : "").append(labels[r.nextInt(labels.length)]);
            }
            int path = r.nextInt(4);
            for (int k = 0; k < path; k++) {
                u.append('/').append(segments[r.nextInt(segments.length)]);
            }
            String s = u.toString();
            if (TitleLine.plainUrl(s)) {
                plain++;
                assertThat(TitleLine.resolvedIri(s)).as(s).isEqualTo(s);
            }
        }
        assertThat(plain).isGreaterThan(1500);
    }
}
