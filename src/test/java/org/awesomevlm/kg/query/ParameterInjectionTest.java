package org.awesomevlm.kg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.awesomevlm.kg.KgException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPARQL-injection strings as parameter values are bound as plain terms (string parameters) or
 * rejected (typed parameters): the compiled algebra equals the query's own algebra with the
 * parameter variable replaced by that constant (and IRI() of constants folded), and results are
 * empty, not widened.
 */
class ParameterInjectionTest {
    static final List<String> ATTACKS =
            List.of(
                    "x\" } ; DROP ALL ; #",
                    "<http://evil>",
                    "?s",
                    "x\") || true || (\"",
                    "} UNION { ?s ?p ?o }",
                    "\\\" . ?a ?b ?c # ");

    static QueryCatalog catalog;
    static Dataset ds;

    @BeforeAll
    static void load() {
        catalog = QueryCatalog.load(TestData.QUERIES);
        ds = TestData.dataset(TestData.withExtras());
    }

    private static Map<String, String> samples(CannedQuery q) {
        Map<String, String> values = new HashMap<>();
        q.params().forEach(p -> values.put(p.name(), CannedQueriesTest.SAMPLES.get(p.name())));
        return values;
    }

    @Test
    void stringParametersAreBoundAsConstantsOnly() {
        int checked = 0;
        for (CannedQuery q : catalog.all()) {
            for (QueryParam p : q.params()) {
                if (p.type() != ParamType.STRING) {
                    continue;
                }
                Op template = Algebra.compile(q.query());
                for (String attack : ATTACKS) {
                    Map<String, String> values = samples(q);
                    values.put(p.name(), attack);
                    Query bound = q.bind(values);
                    Op actual = Algebra.compile(bound);
                    // The expected algebra: the unbound query's, with every parameter variable
                    // replaced by the term bound for it (the attack string as one literal).
                    Map<Var, Node> terms = new HashMap<>();
                    for (QueryParam each : q.params()) {
                        String v = values.get(each.name());
                        if (v != null) {
                            terms.put(Var.alloc(each.variable()), each.type().parse(v));
                        }
                    }
                    Op substituted =
                            NodeTransformLib.transform(
                                    n ->
                                            n instanceof Var v && terms.containsKey(v)
                                                    ? terms.get(v)
                                                    : n,
                                    template);
                    // ... and IRI() of a constant folded into that IRI, as binding does
                    Op expected = IriFolding.fold(substituted);
                    assertThat(actual)
                            .as(q.name() + " with " + p.name() + "=" + attack)
                            .isEqualTo(expected)
                            .isNotEqualTo(template);
                    assertThat(bound.toString()).doesNotContain("DROP ALL\n");
                    QueryRunner runner = new QueryRunner();
                    if (bound.isSelectType()) {
                        // optional string parameters may not narrow a query at all; required ones
                        // match nothing when the value is nonsense
                        if (p.required()) {
                            assertThat(runner.select(ds, q, values)).as(q.name()).isEmpty();
                        } else {
                            assertThat(runner.select(ds, q, values).size())
                                    .isLessThanOrEqualTo(runner.select(ds, q, samples(q)).size());
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(ATTACKS.size() * 8);
    }

    @Test
    void typedParametersRejectInjection() {
        for (CannedQuery q : catalog.all()) {
            for (QueryParam p : q.params()) {
                if (p.type() == ParamType.STRING) {
                    continue;
                }
                for (String attack : ATTACKS) {
                    Map<String, String> values = samples(q);
                    values.put(p.name(), attack);
                    assertThatThrownBy(() -> q.bind(values))
                            .as(q.name() + " " + p.name() + "=" + attack)
                            .isInstanceOf(KgException.class)
                            .hasMessageContaining("parameter '" + p.name() + "'");
                }
            }
        }
    }

    @Test
    void keywordOptionalParameterNarrowsNotWidens() {
        CannedQuery q = catalog.get("keyword-cooccurrence");
        assertThat(new QueryRunner().select(ds, q, Map.of("keyword", "?s"))).isEmpty();
        assertThat(new QueryRunner().select(ds, q, Map.of("keyword", "x\" } ; DROP ALL ; #")))
                .isEmpty();
    }
}
