package org.awesomevlm.kg.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/** Writes one synthetic paper entry in the list's Markdown shape, drawing from a shared random. */
final class EntryWriter {
    static final int MIN_DIGEST_WORDS = 80;
    static final int MAX_DIGEST_WORDS = 200;
    static final int MAX_AUTHORS = 30;

    /** Share of author occurrences written in a variant form (initials, accents dropped). */
    static final double VARIANT_RATE = 0.075;

    private static final int KEYWORDS = Words.KEYWORD_MOD.length * Words.KEYWORD_HEAD.length;
    private static final int SYNTHETIC_DATASETS =
            Words.DATASET_STEM.length * Words.DATASET_ORGAN.length;

    private final SplittableRandom random;
    private final Zipf authors;
    private final Zipf keywords = new Zipf(KEYWORDS, 5);
    private final Zipf datasets = new Zipf(Words.DATASET.length + SYNTHETIC_DATASETS, 3);
    private final Zipf modalities = new Zipf(Words.MODALITY.length, 1);
    private final long[] arxivCounters = new long[SectionPlan.YEARS * 12];
    private final long[] authorRanks = new long[MAX_AUTHORS];
    private final GeneratorStats stats;

    EntryWriter(long papers, SplittableRandom random, GeneratorStats stats) {
        this.random = random;
        this.stats = stats;
        // A pool of 3 potential authors per paper; q grows with the list so the most prolific
        // author stays near a couple of hundred papers however large the list is.
        this.authors = new Zipf(Math.max(200, 3 * papers), Math.max(50.0, papers / 200.0));
    }

    /** A title for a paper (the caller needs it first, for the wrapper summary). */
    String title(boolean survey, String model) {
        String adj = pick(Words.TITLE_ADJ);
        String noun = pick(Words.TITLE_NOUN);
        String task = pick(Words.TITLE_TASK);
        if (survey) {
            return adj
                    + " Vision-Language Models for "
                    + task
                    + ": "
                    + (random.nextBoolean() ? "A Survey" : "A Review");
        }
        int shape = random.nextInt(20);
        if (shape < 11) {
            return model + ": " + adj + " " + noun + " for " + task;
        } else if (shape < 16) {
            return adj + " " + noun + " for " + task + " with " + pick(Words.TITLE_CONTEXT);
        }
        return task
                + " with "
                + pick(Words.TITLE_CONTEXT)
                + ": "
                + (adj.matches("^[AEIOU].*") ? "An " : "A ")
                + adj
                + " "
                + noun;
    }

    String model() {
        return pick(Words.MODEL_PREFIX) + pick(Words.MODEL_SUFFIX) + pick(Words.MODEL_TAIL);
    }

