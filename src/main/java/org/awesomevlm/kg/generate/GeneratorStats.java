package org.awesomevlm.kg.generate;

/** What a generator run wrote: papers, the authors-per-paper histogram, variant spellings. */
public final class GeneratorStats {
    private final long[] authorsPerPaper = new long[EntryWriter.MAX_AUTHORS + 1];
    private long papers;
    private long authorships;
    private long variants;
    private int sections;

    void paper(int authors) {
        papers++;
        authorsPerPaper[authors]++;
    }

    void author(boolean variant) {
        authorships++;
        if (variant) {
            variants++;
        }
    }

    void section() {
        sections++;
    }

    public long papers() {
        return papers;
    }

    public long authorships() {
        return authorships;
    }

    /** Author occurrences written differently from the person's canonical spelling. */
    public long variants() {
        return variants;
    }

    /** Headings written (not counting the title and the Table of Contents). */
    public int sections() {
        return sections;
    }

    /** Papers with exactly {@code n} authors. */
    public long papersWithAuthors(int n) {
        return n < 0 || n >= authorsPerPaper.length ? 0 : authorsPerPaper[n];
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "papers=%d sections=%d authorships=%d (%.2f per paper) variants=%.2f%%",
                papers,
                sections,
                authorships,
                papers == 0 ? 0.0 : (double) authorships / papers,
                authorships == 0 ? 0.0 : 100.0 * variants / authorships);
    }
}
