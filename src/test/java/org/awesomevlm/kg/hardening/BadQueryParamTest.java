package org.awesomevlm.kg.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.apache.jena.sparql.util.IsoMatcher;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.cli.CliRun;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.IriFolding;
import org.awesomevlm.kg.query.ParamType;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryParam;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.query.ResultFormat;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter of every canned query against the values of {@code badinput/query}: malformed
 * typed values are rejected naming the parameter (API and CLI); hostile strings are rejected or
 * bound as one constant, so that the algebra is the query's own with that constant in place of the
 * parameter, also after the bound query is printed and parsed again; the database is unchanged.
 */
class BadQueryParamTest {
    static final Path DIR = Path.of("src/test/resources/badinput/query");
    static final QueryCatalog CATALOG = QueryCatalog.load(Path.of("queries"));
    static final Map<ParamType, String> SAMPLES =
            Map.of(
                    ParamType.STRING, "Zifeng Wang",
                    ParamType.YEAR, "2024",
                    ParamType.INTEGER, "1",
                    ParamType.IRI, "https://w3id.org/awesome-vlm/paper/arxiv-2210.10163");

    /** Types and values already tried on the command line. */
    static final java.util.Set<String> CLI_CHECKED =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    @TempDir static Path tmp;
    static Path db;
    static DatasetGraph before;

    @BeforeAll
    static void load() {
        Path data = tmp.resolve("data");
        TurtleOut.writeAtomically(
                new ListImporter().importFile(Path.of("data/awesome-list.md")).model(),
                data.resolve("awesome-list.ttl"));
        db = tmp.resolve("db");
        Loader.load(data, Path.of("ontology"), db);
        before = BadTurtleTest.copy(Store.open(db));
    }

    @AfterAll
    static void unchangedAndClose() {
        try {
            assertThat(IsoMatcher.isomorphic(before, BadTurtleTest.copy(Store.open(db))))
                    .as("database unchanged")
                    .isTrue();
        } finally {
            Store.close(db);
        }
    }

    static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        for (JsonValue s : (JsonArray) v) {
            out.add(s.getAsString().value());
        }
        return out;
    }

    static List<String> injections() throws IOException {
        return strings(JSON.parseAny(Files.readString(DIR.resolve("injection.json"))));
    }

    static List<String> malformed(ParamType type) throws IOException {
        JsonObject o = JSON.parse(Files.readString(DIR.resolve("malformed.json")));
        return o.hasKey(type.suffix()) ? strings(o.get(type.suffix())) : List.of();
    }

    /** Every (query, parameter) pair of the catalogue. */
    static Stream<Arguments> parameters() {
        return CATALOG.all().stream()
                .flatMap(q -> q.params().stream().map(p -> Arguments.of(q.name(), p.name())));
    }

    static Map<String, String> samples(CannedQuery q) {
        Map<String, String> values = new HashMap<>();
        q.params().forEach(p -> values.put(p.name(), SAMPLES.get(p.type())));
        return values;
    }

    @Test
    void theCatalogueHasTypedAndStringParameters() {
        List<ParamType> types =
                CATALOG.all().stream()
                        .flatMap(q -> q.params().stream())
                        .map(QueryParam::type)
                        .distinct()
                        .toList();
        assertThat(types).contains(ParamType.STRING, ParamType.YEAR, ParamType.IRI);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("parameters")
    void malformedValuesAreRejectedNamingTheParameter(String query, String param)
            throws IOException {
        CannedQuery q = CATALOG.get(query);
        QueryParam p = q.param(param).orElseThrow();
        for (String bad : malformed(p.type())) {
            Map<String, String> values = samples(q);
            values.put(param, bad);
            KgException e = catchThrowableOfType(KgException.class, () -> q.bind(values));
            assertThat(e).as("%s=%s rejected", param, bad).isNotNull();
            assertThat(e.getMessage()).startsWith("parameter '" + param + "': ");
            if (!CLI_CHECKED.add(p.type() + " " + bad)) {
                continue; // the command line binds the same way: once per type and value is enough
            }
            CliRun r =
                    CliRun.run(
                            "query",
                            query,
                            "--param",
                            param + "=" + bad,
                            "--db",
                            db.toString(),
                            "--queries",
                            "queries");
            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("parameter '" + param + "'");
            assertThat(r.out()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("parameters")
    void hostileValuesAreRejectedOrBoundAsOneConstant(String query, String param)
            throws IOException {
        CannedQuery q = CATALOG.get(query);
        Op template = Algebra.compile(q.query());
        Dataset ds = Store.open(db);
        int bound = 0;
        for (String attack : injections()) {
            Map<String, String> values = samples(q);
            values.put(param, attack);
            Query b;
            try {
                b = q.bind(values);
            } catch (KgException e) {
                assertThat(e.getMessage()).startsWith("parameter '" + param + "': ");
                continue;
            }
            Map<Var, Node> terms = new HashMap<>();
            for (QueryParam each : q.params()) {
                terms.put(Var.alloc(each.variable()), each.type().parse(values.get(each.name())));
            }
            // the template with each parameter replaced by its one constant, and IRI() of
            // constants folded, as binding does
            Op expected =
                    IriFolding.fold(
                            NodeTransformLib.transform(
                                    n ->
                                            n instanceof Var v && terms.containsKey(v)
                                                    ? terms.get(v)
                                                    : n,
                                    template));
            Op actual = Algebra.compile(b);
            assertThat(actual).as("%s=%s", param, attack).isEqualTo(expected);
            if (!attack.contains("\u0000")) {
                // printed and parsed again (as a log line or a forwarded query would be), the
                // value is still the one constant. Compared as printed algebra: Op.equals is
                // identity-sensitive for function calls such as xsd:dateTime(...).
                Query reparsed = QueryFactory.create(b.serialize(), Syntax.syntaxSPARQL_11);
                assertThat(Algebra.compile(reparsed).toString())
                        .as("%s=%s reparsed", param, attack)
                        .isEqualTo(actual.toString());
            }
            new QueryRunner()
                    .write(ds, q, values, ResultFormat.of("json"), OutputStream.nullOutputStream());
            bound++;
        }
        if (q.param(param).orElseThrow().type() == ParamType.STRING) {
            assertThat(bound)
                    .as("a string parameter takes any text")
                    .isEqualTo(injections().size());
        }
    }
}
