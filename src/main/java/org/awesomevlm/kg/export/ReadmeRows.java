package org.awesomevlm.kg.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.awesomevlm.kg.vocab.AV;

/**
 * Folds the flat rows of {@code readme-document.rq} (one per property of a block or sub-bullet, in
 * document order) into one row per piece for {@link ReadmeRenderer}: it holds the rows of one piece
 * at a time (one run of equal {@code ?order ?part ?n}) and turns them into the variables the
 * renderer reads.
 */
final class ReadmeRows {
    /** Predicate IRI → renderer variable, for the properties read as they are. */
    private static final Map<String, String> BLOCK_VARS =
            Map.ofEntries(
                    Map.entry(AV.headingLevel.getURI(), "level"),
                    Map.entry(SKOS.prefLabel.getURI(), "text"),
                    Map.entry(AV.markdown.getURI(), "markdown"),
                    Map.entry(AV.isTableOfContents.getURI(), "toc"),
                    Map.entry(AV.summaryInline.getURI(), "inline"),
                    Map.entry(AV.titleMarkdown.getURI(), "titleMarkdown"),
                    Map.entry(AV.wrapperSummary.getURI(), "wrapper"),
                    Map.entry(AV.wrapperBlankLines.getURI(), "wrapperBlank"),
                    Map.entry(AV.closeBlankLinesBefore.getURI(), "closeBlank"),
                    Map.entry(AV.authorsPlaceholder.getURI(), "placeholder"));

    private static final Map<String, String> LINE_VARS =
            Map.of(
                    AV.markdown.getURI(), "markdown",
                    AV.venueAsWritten.getURI(), "venue",
                    AV.lineKind.getURI(), "lineKind");

    private static final RDFNode ZERO = ResourceFactory.createTypedLiteral(0);

    private final ReadmeRenderer renderer;
    private final List<QuerySolution> run = new ArrayList<>();
    private long order = -1;
    private int part = -1;
    private long n = -1;
    private RDFNode digest;

    ReadmeRows(ReadmeRenderer renderer) {
        this.renderer = renderer;
    }

    /** Takes the next row of the query (the rows of a piece come together, in sort order). */
    void row(QuerySolution r) {
        long o = r.getLiteral("order").getLong();
        int p = r.getLiteral("part").getInt();
        long i = r.getLiteral("n").getLong();
        if (o != order || p != part || i != n) {
            flush();
            order = o;
            part = p;
            n = i;
        }
        run.add(r);
    }

    /** Renders the rows still held; call after the last row, before the results are closed. */
    void flush() {
        if (run.isEmpty()) {
            return;
        }
        switch (part) {
            case 0 -> renderer.row(blockRow(run));
            case 3 -> renderer.row(lineRow(run));
            default -> run.forEach(renderer::row);
        }
        run.clear();
    }

    private QuerySolutionMap blockRow(List<QuerySolution> run) {
        QuerySolutionMap row = keys(run.get(0));
        Map<String, RDFNode> values = values(run);
        Set<String> types = new HashSet<>();
        for (QuerySolution r : run) {
            if (RDF.type.getURI().equals(r.getResource("p").getURI())
                    && r.get("o").isURIResource()) {
                types.add(r.getResource("o").getURI());
            }
        }
        BLOCK_VARS.forEach((p, var) -> put(row, var, values.get(p)));
        put(row, "blank", orZero(values.get(AV.blankLinesBefore.getURI())));
        pair(row, "title", "terminator", values, AV.titleAsWritten, AV.titleTerminator);
        digest = values.get(AV.digest.getURI());
        RDFNode style = values.get(AV.groupStyle.getURI());
        String kind;
        if (types.contains(AV.Entry.getURI())) {
            kind = "entry";
        } else if (types.contains(AV.YearGroup.getURI())
                && style != null
                && style.isLiteral()
                && "details".equals(style.asLiteral().getLexicalForm())) {
            kind = "group";
        } else if (types.contains(AV.Section.getURI())) {
            kind = "heading";
        } else {
            kind = "verbatim";
        }
        row.add("kind", ResourceFactory.createStringLiteral(kind));
        return row;
    }

    private QuerySolutionMap lineRow(List<QuerySolution> run) {
        QuerySolutionMap row = keys(run.get(0));
        Map<String, RDFNode> values = values(run);
        LINE_VARS.forEach((p, var) -> put(row, var, values.get(p)));
        put(row, "blank", orZero(values.get(AV.blankLinesBefore.getURI())));
        pair(row, "prefix", "suffix", values, AV.prefix, AV.suffix);
        pair(row, "fieldLabel", "value", values, AV.fieldLabel, AV.valueAsWritten);
        pair(row, "summaryLabel", "closeStyle", values, AV.summaryLabel, AV.closeStyle);
        if (values.containsKey(AV.summaryLabel.getURI())) {
            put(row, "digest", digest);
        }
        return row;
    }

    /** The first value of each property in a run of rows (a repeated value repeats a row). */
    private static Map<String, RDFNode> values(List<QuerySolution> run) {
        Map<String, RDFNode> values = new HashMap<>();
        for (QuerySolution r : run) {
            values.putIfAbsent(r.getResource("p").getURI(), r.get("o"));
        }
        return values;
    }

    private static QuerySolutionMap keys(QuerySolution r) {
        QuerySolutionMap row = new QuerySolutionMap();
        for (String var : new String[] {"list", "order", "part", "n"}) {
            row.add(var, r.get(var));
        }
        return row;
    }

    /** Two properties that are written together: bound only when both are there. */
    private static void pair(
            QuerySolutionMap row,
            String var1,
            String var2,
            Map<String, RDFNode> values,
            org.apache.jena.rdf.model.Property p1,
            org.apache.jena.rdf.model.Property p2) {
        RDFNode v1 = values.get(p1.getURI());
        RDFNode v2 = values.get(p2.getURI());
        if (v1 != null && v2 != null) {
            row.add(var1, v1);
            row.add(var2, v2);
        }
    }

    private static RDFNode orZero(RDFNode n) {
        return n != null ? n : ZERO;
    }

    private static void put(QuerySolutionMap row, String var, RDFNode value) {
        if (value != null) {
            row.add(var, value);
        }
    }
}
