package org.awesomevlm.kg.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ListGeneratorTest {
    private static final Pattern ENTRY =
            Pattern.compile(
                    "(?m)^- (.+)\\. \\[\\[paper]]\\(https://arxiv\\.org/abs/(\\d{4}\\.\\d{5})\\)"
                            + "(?: \\[\\[code]]\\(https://github\\.com/[a-z0-9-]+/[a-z0-9-]+\\))?\\n"
                            + "  - (.+)\\.\\n"
                            + "  - Key Words: (.+)\\.\\n"
                            + "(?:  - Modality: .+\\.\\n)?"
                            + "(?:  - Datasets: .+\\.\\n)?"
                            + "  - <details><summary>Digest</summary>\\n"
                            + "((?:    .*\\n)+)"
                            + "  </details>\\n");

    private static String thousand;
    private static List<String[]> entries;

    @BeforeAll
    static void generate() throws IOException {
        thousand = generate(1000, 42);
        entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(thousand);
        while (m.find()) {
            entries.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
        }
    }

    private static String generate(long papers, long seed) throws IOException {
        StringWriter out = new StringWriter();
        new ListGenerator(papers, seed).write(out);
        return out.toString();
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherList() throws IOException {
        assertThat(generate(1000, 42)).isEqualTo(thousand);
        assertThat(generate(1000, 43)).isNotEqualTo(thousand);
    }

    @Test
    void everyPaperIsAnEntryInTheListShape() {
        assertThat(entries).hasSize(1000);
        // Nothing outside the entries but headings, year groups, wrappers and the header.
        String rest = ENTRY.matcher(thousand).replaceAll("");
        for (String line : rest.split("\n")) {
            assertThat(line)
                    .matches(
                            "|#{1,3} .+|<details>|</details>|<summary>.+: (20\\d\\d)</summary>"
                                    + "|<summary>.+ \\((20\\d\\d)\\)</summary>|!?\\[.+\\)");
        }
        Set<String> ids = new HashSet<>();
        for (String[] e : entries) {
            assertThat(ids.add(e[1])).as("arXiv id %s unique", e[1]).isTrue();
            int year = 2000 + Integer.parseInt(e[1].substring(0, 2));
            assertThat(year).isBetween(2015, 2026);
        }
    }

    @Test
    void twentyToSixtyHeadingsAndYearGroupsOfTheListYears() {
        long headings = thousand.lines().filter(l -> l.matches("#{2,3} .+")).count() - 1;
        assertThat(headings).isBetween(20L, 60L);
        Matcher groups = Pattern.compile("<summary>[^<]+: (\\d{4})</summary>").matcher(thousand);
        int n = 0;
        while (groups.find()) {
            assertThat(Integer.parseInt(groups.group(1))).isBetween(2015, 2026);
            n++;
        }
        assertThat(n).isGreaterThan(10);
        assertThat(thousand).contains("<summary>Survey: ").contains(" (2026)</summary>");
    }

    @Test
    void oneToThirtyAuthorsWithALongTail() {
        int[] histogram = new int[31];
        long total = 0;
        for (String[] e : entries) {
            int n = e[2].split(", ").length;
            assertThat(n).isBetween(1, 30);
            histogram[n]++;
            total += n;
        }
        double mean = (double) total / entries.size();
        assertThat(mean).isBetween(4.0, 9.0);
        assertThat(histogram[1]).as("single-author papers").isGreaterThan(5);
        int tail = 0;
        for (int i = 15; i <= 30; i++) {
            tail += histogram[i];
        }
        assertThat(tail).as("papers with 15+ authors").isBetween(10, 150);
        assertThat(histogram[30]).as("capped at 30").isGreaterThan(0);
    }

    @Test
    void authorsAreSharedZipfLikeAndFiveToTenPercentAreVariantSpellings() {
        Map<String, Integer> byName = new HashMap<>();
        Set<String> accented = new HashSet<>();
        long occurrences = 0;
        for (String[] e : entries) {
            for (String name : e[2].split(", ")) {
                byName.merge(name, 1, Integer::sum);
                if (!fold(name).equals(name)) {
                    accented.add(fold(name));
                }
                occurrences++;
            }
        }
        int top = byName.values().stream().max(Integer::compare).orElseThrow();
        long once = byName.values().stream().filter(c -> c == 1).count();
        assertThat(top).as("most prolific author").isGreaterThanOrEqualTo(10);
        assertThat(once).as("one-paper authors").isGreaterThan(byName.size() / 3);
        // Variants, seen from the text alone: given names as initials, or a name that also
        // occurs with accents written without them.
        long variants = 0;
        for (Map.Entry<String, Integer> e : byName.entrySet()) {
            String name = e.getKey();
            if (name.matches("(\\p{Lu}\\. )+\\S.*") || accented.contains(name)) {
                variants += e.getValue();
            }
        }
        double rate = (double) variants / occurrences;
        assertThat(rate).isBetween(0.05, 0.10);
        ListGenerator g = new ListGenerator(1000, 42);
        try {
            g.write(Writer.nullWriter());
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        assertThat(g.stats().papers()).isEqualTo(1000);
        assertThat(g.stats().authorships()).isEqualTo(occurrences);
        assertThat((double) g.stats().variants() / occurrences).isBetween(0.05, 0.10);
    }

    @Test
    void digestsOfEightyToTwoHundredWordsAndKeywordsFromAFewThousand() throws IOException {
        for (String[] e : entries) {
            String digest = e[4].replace(":contentReference[oaicite:0]{index=0}", "").trim();
            assertThat(digest.split("\\s+").length).isBetween(80, 200);
        }
        Set<String> keywords = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^  - Key Words: (.+)\\.$").matcher(generate(10_000, 3));
        int lines = 0;
        while (m.find()) {
            lines++;
            for (String k : m.group(1).split("; ")) {
                keywords.add(k.toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(lines).isEqualTo(10_000);
        assertThat(keywords.size()).isBetween(1000, 3000);
    }

    @Test
    void emptyListIsStillAList() throws IOException {
        String empty = generate(0, 1);
        assertThat(empty)
                .startsWith("# ")
                .contains("## Table of Contents")
                .doesNotContain("[[paper]]");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
}
