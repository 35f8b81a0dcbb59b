package org.awesomevlm.kg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.algebra.Algebra;
import org.awesomevlm.kg.KgException;
import org.junit.jupiter.api.Test;

class CannedQueryTest {
    private static final String TEXT =
            """
            #+ summary: Papers of one year
            #+ description: >
            #+   Lists the papers
            #+   of a year.
            #+ tags:
            #+   - papers
            #+   - year
            #+ params:
            #+   - year: publication year, e.g. 2024
            #+   - author: person name as written, e.g. "Zifeng Wang"
            #+ defaults:
            #+   - min: 2
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?p ?t WHERE {
              ?p dcterms:issued ?_year ; dcterms:title ?t .
              OPTIONAL { ?p dcterms:creator/<http://schema.org/name> ?n }
              FILTER(!BOUND(?__author) || ?n = ?__author)
              { SELECT ?p (COUNT(*) AS ?c) WHERE { ?p ?x ?y } GROUP BY ?p
                HAVING (COUNT(*) >= ?__min_integer) }
              FILTER(?p != ?__other_iri)
            }
            """;

    @Test
    void readsHeaderAndParameters() {
        CannedQuery q = CannedQuery.parse("by-year", TEXT, Path.of("by-year.rq"));
        assertThat(q.summary()).isEqualTo("Papers of one year");
        assertThat(q.description()).isEqualTo("Lists the papers of a year.");
        assertThat(q.tags()).containsExactly("papers", "year");
        assertThat(q.params())
                .extracting(QueryParam::name)
                .containsExactly("year", "author", "min", "other");
        QueryParam year = q.param("year").orElseThrow();
        assertThat(year.type()).isEqualTo(ParamType.YEAR);
        assertThat(year.required()).isTrue();
        assertThat(year.description()).isEqualTo("publication year, e.g. 2024");
        QueryParam author = q.param("author").orElseThrow();
        assertThat(author.type()).isEqualTo(ParamType.STRING);
        assertThat(author.required()).isFalse();
        assertThat(author.description()).isEqualTo("person name as written, e.g. \"Zifeng Wang\"");
        QueryParam min = q.param("min").orElseThrow();
        assertThat(min.type()).isEqualTo(ParamType.INTEGER);
        assertThat(min.defaultValue()).isEqualTo("2");
        assertThat(q.param("other").orElseThrow().type()).isEqualTo(ParamType.IRI);
    }

    @Test
    void bindsTypedTermsIntoTheSyntaxTree() {
        CannedQuery q = CannedQuery.parse("by-year", TEXT, null);
        Query bound = q.bind(Map.of("year", "2024", "author", "Zifeng Wang"));
        String s = bound.toString();
        assertThat(s)
                .contains("\"2024\"^^<http://www.w3.org/2001/XMLSchema#gYear>")
                .contains("\"Zifeng Wang\"")
                .contains(">= 2")
                .doesNotContain("?_year")
                .doesNotContain("?__author")
                .doesNotContain("?__min_integer")
                .contains("?__other_iri"); // optional without default stays unbound
    }

    @Test
    void aQueryWithoutParametersIsAnIndependentCopyWithItsBase() {
        CannedQuery q =
                CannedQuery.parse(
                        "no-params",
                        "SELECT ?iri WHERE { BIND(IRI(\"paper/x\") AS ?iri) } ORDER BY ?iri",
                        null);
        Query first = q.bind(Map.of());
        Query fresh = q.query();
        assertThat(first.getBaseURI()).isEqualTo(fresh.getBaseURI()).isNotNull();
        assertThat(Algebra.compile(first)).isEqualTo(Algebra.compile(fresh));
        // a caller may change its copy (the README export drops ORDER BY): the next call is whole
        first.getOrderBy().clear();
        Query second = q.bind(Map.of());
        assertThat(second).isNotSameAs(first);
        assertThat(second.getOrderBy()).hasSize(1);
        assertThat(Algebra.compile(second)).isEqualTo(Algebra.compile(fresh));
        // IRI() still resolves against the query's base
        try (QueryExecution qe = QueryExecution.create(second, DatasetFactory.create())) {
            assertThat(qe.execSelect().next().getResource("iri").getURI())
                    .isEqualTo(fresh.getBaseURI() + "paper/x");
        }
    }

