package org.awesomevlm.kg.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
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
     * Bytes of sorted rows held in memory before a run goes to disk: a quarter of the heap (held
     * rows keep their terms as nodes, about twice their encoded size). A 10^5-paper list (3.1
     * million rows, about 1 GB held) sorts in memory with the default heap; a 10^6-paper list goes
     * to disk in runs of this size.
     */
    static final long SORT_MEMORY_BYTES = Runtime.getRuntime().maxMemory() / 4;

    private final QueryRunner runner = new QueryRunner();
    private final long sortMemoryBytes;

    /** The README export, sorting up to {@link #SORT_MEMORY_BYTES} of rows in memory. */
    public ReadmeExport() {
        this(SORT_MEMORY_BYTES);
    }

    /** With another memory budget for the sort (tests force runs on disk with a small one). */
    ReadmeExport(long sortMemoryBytes) {
        this.sortMemoryBytes = sortMemoryBytes;
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
        QueryCatalog catalog =
                QueryCatalog.load(
                        options.queries(), "readme-lists", "readme-toc", "readme-document");
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
        // The rows are sorted here, not by the query's ORDER BY (see SortedRows): the query runs
        // without it and its rows, for the chosen list only, go through a compact external sort.
        Query document = unordered(catalog.get("readme-document").bind(Map.of()));
        try (SortedRows sorted =
                new SortedRows(
                        document.getResultVars(),
                        list.getResource("list").asNode(),
                        sortMemoryBytes)) {
            ds.execute(
                    document,
                    null,
                    qe -> {
                        qe.execSelect()
                                .forEachRemaining(
                                        r -> {
                                            if (iri.equals(r.getResource("list").getURI())) {
                                                sorted.add(r);
                                            }
                                        });
                        return null;
                    });
            sorted.forEachSorted(rows::row);
            rows.flush();
        }
        boolean finalNewline =
                list.get("finalNewline") == null || ReadmeRenderer.bool(list, "finalNewline");
        renderer.finish(ReadmeRenderer.integer(list, "blankAfter") > 0, finalNewline);
    }

    /**
     * A copy of {@code query} without its ORDER BY. An emptied ORDER BY still sorts in ARQ (on no
     * key), and only a copy of a query without sort conditions has none: hence two copies, and the
     * caller's query stays as it was.
     */
    private static Query unordered(Query query) {
        Query withOrder = QueryTransformOps.shallowCopy(query);
        if (withOrder.getOrderBy() != null) {
            withOrder.getOrderBy().clear();
        }
        Query copy = QueryTransformOps.shallowCopy(withOrder);
        copy.setBaseURI(query.getBaseURI());
        return copy;
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