    /** Appends the entry (the bullet and its sub-bullets), ending with a newline. */
    void write(StringBuilder out, String title, String model, int year) {
        int authorCount = authorCount();
        stats.paper(authorCount);
        out.append("- ")
                .append(title)
                .append(". [[paper]](https://arxiv.org/abs/")
                .append(arxivId(year))
                .append(')');
        String firstAuthor = null;
        StringBuilder names = new StringBuilder(authorCount * 20);
        for (int i = 0; i < authorCount; i++) {
            String name = Names.canonical(authorRanks[i]);
            if (i == 0) {
                firstAuthor = name;
            }
            if (random.nextDouble() < VARIANT_RATE) {
                String variant = Names.variant(name, random.nextBoolean());
                stats.author(!variant.equals(name));
                name = variant;
            } else {
                stats.author(false);
            }
            names.append(i == 0 ? "" : ", ").append(name);
        }
        if (random.nextInt(10) < 4) {
            String owner =
                    Names.dropAccents(firstAuthor.substring(firstAuthor.lastIndexOf(' ') + 1))
                                    .toLowerCase(Locale.ROOT)
                                    .replaceAll("[^a-z0-9]", "")
                            + "-"
                            + pick(Words.CODE_HOST_OWNER_SUFFIX);
            out.append(" [[code]](https://github.com/")
                    .append(owner)
                    .append('/')
                    .append(model.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
                    .append(')');
        }
        out.append("\n  - ").append(names).append(".\n");
        keywordLine(out);
        if (random.nextInt(10) < 6) {
            out.append("  - Modality: ");
            int n = 1 + random.nextInt(3);
            long used = 0;
            for (int i = 0; i < n; i++) {
                int m = (int) modalities.next(random);
                if ((used & (1L << m)) != 0) {
                    continue;
                }
                used |= 1L << m;
                String label =
                        m == 0 && random.nextInt(10) == 0
                                ? pick(Words.MODALITY_VARIANT)
                                : Words.MODALITY[m];
                out.append(used == (1L << m) ? "" : "; ").append(label);
            }
            out.append(".\n");
        }
        if (random.nextInt(20) < 9) {
            out.append("  - Datasets: ");
            int n = 1 + random.nextInt(4);
            long[] seen = new long[n];
            int written = 0;
            for (int i = 0; i < n; i++) {
                long d = datasets.next(random);
                if (contains(seen, written, d)) {
                    continue;
                }
                seen[written] = d;
                out.append(written++ == 0 ? "" : "; ").append(dataset(d));
            }
            out.append(".\n");
        }
        out.append("  - <details><summary>Digest</summary>\n");
        digest(out, model);
        out.append("  </details>\n");
    }

    private void keywordLine(StringBuilder out) {
        out.append("  - Key Words: ");
        int n = 3 + random.nextInt(5);
        long[] seen = new long[n];
        int written = 0;
        for (int i = 0; i < n; i++) {
            long k = keywords.next(random);
            // A bijective scramble, so the popular keywords are not all of one modifier.
            long idx = (k * 1_447L + 11) % KEYWORDS;
            if (contains(seen, written, idx)) {
                continue;
            }
            seen[written] = idx;
            String label =
                    Words.KEYWORD_MOD[(int) (idx % Words.KEYWORD_MOD.length)]
                            + " "
                            + Words.KEYWORD_HEAD[(int) (idx / Words.KEYWORD_MOD.length)];
            if (random.nextInt(33) == 0) {
                // Same concept, other spelling: "Contrastive learning".
                label = label.charAt(0) + label.substring(1).toLowerCase(Locale.ROOT);
            }
            out.append(written++ == 0 ? "" : "; ").append(label);
        }
        out.append(".\n");
    }

    private void digest(StringBuilder out, String model) {
        int target = MIN_DIGEST_WORDS + random.nextInt(MAX_DIGEST_WORDS - MIN_DIGEST_WORDS + 1);
        StringBuilder text = new StringBuilder(target * 9);
        text.append("This paper ")
                .append(pick(Words.DIGEST_VERB))
                .append(" **")
                .append(model)
                .append("**, a ")
                .append(lowerWords(pick(Words.TITLE_ADJ)))
                .append(' ')
                .append(lowerWords(pick(Words.TITLE_NOUN)))
                .append(" for ")
                .append(lowerWords(pick(Words.TITLE_TASK)))
                .append('.');
        int words = countSpaces(text) + 1;
        int breakAt = random.nextInt(20) == 0 ? text.length() : -1;
        while (words < target) {
            String sentence = random.nextInt(3) > 0 ? pick(Words.DIGEST_CLAIM) : filler();
            String[] tokens = sentence.split(" ");
            int take = Math.min(tokens.length, target - words);
            text.append(' ');
            for (int i = 0; i < take; i++) {
                text.append(i == 0 ? "" : " ").append(tokens[i]);
            }
            text.append('.');
            words += take;
        }
        if (random.nextInt(50) == 0) {
            text.append(" :contentReference[oaicite:0]{index=0}");
        }
        if (breakAt > 0 && breakAt < text.length()) {
            // A digest on two lines, as hand-wrapped Markdown has.
            text.setCharAt(breakAt, '\n');
            text.insert(breakAt + 1, "    ");
        }
        out.append("    ").append(text).append('\n');
    }

    private String filler() {
        int n = 6 + random.nextInt(10);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = pick(Words.FILLER);
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return sb.toString();
    }

    private String dataset(long d) {
        if (d < Words.DATASET.length) {
            return Words.DATASET[(int) d];
        }
        long s = d - Words.DATASET.length;
        return Words.DATASET_STEM[(int) (s % Words.DATASET_STEM.length)]
                + Words.DATASET_ORGAN[(int) (s / Words.DATASET_STEM.length)];
    }

    /** 1–30 authors: log-normal around 5 with a long tail, distinct people. */
    private int authorCount() {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        double gauss =
                StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
        int n = (int) Math.round(StrictMath.exp(StrictMath.log(5) + 0.65 * gauss));
        n = Math.max(1, Math.min(MAX_AUTHORS, n));
        for (int i = 0; i < n; i++) {
            long r;
            do {
                r = authors.next(random);
            } while (contains(authorRanks, i, r));
            authorRanks[i] = r;
        }
        return n;
    }

    /** A unique arXiv id of that year: yymm.nnnnn, numbers spread by a bijection per month. */
    private String arxivId(int year) {
        int y = year - SectionPlan.FIRST_YEAR;
        int month = random.nextInt(12);
        int slot = y * 12 + month;
        for (int tries = 0; arxivCounters[slot] >= 99_999; tries++) {
            if (tries == 12) {
                throw new IllegalStateException("more than 1.2 million papers in year " + year);
            }
            month = (month + 1) % 12;
            slot = y * 12 + month;
        }
        long number = (arxivCounters[slot]++ * 7_919L + 4_217) % 99_999 + 1;
        return String.format(Locale.ROOT, "%02d%02d.%05d", year % 100, month + 1, number);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static boolean contains(long[] values, int n, long v) {
        for (int i = 0; i < n; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cases words for running text, but keeps acronyms ("MRI", "3D") as they are. */
    private static String lowerWords(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (String w : s.split(" ")) {
            boolean acronym =
                    w.length() > 1 && Character.isUpperCase(w.charAt(1))
                            || Character.isDigit(w.charAt(0));
            sb.append(sb.length() == 0 ? "" : " ").append(acronym ? w : w.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static int countSpaces(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == ' ' ? 1 : 0;
        }
        return n;
    }
}
