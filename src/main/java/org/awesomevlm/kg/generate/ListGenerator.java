package org.awesomevlm.kg.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.SplittableRandom;
import org.awesomevlm.kg.generate.SectionPlan.Section;
import org.awesomevlm.kg.generate.SectionPlan.Style;

/**
 * A deterministic synthetic awesome list in the list's own Markdown shape, streamed: memory does
 * not grow with the number of papers, and the same (papers, seed) always gives the same bytes.
 */
public final class ListGenerator {
    /** The largest list: arXiv numbers run out beyond (five digits per month). */
    public static final long MAX_PAPERS = 5_000_000;

    private final long papers;
    private final long seed;
    private final GeneratorStats stats = new GeneratorStats();

    public ListGenerator(long papers, long seed) {
        if (papers < 0 || papers > MAX_PAPERS) {
            throw new IllegalArgumentException(
                    "papers must be within 0.." + MAX_PAPERS + ": " + papers);
        }
        this.papers = papers;
        this.seed = seed;
    }

    /** Writes the whole list; the writer is flushed, not closed. */
    public void write(Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Section> plan = SectionPlan.plan(papers, random);
        EntryWriter entries = new EntryWriter(papers, random, stats);
        StringBuilder buf = new StringBuilder(1 << 16);
        // Single blank lines only: the data model collapses runs of them (MODEL.md), and single
        // ones keep generate -> import -> load -> export byte-exact outside the table of contents.
        buf.append("# Awesome Vision Language Model and Foundation Models (synthetic, ")
                .append(papers)
                .append(" papers, seed ")
                .append(seed)
                .append(")\n\n")
                .append(
                        "[![Maintenance](https://img.shields.io/badge/Maintained%3F-YES-green.svg)]"
                                + "(https://github.com/awesome-vlm/synthetic/graphs/commit-activity)\n")
                .append("![PR Welcome](https://img.shields.io/badge/PRs-welcome-brightgreen)\n\n")
                .append("## Table of Contents\n");
        boolean afterParent = false;
        for (Section s : plan) {
            stats.section();
            // A parent heading sits right above its first subsection, as in the real list.
            buf.append(afterParent && s.level() == 3 ? "" : "\n")
                    .append("#".repeat(s.level()))
                    .append(' ')
                    .append(s.title())
                    .append('\n');
            writeSection(s, entries, buf, out);
            afterParent = s.style() == Style.NONE;
        }
        out.append(buf);
        out.flush();
    }

    /** What the last {@link #write} produced. */
    public GeneratorStats stats() {
        return stats;
    }

    private void writeSection(Section s, EntryWriter entries, StringBuilder buf, Writer out)
            throws IOException {
        if (s.style() == Style.NONE) {
            return;
        }
        boolean first = true;
        for (int i = 0; i < s.perYear().length; i++) {
            long count = s.perYear()[i];
            if (count == 0) {
                continue;
            }
            int year = SectionPlan.LAST_YEAR - i;
            if (s.style() == Style.YEAR_GROUPS) {
                buf.append("\n")
                        .append("<details>\n<summary>")
                        .append(s.title())
                        .append(": ")
                        .append(year)
                        .append("</summary>\n");
            }
            for (long k = 0; k < count; k++) {
                String model = entries.model();
                String title = entries.title(s.survey(), model);
                if (s.style() == Style.WRAPPED) {
                    buf.append(first ? "" : "\n")
                            .append("<details>\n<summary>")
                            .append(title)
                            .append(" (")
                            .append(year)
                            .append(")</summary>\n\n");
                } else {
                    buf.append('\n');
                }
                entries.write(buf, title, model, year);
                if (s.style() == Style.WRAPPED) {
                    buf.append("</details>\n");
                }
                first = false;
                if (buf.length() > 1 << 15) {
                    out.append(buf);
                    buf.setLength(0);
                }
            }
            if (s.style() == Style.YEAR_GROUPS) {
                buf.append("</details>\n");
            }
            first = false;
        }
    }
}
