package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cancellable REGEX and REPLACE give Jena's answers, errors included. */
class CancellableRegexTest {
    /** The results as text, or the error (a constant bad pattern fails when the query is built). */
    static String run(String query, boolean cancellable) {
        Dataset ds = DatasetFactory.create();
        Context cxt = new Context();
        if (cancellable) CancellableRegex.install(cxt);
        try (QueryExecution qe =
                QueryExecution.dataset(ds).query(QueryFactory.create(query)).context(cxt).build()) {
            return ResultSetFormatter.asText(qe.execSelect());
        } catch (RuntimeException e) {
            return "error " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "REGEX(\"Hello\", \"^h\")",
                "REGEX(\"Hello\", \"^h\", \"i\")",
                "REGEX(\"a.c\", \".\", \"q\")",
                "REGEX(\"abc\"@en, \"b\")",
                "REGEX(\"abc\", \"a b c\", \"x\")",
                "REGEX(\"abc\", \"(\")",
                "REGEX(\"abc\", \"b\", \"z\")",
                "REGEX(42, \"4\")",
                "REGEX(\"abc\", 1)",
                "REPLACE(\"Hello world\", \"o\", \"0\")",
                "REPLACE(\"abc\"@en, \"b\", \"$0$0\")",
                "REPLACE(\"abc\"^^<http://www.w3.org/2001/XMLSchema#string>, \"B\", \"x\", \"i\")",
                "REPLACE(\"abc\", \"x*\", \"-\")",
                "REPLACE(\"abc\", \"z\", \"-\")",
                "REPLACE(\"abc\", \"b\", \"$9\")",
                "REPLACE(\"abc\", \"(\", \"x\")",
                "<http://www.w3.org/2005/xpath-functions#matches>(\"abc\", \"B\", \"i\")",
                "<http://www.w3.org/2005/xpath-functions#replace>(\"abc\", \"b\", \"B\")",
            })
    void sameAnswerAsJena(String expr) {
        // A variable argument too, so that the optimizer cannot fold the call away.
        String q =
                "SELECT ?v ?w { BIND(\"abc\" AS ?s) BIND(%s AS ?v) BIND(%s AS ?w) }"
                        .formatted(expr, expr.replaceFirst("\"abc\"(?!@|\\^)", "?s"));
        assertThat(run(q, true)).isEqualTo(run(q, false));
    }

    @Test
    void everyRegularExpressionCallIsRewritten() {
        String q =
                """
                PREFIX fn: <http://www.w3.org/2005/xpath-functions#>
                SELECT ?x (REPLACE(?x, "a", "b") AS ?y) {
                  ?s ?p ?x FILTER(REGEX(?x, "a"))
                  FILTER NOT EXISTS { ?s ?q ?z FILTER(fn:matches(?z, "b")) }
                  BIND(fn:replace(?x, "c", "d") AS ?w)
                } ORDER BY (REGEX(?x, "c"))
                """;
        String algebra =
                CancellableRegex.rewrite(Algebra.compile(QueryFactory.create(q))).toString();
        assertThat(algebra)
                .doesNotContain("(regex ")
                .doesNotContain("(replace ")
                .doesNotContain("#");
        assertThat(algebra.split(CancellableRegex.REGEX, -1)).hasSize(4);
        assertThat(algebra.split(CancellableRegex.REPLACE, -1)).hasSize(3);
    }
}
