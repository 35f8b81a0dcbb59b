package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.server.SparqlEndpointTest.parse;
import static org.awesomevlm.kg.server.SparqlEndpointTest.parseResults;
import static org.awesomevlm.kg.server.TestServers.enc;
import static org.awesomevlm.kg.server.TestServers.get;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.DCTerms;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The canned queries of queries/ over HTTP. */
@Timeout(120)
class ApiTest {
    static QueryCatalog catalog;
    static KgServer server;
    static String url;

    @BeforeAll
    static void start() {
        catalog = QueryCatalog.load(Path.of("queries"));
        server =
                KgServer.builder()
                        .dataset(TestServers.fixture())
                        .catalog(catalog)
                        .port(0)
                        .build()
                        .start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void listingAsJson() {
        HttpResponse<String> r = get(url + "api", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/json");
        JsonArray queries =
                JsonParser.parseString(r.body()).getAsJsonObject().getAsJsonArray("queries");
        assertThat(queries.size()).isEqualTo(catalog.all().size());
        JsonObject byYear = find(queries, "papers-by-year");
        assertThat(byYear.get("summary").getAsString())
                .isEqualTo(catalog.get("papers-by-year").summary());
        assertThat(byYear.get("url").getAsString()).isEqualTo(url + "api/papers-by-year");
        JsonObject year = byYear.getAsJsonArray("params").get(0).getAsJsonObject();
        assertThat(year.get("name").getAsString()).isEqualTo("year");
        assertThat(year.get("type").getAsString()).isEqualTo("year");
        assertThat(year.get("required").getAsBoolean()).isTrue();
    }

    @Test
    void listingAsHtml() {
        HttpResponse<String> r = get(url + "api", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("href=\"" + url + "api/papers-by-year\"");
    }

    @Test
    void openApiDescribesEveryQuery() {
        HttpResponse<String> r = get(url + "api/openapi.json", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject api = JsonParser.parseString(r.body()).getAsJsonObject();
        assertThat(api.get("openapi").getAsString()).startsWith("3.");
        JsonObject paths = api.getAsJsonObject("paths");
        for (var q : catalog.all()) assertThat(paths.has("/api/" + q.name())).as(q.name()).isTrue();
        JsonObject get = paths.getAsJsonObject("/api/papers-by-year").getAsJsonObject("get");
        JsonObject param = get.getAsJsonArray("parameters").get(0).getAsJsonObject();
        assertThat(param.get("in").getAsString()).isEqualTo("query");
        assertThat(param.get("required").getAsBoolean()).isTrue();
        assertThat(
                        get.getAsJsonObject("responses")
                                .getAsJsonObject("200")
                                .getAsJsonObject("content")
                                .keySet())
                .contains("application/sparql-results+json", "text/csv");
        assertThat(api.getAsJsonArray("servers").get(0).getAsJsonObject().get("url").getAsString())
                .isEqualTo(url.substring(0, url.length() - 1));
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, JSON",
        "application/json, JSON",
        "text/csv, CSV",
        "text/tab-separated-values, TSV",
        "application/sparql-results+xml, XML"
    })
    void selectWithParameterInEveryTableFormat(String accept, String lang) {
        HttpResponse<String> r = get(url + "api/papers-by-year?year=2024", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        ResultSet rs = parseResults(r.body(), SparqlEndpointTest.resultLang(lang));
        List<String> papers =
                ResultSetFormatter.toList(rs).stream().map(s -> s.get("paper").toString()).toList();
        assertThat(papers).containsExactly(AV.BASE + "paper/arxiv-2403.02469");
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TTL",
        "application/ld+json, JSONLD",
        "application/n-triples, NT",
        "application/rdf+xml, RDFXML"
    })
    void constructInRdfFormats(String accept, String lang) {
        String iri = AV.BASE + "paper/arxiv-2210.10163";
        HttpResponse<String> r = get(url + "api/describe-paper?iri=" + enc(iri), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        Model m = parse(r.body(), SparqlEndpointTest.rdfLang(lang));
        assertThat(m.contains(m.createResource(iri), DCTerms.title)).isTrue();
    }

    @Test
    void parameterProblemsAre400NamingTheParameter() {
        HttpResponse<String> missing = get(url + "api/papers-by-year", null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("year").doesNotContain("queries/");
        HttpResponse<String> malformed = get(url + "api/papers-by-year?year=last", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("'year'").contains("not a year");
        HttpResponse<String> unknown = get(url + "api/papers-by-year?year=2024&colour=red", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("colour");
        HttpResponse<String> twice = get(url + "api/papers-by-year?year=2024&year=2023", null);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("year");
        HttpResponse<String> badIri =
                get(url + "api/describe-paper?iri=" + enc("not an iri"), null);
        assertThat(badIri.statusCode()).isEqualTo(400);
        assertThat(badIri.body()).contains("iri");
    }

    @Test
    void injectionAttemptIsJustAValue() {
        String evil = "x\" } UNION { ?paper ?p ?o } #";
        HttpResponse<String> r =
                get(
                        url + "api/papers-by-author?author=" + enc(evil),
                        "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ResultSetFormatter.consume(parseResults(r.body(), ResultSetLang.RS_JSON)))
                .isZero();
    }

    @Test
    void unknownQueryIs404() {
        assertThat(get(url + "api/no-such-query", null).statusCode()).isEqualTo(404);
    }

    private static JsonObject find(JsonArray queries, String name) {
        return StreamSupport.stream(queries.spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(o -> o.get("name").getAsString().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
