package org.awesomevlm.kg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.Expr;

/**
 * Runs every canned query, with a spread of parameter values, on two targets and gives both results
 * in the normalised form of {@link ResultTerms}, for comparing two SPARQL engines.
 */
final class CatalogueComparison {
    static final String AVR = "https://w3id.org/awesome-vlm/";

    /**
     * Values to try for each parameter name of the catalogue: the first is the usual one; the
     * others are other spellings, IRIs, values matching nothing and a would-be injection.
     */
    static final Map<String, List<String>> VALUES =
            Map.ofEntries(
                    Map.entry("year", List.of("2024", "2022", "2025", "1999")),
                    Map.entry(
                            "keyword",
                            List.of(
                                    "Medical AI",
                                    "medical-AI",
                                    AVR + "keyword/contrastive-learning",
                                    "x\" } ; DROP ALL ; #")),
                    Map.entry(
                            "author",
                            List.of("Zifeng Wang", "Z. Wang", AVR + "person/jimeng-sun", "Nobody")),
                    Map.entry("dataset", List.of("MIMIC-CXR", "mimic cxr")),
                    Map.entry("modality", List.of("Chest X-ray", "chest xray")),
                    Map.entry("task", List.of("Report Generation", "vqa")),
                    Map.entry(
                            "family", List.of("CLIP and Variants", "Vision Large Language Models")),
                    Map.entry("min", List.of("1", "2", "3")),
                    Map.entry(
                            "iri",
                            List.of(
                                    AVR + "paper/arxiv-2210.10163",
                                    AVR + "person/jimeng-sun",
                                    AVR + "keyword/medical-ai")),
                    Map.entry(
                            "paper",
                            List.of("2210.10163", AVR + "paper/arxiv-2210.10163", "10.1000/NONE")),
                    Map.entry("date", List.of("2024-01-01", "2024-03-01T10:00:00Z", "2030-01-01")),
                    Map.entry(
                            "text", List.of("contrastive", "SUN", "zzz", "x\" } ; DROP ALL ; #")));

    /** One run: a query and its parameter values. */
    record Case(CannedQuery query, Map<String, String> params) {
        @Override
        public String toString() {
            return query.name() + (params.isEmpty() ? "" : " " + params);
        }
    }

    /**
     * A normalised result: the rows sorted (a multiset) and, for a query with ORDER BY, the
     * sequence of its leading sort keys that are plain variables, row by row (the order the query
     * promises).
     */
    record Result(List<String> rows, List<String> order) {}

    /** Both results of a case and how long each engine took. */
    record Outcome(Case c, Result expected, Result actual, long expectedMs, long actualMs) {
        boolean sameRows() {
            return expected.rows().equals(actual.rows());
        }

        boolean sameOrder() {
            return expected.order().equals(actual.order());
        }
    }

    private CatalogueComparison() {}

    /**
     * The cases for {@code q}: every parameter at its usual value, then each parameter in turn at
     * each other value, then (when it has optional parameters) all optional ones left out.
     */
    static List<Case> cases(CannedQuery q) {
        Map<String, String> usual = new LinkedHashMap<>();
        for (QueryParam p : q.params()) {
            usual.put(p.name(), values(p).get(0));
        }
        List<Case> out = new ArrayList<>();
        out.add(new Case(q, usual));
        for (QueryParam p : q.params()) {
            List<String> vs = values(p);
            for (String v : vs.subList(1, vs.size())) {
                Map<String, String> m = new LinkedHashMap<>(usual);
                m.put(p.name(), v);
                out.add(new Case(q, m));
            }
        }
        if (q.params().stream().anyMatch(p -> !p.mandatory())) {
            Map<String, String> m = new LinkedHashMap<>(usual);
            q.params().stream().filter(p -> !p.mandatory()).forEach(p -> m.remove(p.name()));
            out.add(new Case(q, m));
        }
        return out;
    }

    static List<Case> cases(QueryCatalog catalog) {
        List<Case> out = new ArrayList<>();
        catalog.all().forEach(q -> out.addAll(cases(q)));
        return out;
    }

    private static List<String> values(QueryParam p) {
        List<String> vs = VALUES.get(p.name());
        if (vs != null) {
            return vs;
        }
        // a parameter new to the catalogue: its sample from CannedQueriesTest (which has one
        // for every parameter)
        String sample = CannedQueriesTest.SAMPLES.get(p.name());
        if (sample == null) {
            throw new IllegalStateException(
                    "no test value for parameter '" + p.name() + "' of a canned query");
        }
        return List.of(sample);
    }

    static Outcome run(QueryRunner runner, SparqlTarget expected, SparqlTarget actual, Case c) {
        long t0 = System.nanoTime();
        Result e = result(runner, expected, c);
        long t1 = System.nanoTime();
        Result a = result(runner, actual, c);
        long t2 = System.nanoTime();
        return new Outcome(c, e, a, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    static Result result(QueryRunner runner, SparqlTarget target, Case c) {
        Query query = c.query().bind(c.params());
        if (query.isSelectType()) {
            List<QuerySolution> rows = runner.select(target, c.query(), c.params());
            List<String> keys = orderKeys(query);
            List<String> order = new ArrayList<>();
            if (!keys.isEmpty()) {
                for (QuerySolution r : rows) {
                    order.add(ResultTerms.row(r, keys));
                }
            }
            return new Result(ResultTerms.rows(rows, query.getResultVars()), order);
        }
        if (query.isAskType()) {
            return new Result(
                    List.of(String.valueOf(runner.ask(target, c.query(), c.params()))), List.of());
        }
        return new Result(
                ResultTerms.triples(runner.construct(target, c.query(), c.params())), List.of());
    }

    /** The leading ORDER BY conditions that are projected variables. */
    private static List<String> orderKeys(Query query) {
        List<String> keys = new ArrayList<>();
        if (query.getOrderBy() == null) {
            return keys;
        }
        for (SortCondition sc : query.getOrderBy()) {
            Expr e = sc.getExpression();
            if (!e.isVariable() || !query.getResultVars().contains(e.getVarName())) {
                break;
            }
            keys.add(e.getVarName());
        }
        return keys;
    }
}
