package org.awesomevlm.kg.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.awesomevlm.kg.vocab.AV;

/**
 * Renders the rows of {@code readme-document.rq} (sorted by block order, part, ordinal) into
 * Markdown as they arrive; only the current entry is held in memory.
 */
final class ReadmeRenderer {
    /** The entry being written: its title waits for its links, its authors line for names. */
    private static final class Entry {
        final QuerySolution row;
        final List<MarkdownForms.LinkText> links = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        boolean titleWritten;

        Entry(QuerySolution row) {
            this.row = row;
        }
    }

    private final LineSink out;
    private final List<String> toc;
    private Entry entry;
    private String lastKey = "";
    private final boolean deferToc;
    private boolean tocPending;
    private boolean blankAfterToc;

    /**
     * @param toc the generated table of contents
     * @param deferToc whether a heading follows the "Table of Contents" heading (the ToC then goes
     *     just before it; else right after the ToC heading)
     */
    ReadmeRenderer(LineSink out, List<String> toc, boolean deferToc) {
        this.out = out;
        this.toc = toc;
        this.deferToc = deferToc;
    }

    void row(QuerySolution r) {
        int part = integer(r, "part");
        // a value repeated in the graph (e.g. two digests of a paper in two lists) repeats rows
        String key = integer(r, "order") + "/" + part + "/" + integer(r, "n");
        if (key.equals(lastKey)) {
            return;
        }
        lastKey = key;
        switch (part) {
            case 0 -> block(r);
            case 1 -> {
                if (entry != null) {
                    entry.links.add(new MarkdownForms.LinkText(string(r, "label"), iri(r, "url")));
                }
            }
            case 2 -> {
                if (entry != null) {
                    entry.names.add(string(r, "name"));
                }
            }
            case 3 -> line(r);
            case 4 -> {
                endEntry();
                separate(r, "closeBlank");
                String markdown = string(r, "markdown");
                out.text(markdown != null ? markdown : MarkdownForms.DETAILS_CLOSE);
            }
            default -> throw new IllegalStateException("unknown part " + part);
        }
    }

    void finish(boolean blankAfter, boolean finalNewline) {
        endEntry();
        if (tocPending) {
            toc();
        }
        if (blankAfter) {
            out.blank();
        }
        out.end(finalNewline);
    }

    private void block(QuerySolution r) {
        endEntry();
        if (tocPending && string(r, "kind").equals("heading")) {
            toc();
        }
        separate(r, "blank");
        String markdown = string(r, "markdown");
        switch (string(r, "kind")) {
            case "heading" -> {
                out.text(
                        markdown != null
                                ? markdown
                                : MarkdownForms.heading(integer(r, "level"), string(r, "text")));
                tocPending = bool(r, "toc") && !toc.isEmpty();
                if (tocPending && !deferToc) {
                    toc();
                    // keep the next block from continuing the ToC list (and being dropped with it)
                    blankAfterToc = true;
                }
            }
            case "group" ->
                    out.text(
                            markdown != null
                                    ? markdown
                                    : MarkdownForms.detailsOpening(
                                            string(r, "text"), bool(r, "inline")));
            case "entry" -> {
                entry = new Entry(r);
                String wrapper = string(r, "wrapper");
                if (wrapper != null) {
                    out.text(MarkdownForms.detailsOpening(wrapper, bool(r, "inline")));
                    blankIf(r, "wrapperBlank");
                }
            }
            default -> out.text(markdown == null ? "" : markdown);
        }
    }

    /**
     * The generated table of contents goes just before the heading that follows the "Table of
     * Contents" heading, after any block kept under it, with a blank line before it so that it does
     * not continue that block (the importer drops it again); with no heading after it, right after
     * the "Table of Contents" heading.
     */
    private void toc() {
        tocPending = false;
        out.blank();
        toc.forEach(out::line);
    }

    private void title() {
        if (entry == null || entry.titleWritten) {
            return;
        }
        entry.titleWritten = true;
        QuerySolution r = entry.row;
        String override = string(r, "titleMarkdown");
        out.text(
                override != null
                        ? override
                        : MarkdownForms.titleLine(
                                string(r, "title"), string(r, "terminator"), entry.links));
    }

    private void line(QuerySolution r) {
        title();
        blankIf(r, "blank");
        String markdown = string(r, "markdown");
        if (markdown != null) {
            out.text(markdown);
            return;
        }
        String kind = iri(r, "lineKind");
        if (AV.AuthorsLine.getURI().equals(kind)) {
            String placeholder = entry == null ? null : string(entry.row, "placeholder");
            String names = placeholder != null ? placeholder : String.join(", ", entry.names);
            String venue = string(r, "venue");
            out.text(
                    MarkdownForms.authorsLine(
                            string(r, "prefix"),
                            names,
                            string(r, "suffix"),
                            venue == null ? "" : venue));
        } else if (AV.FieldLine.getURI().equals(kind)) {
            out.text(MarkdownForms.fieldLine(string(r, "fieldLabel"), string(r, "value")));
        } else if (AV.DigestLine.getURI().equals(kind)) {
            out.text(
                    MarkdownForms.digestLines(
                            string(r, "summaryLabel"),
                            string(r, "digest"),
                            string(r, "closeStyle")));
        }
    }

    private void endEntry() {
        if (entry == null) {
            return;
        }
        title();
        if (string(entry.row, "wrapper") != null) {
            blankIf(entry.row, "closeBlank");
            out.line(MarkdownForms.DETAILS_CLOSE);
        }
        entry = null;
    }

    /** The blank line before a block or a closing tag, and one after a ToC written before it. */
    private void separate(QuerySolution r, String var) {
        if (integer(r, var) > 0 || blankAfterToc) {
            out.blank();
        }
        blankAfterToc = false;
    }

    private void blankIf(QuerySolution r, String var) {
        if (integer(r, var) > 0) {
            out.blank();
        }
    }

    static String string(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    static String iri(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : string(r, var);
    }

    static int integer(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n == null ? 0 : n.asLiteral().getInt();
    }

    static boolean bool(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        return n != null && n.asLiteral().getBoolean();
    }
}