    @Test
    void foldsIriOfBoundValuesSoTheFilterBecomesALookUp() {
        CannedQuery q =
                CannedQuery.parse(
                        "iri",
                        """
                        SELECT ?p WHERE {
                          { ?e <http://ex/describes> ?p FILTER(?p = IRI(?_v)) }
                          UNION { ?e <http://ex/changed> ?p
                                  FILTER(?p = IRI(CONCAT("https://ex/paper/arxiv-", ?_v))) }
                        }
                        """,
                        null);
        Query bound = q.bind(Map.of("v", "https://ex/paper/1"));
        assertThat(bound.toString())
                .contains("?p = <https://ex/paper/1>")
                .contains("?p = <https://ex/paper/arxiv-https://ex/paper/1>")
                .doesNotContain("IRI(")
                .doesNotContain("CONCAT(");
        // Jena's optimizer then reads the IRI from the index instead of filtering every row.
        String plan = Algebra.optimize(Algebra.compile(bound)).toString();
        assertThat(plan).contains("?e <http://ex/describes> <https://ex/paper/1>");
        assertThat(plan).doesNotContain("filter");

        // Not an IRI: left as it was, to fail at evaluation as before.
        assertThat(q.bind(Map.of("v", "foo bar")).toString()).contains("IRI(\"foo bar\")");
        // An IRI that would not print and parse back as itself is not folded either.
        assertThat(q.bind(Map.of("v", "_:b0")).toString()).contains("IRI(\"_:b0\")");
    }

    @Test
    void rejectsUnknownMissingAndMalformedParameters() {
        CannedQuery q = CannedQuery.parse("by-year", TEXT, Path.of("queries/by-year.rq"));
        assertThatThrownBy(() -> q.bind(Map.of()))
                .isInstanceOf(KgException.class)
                .hasMessageContaining("missing required parameter 'year'");
        assertThatThrownBy(() -> q.bind(Map.of("year", "2024", "colour", "red")))
                .hasMessageContaining("unknown parameter 'colour'");
        assertThatThrownBy(() -> q.bind(Map.of("year", "twenty")))
                .hasMessageContaining("parameter 'year'")
                .hasMessageContaining("not a year");
        assertThatThrownBy(() -> q.bind(Map.of("year", "2024", "min", "2.5")))
                .hasMessageContaining("parameter 'min'")
                .hasMessageContaining("not an integer");
        assertThatThrownBy(() -> q.bind(Map.of("year", "2024", "other", "<http://evil>")))
                .hasMessageContaining("parameter 'other'");
        assertThatThrownBy(() -> q.bind(Map.of("year", "2024", "other", "relative/x")))
                .hasMessageContaining("not an absolute IRI");
        KgException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        KgException.class, () -> q.bind(Map.of("year", "1")));
        assertThat(e.file()).isEqualTo(Path.of("queries/by-year.rq").toString());
    }

    @Test
    void typeNamedParameterHasThatType() {
        CannedQuery q = CannedQuery.parse("d", "DESCRIBE ?_iri", null);
        assertThat(q.params())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.name()).isEqualTo("iri");
                            assertThat(p.type()).isEqualTo(ParamType.IRI);
                        });
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() {
        String text = "#+ summary: broken\nSELECT ?x WHERE {\n  ?x ?y \n}\n";
        assertThatThrownBy(() -> CannedQuery.parse("b", text, Path.of("b.rq")))
                .isInstanceOfSatisfying(
                        KgException.class,
                        e -> {
                            assertThat(e.file()).isEqualTo("b.rq");
                            assertThat(e.line()).as(e.getMessage()).isEqualTo(4);
                        })
                .hasMessageContaining("SPARQL syntax error at line 4, column 1");
    }

    @Test
    void headerErrorsNameTheLine() {
        String undocumented =
                "#+ summary: x\n#+ params:\n#+   - nope: no such\nSELECT * { ?s ?p ?_o }";
        assertThatThrownBy(() -> CannedQuery.parse("u", undocumented, Path.of("u.rq")))
                .isInstanceOfSatisfying(KgException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("'nope' is not a parameter");
        String badYaml = "#+ summary: x\n#+ tags: [a\nSELECT * { ?s ?p ?o }";
        assertThatThrownBy(() -> CannedQuery.parse("y", badYaml, Path.of("y.rq")))
                .isInstanceOf(KgException.class)
                .hasMessageContaining("bad #+ header");
        String badDefault = "#+ defaults:\n#+   - n: many\nSELECT * { ?s ?p ?__n_integer }";
        assertThatThrownBy(() -> CannedQuery.parse("d", badDefault, Path.of("d.rq")))
                .hasMessageContaining("default of parameter 'n'");
    }
}
