package org.awesomevlm.kg.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.query.SparqlTarget;

/**
 * Reads the papers for the bibliographic exports from the canned queries {@code export-papers},
 * {@code export-authors} and {@code export-keywords}: distinct papers in order of first appearance,
 * each with the authors of its first entry and a citation key.
 */
final class PaperRecords {
    private PaperRecords() {}

    /** The papers of every list, or of the list {@code options.list()} names. */
    static List<PaperRecord> load(SparqlTarget ds, ExportOptions options) {
        QueryCatalog catalog =
                QueryCatalog.load(
                        options.queries(), "export-papers", "export-authors", "export-keywords");
        QueryRunner runner = new QueryRunner();
        Map<String, Map<String, String>> first = new LinkedHashMap<>();
        Map<String, String> entryOf = new HashMap<>();
        Set<String> lists = new LinkedHashSet<>();
        runner.forEach(
                ds,
                catalog.get("export-papers"),
                Map.of(),
                r -> {
                    String slug = slug(text(r, "list"));
                    lists.add(slug);
                    String paper = text(r, "paper");
                    if ((options.list() == null || options.list().equals(slug))
                            && !first.containsKey(paper)) {
                        first.put(paper, strings(r));
                        entryOf.put(paper, text(r, "entry"));
                    }
                });
        if (options.list() != null && !lists.contains(options.list())) {
            throw new KgException(
                    "kg export",
                    0,
                    "no list '"
                            + options.list()
                            + "' with papers in the store (lists: "
                            + String.join(", ", lists)
                            + ")");
        }
        Map<String, List<String>> authors = new HashMap<>();
        runner.forEach(
                ds,
                catalog.get("export-authors"),
                Map.of(),
                r -> {
                    String paper = text(r, "paper");
                    if (text(r, "entry").equals(entryOf.get(paper))) {
                        authors.computeIfAbsent(paper, p -> new ArrayList<>()).add(text(r, "name"));
                    }
                });
        Map<String, Set<String>> keywords = new HashMap<>();
        runner.forEach(
                ds,
                catalog.get("export-keywords"),
                Map.of(),
                r -> {
                    String paper = text(r, "paper");
                    if (first.containsKey(paper)) {
                        keywords.computeIfAbsent(paper, p -> new LinkedHashSet<>())
                                .add(text(r, "label"));
                    }
                });
        CitationKeys keys = new CitationKeys();
        List<PaperRecord> papers = new ArrayList<>(first.size());
        for (Map.Entry<String, Map<String, String>> e : first.entrySet()) {
            Map<String, String> r = e.getValue();
            List<String> names = authors.getOrDefault(e.getKey(), List.of());
            String title = r.get("title");
            String year = r.get("year");
            String family = names.isEmpty() ? null : PersonName.parse(names.get(0)).family();
            papers.add(
                    new PaperRecord(
                            e.getKey(),
                            keys.next(family, year, title),
                            title,
                            year,
                            r.get("arxiv"),
                            r.get("doi"),
                            r.get("venue"),
                            kind(r),
                            flag(r, "review"),
                            List.copyOf(names),
                            List.copyOf(keywords.getOrDefault(e.getKey(), Set.of())),
                            r.get("section"),
                            r.get("paperUrl"),
                            r.get("codeUrl"),
                            r.get("projectUrl")));
        }
        return papers;
    }

    private static PaperRecord.Kind kind(Map<String, String> r) {
        if (flag(r, "conference")) {
            return PaperRecord.Kind.CONFERENCE;
        }
        if (flag(r, "journal")) {
            return PaperRecord.Kind.JOURNAL;
        }
        return flag(r, "preprint") ? PaperRecord.Kind.PREPRINT : PaperRecord.Kind.OTHER;
    }

    private static boolean flag(Map<String, String> r, String var) {
        // "1" is xsd:boolean's other lexical form for true, the one Virtuoso writes
        return "true".equals(r.get(var)) || "1".equals(r.get(var));
    }

    /** The lexical form of a literal, the IRI of a resource, or null when unbound. */
    static String text(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    private static String slug(String listIri) {
        return listIri == null ? "" : listIri.substring(listIri.lastIndexOf('/') + 1);
    }

    /** The row as strings, usable after the read transaction. */
    private static Map<String, String> strings(QuerySolution r) {
        Map<String, String> m = new HashMap<>();
        r.varNames().forEachRemaining(v -> m.put(v, text(r, v)));
        return m;
    }
}
