package org.awesomevlm.kg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The headings of a synthetic list and how many papers of which year each one holds. */
final class SectionPlan {
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2026;
    static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;

    /** How a section lays out its entries. */
    enum Style {
        /** No entries: a parent heading. */
        NONE,
        /** {@code <details><summary>Topic: YEAR</summary>} groups, entries bare inside. */
        YEAR_GROUPS,
        /** Every entry in its own {@code <details><summary>Title (YEAR)</summary>}. */
        WRAPPED,
        /** Bare entries right under the heading. */
        PLAIN
    }

    /** One heading; {@code perYear[i]} papers of year {@code LAST_YEAR - i} (newest first). */
    record Section(int level, String title, Style style, boolean survey, long[] perYear) {
        long papers() {
            long n = 0;
            for (long c : perYear) {
                n += c;
            }
            return n;
        }
    }

    private SectionPlan() {}

    /** 20–60 headings (not counting the Table of Contents), {@code papers} shared among them. */
    static List<Section> plan(long papers, SplittableRandom random) {
        int total = 20 + random.nextInt(41);
        // Survey + 3 parents + the "other" top-level sections are fixed; the rest are subsections.
        int subsections = total - 4 - Words.TOP_OTHER.length;
        int[] per = {0, 0, 0};
        String[][] pools = {Words.TOP_MODELS, Words.TOP_AREAS, Words.TOP_TASKS};
        for (int i = 0; i < subsections; i++) {
            int p = i % 3;
            while (per[p] >= pools[p].length) {
                p = (p + 1) % 3;
            }
            per[p]++;
        }
        List<Section> out = new ArrayList<>();
        out.add(new Section(2, "Survey", Style.YEAR_GROUPS, true, null));
        out.add(
                new Section(
                        2, "Existing Medical VLM and Foundation Models", Style.NONE, false, null));
        for (int i = 0; i < per[0]; i++) {
            out.add(new Section(3, pools[0][i], Style.WRAPPED, false, null));
        }
        out.add(new Section(2, "Research Areas", Style.NONE, false, null));
        for (int i = 0; i < per[1]; i++) {
            out.add(new Section(3, pools[1][i], Style.YEAR_GROUPS, false, null));
        }
        out.add(new Section(2, "Tasks, Datasets and Metrics", Style.NONE, false, null));
        for (int i = 0; i < per[2]; i++) {
            out.add(new Section(3, pools[2][i], Style.YEAR_GROUPS, false, null));
        }
        for (String other : Words.TOP_OTHER) {
            out.add(
                    new Section(
                            2,
                            other,
                            random.nextBoolean() ? Style.PLAIN : Style.WRAPPED,
                            false,
                            null));
        }
        return distribute(out, papers, random);
    }

    private static List<Section> distribute(
            List<Section> sections, long papers, SplittableRandom random) {
        double[] weights = new double[sections.size()];
        for (int i = 0; i < weights.length; i++) {
            Section s = sections.get(i);
            weights[i] =
                    s.style() == Style.NONE
                            ? 0
                            : (s.survey() ? 0.3 : 0.3 + 1.4 * random.nextDouble());
        }
        long[] counts = apportion(papers, weights);
        List<Section> out = new ArrayList<>(sections.size());
        for (int i = 0; i < weights.length; i++) {
            double[] yearWeights = new double[YEARS];
            for (int y = 0; y < YEARS; y++) {
                // Newest first; more papers in recent years, jittered per section.
                yearWeights[y] = StrictMath.pow(1.25, YEARS - 1 - y) * (0.5 + random.nextDouble());
            }
            Section s = sections.get(i);
            out.add(
                    new Section(
                            s.level(),
                            s.title(),
                            s.style(),
                            s.survey(),
                            apportion(counts[i], yearWeights)));
        }
        return out;
    }

    /** Largest-remainder apportionment of {@code total} by {@code weights} (ties: lower index). */
    static long[] apportion(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] counts = new long[weights.length];
        if (sum <= 0 || total == 0) {
            return counts;
        }
        double[] rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            counts[i] = (long) Math.floor(exact);
            rest[i] = exact - counts[i];
            given += counts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < rest.length; i++) {
                if (weights[i] > 0 && (best < 0 || rest[i] > rest[best])) {
                    best = i;
                }
            }
            counts[best]++;
            rest[best] = -1;
        }
        return counts;
    }
}
