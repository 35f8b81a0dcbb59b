package org.awesomevlm.kg.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QuerySolution;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.query.SparqlTarget;

/**
 * {@code kg export readme}: the Markdown list regenerated from the canned queries {@code
 * readme-lists}, {@code readme-toc} and {@code readme-document} alone, with a generated table of
 * contents under the "Table of Contents" heading.
 */
public final class ReadmeExport implements ExportFormat {
    /**
     * Rows of readme-document a local sort holds in memory before it spills to disk: one per 4 KB
     * of heap, at least 200,000. A held row (a dozen bindings and its computed sort key) takes 2-3
     * KB: at one per KB a 10^6-paper export ran out of a 5.9 GB heap. Spilling writes and re-parses
     * every row as text (a third of the export's CPU at 10^4 papers), so it is kept for lists too
     * long for the heap.
     */
    static final long SORT_IN_MEMORY_ROWS =
            Math.max(200_000, Runtime.getRuntime().maxMemory() / 4096);

    private final QueryRunner runner = new QueryRunner();
    private final long sortInMemoryRows;

    /** The README export, sorting up to {@link #SORT_IN_MEMORY_ROWS} rows in memory. */
    public ReadmeExport() {
        this(SORT_IN_MEMORY_ROWS);
    }

    /** With another spill threshold (tests force the spill with a small one). */
    ReadmeExport(long sortInMemoryRows) {
        this.sortInMemoryRows = sortInMemoryRows;
    }

    @Override
    public String name() {
        return "readme";
    }

    @Override
    public String description() {
        return "the awesome list as Markdown (README), with a generated table of contents";
    }

    @Override
    public void write(SparqlTarget ds, ExportOptions options, Writer writer) {
        QueryCatalog catalog = QueryCatalog.load(options.queries());
        QuerySolution list =
                chooseList(runner.select(ds, catalog.get("readme-lists"), Map.of()), options);
        String iri = list.getResource("list").getURI();
        List<TableOfContents.Heading> headings = new ArrayList<>();
        runner.forEach(
                ds,
                catalog.get("readme-toc"),
                Map.of(),
                r -> {
                    if (iri.equals(r.getResource("list").getURI())) {
                        headings.add(
                                new TableOfContents.Heading(
                                        ReadmeRenderer.integer(r, "level"),
                                        ReadmeRenderer.string(r, "text"),
                                        ReadmeRenderer.bool(r, "toc")));
                    }
                });
        ReadmeRenderer renderer =
                new ReadmeRenderer(
                        new LineSink(writer),
                        TableOfContents.lines(headings),
                        TableOfContents.headingAfterToc(headings));
        ReadmeRows rows = new ReadmeRows(renderer);
        // consumed inside the execution: rows stay views of the store (no copies), and the last
        // block is rendered before the read transaction ends
        ds.execute(
                catalog.get("readme-document").bind(Map.of()),
                null,
                qe -> {
                    // a store-side sort spills to disk past this many rows, so memory stays
                    // bounded however long the list (ignored by remote endpoints)
                    qe.getContext().set(ARQ.spillToDiskThreshold, sortInMemoryRows);
                    qe.execSelect()
                            .forEachRemaining(
                                    r -> {
                                        if (iri.equals(r.getResource("list").getURI())) {
                                            rows.row(r);
                                        }
                                    });
                    rows.flush();
                    return null;
                });
        boolean finalNewline =
                list.get("finalNewline") == null || ReadmeRenderer.bool(list, "finalNewline");
        renderer.finish(ReadmeRenderer.integer(list, "blankAfter") > 0, finalNewline);
    }

    private static QuerySolution chooseList(List<QuerySolution> lists, ExportOptions options) {
        List<String> slugs = new ArrayList<>();
        for (QuerySolution l : lists) {
            String iri = l.getResource("list").getURI();
            String slug = iri.substring(iri.lastIndexOf('/') + 1);
            slugs.add(slug);
            if (slug.equals(options.list())) {
                return l;
            }
        }
        if (options.list() != null) {
            throw new KgException(
                    "kg export",
                    0,
                    "no list '"
                            + options.list()
                            + "' in the store (lists: "
                            + String.join(", ", slugs)
                            + ")");
        }
        if (lists.size() != 1) {
            throw new KgException(
                    "kg export",
                    0,
                    lists.isEmpty()
                            ? "the store holds no list (run kg import and kg load first)"
                            : "the store holds "
                                    + lists.size()
                                    + " lists ("
                                    + String.join(", ", slugs)
                                    + "): choose one with --list");
        }
        return lists.get(0);
    }
}
