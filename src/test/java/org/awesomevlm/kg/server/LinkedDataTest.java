package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awesomevlm.kg.server.SparqlEndpointTest.parse;
import static org.awesomevlm.kg.server.TestServers.get;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(120)
class LinkedDataTest {
    static final String PAPER = "paper/arxiv-2403.02469";
    static final String PUBLIC = "https://kg.example.org/vlm/";
    static KgServer server;
    static String url;

    @BeforeAll
    static void start() {
        server = KgServer.builder().dataset(TestServers.fixture()).port(0).build().start();
        url = server.localUrl();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, TTL, ttl",
        "application/ld+json, JSONLD, jsonld",
        "application/n-triples, NT, nt",
        "application/rdf+xml, RDFXML, rdf"
    })
    void paperByAcceptAndBySuffix(String accept, String lang, String suffix) {
        Lang l = SparqlEndpointTest.rdfLang(lang);
        HttpResponse<String> r = get(url + PAPER, accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        assertThat(r.headers().allValues("Vary").toString()).contains("Accept");
        assertThat(r.headers().firstValue("Content-Location")).hasValue(url + PAPER + "." + suffix);
        checkPaper(parse(r.body(), l));

        HttpResponse<String> s = get(url + PAPER + "." + suffix, "text/html");
        assertThat(s.statusCode()).isEqualTo(200);
        assertThat(s.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        checkPaper(parse(s.body(), l));
    }

    /** Outgoing triples, labels of objects, incoming links; RDF keeps the canonical IRIs. */
    private static void checkPaper(Model m) {
        Resource paper = m.createResource(AV.BASE + PAPER);
        assertThat(m.contains(paper, DCTerms.title)).isTrue();
        assertThat(m.contains(paper, RDF.type, AV.Schema.ScholarlyArticle)).isTrue();
        assertThat(
                        m.contains(
                                m.createResource(AV.BASE + "person/iryna-hartsock"),
                                AV.Schema.name,
                                "Iryna Hartsock"))
                .isTrue();
        assertThat(
                        m.contains(
                                m.createResource(AV.BASE + "keyword/medical-ai"),
                                SKOS.prefLabel,
                                "Medical AI"))
                .isTrue();
        assertThat(
                        m.contains(
                                m.createResource(AV.BASE + "entry/awesome-list/arxiv-2403.02469"),
                                AV.describes,
                                paper))
                .isTrue();
        // Not the whole graph: another paper's triples are absent.
        assertThat(
                        m.contains(
                                m.createResource(AV.BASE + "paper/arxiv-2210.10163"),
                                null,
                                (org.apache.jena.rdf.model.RDFNode) null))
                .isFalse();
    }

    @Test
    void browsersGetHtml() {
        HttpResponse<String> r =
                get(url + PAPER, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Location")).hasValue(url + PAPER + ".html");
        assertThat(r.body()).contains("Vision-Language Models for Medical Report Generation");
        // Escaped: the digest's markup is text, never markup.
        assertThat(r.body()).doesNotContain("<b>recent</b>");
        assertThat(
                        get(url + PAPER + ".html", null)
                                .headers()
                                .firstValue("Content-Type")
                                .orElseThrow())
                .startsWith("text/html");
    }

    @Test
    void corsOnLinkedDataApiAndDumps() {
        for (String path : new String[] {PAPER, "api", ".well-known/void", "dump.nt"}) {
            HttpResponse<String> r =
                    TestServers.send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + path))
                                    .header("Origin", "https://example.org")
                                    .build());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow())
                    .as(path)
                    .isIn("*", "https://example.org");
        }
    }

    @Test
    void defaultIsTurtle() {
        HttpResponse<String> r = get(url + "person/zifeng-wang", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model m = parse(r.body(), Lang.TURTLE);
        assertThat(
                        m.contains(
                                m.createResource(AV.BASE + "person/zifeng-wang"),
                                AV.Schema.name,
                                "Zifeng Wang"))
                .isTrue();
    }

    @Test
    void everyKindDereferences() {
        for (String path :
                new String[] {
                    "keyword/medical-ai",
                    "section/awesome-list/survey/survey-2024",
                    "entry/awesome-list/arxiv-2403.02469",
                    "model/medclip",
                    "scheme/keywords",
                    "list/awesome-list",
                    "entry/awesome-list/arxiv-2403.02469/line/1"
                }) {
            HttpResponse<String> r = get(url + path, "text/turtle");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            Model m = parse(r.body(), Lang.TURTLE);
            assertThat(
                            m.contains(
                                    m.createResource(AV.BASE + path),
                                    null,
                                    (org.apache.jena.rdf.model.RDFNode) null))
                    .as(path)
                    .isTrue();
        }
    }

    @Test
    void ontologyDescribesItsTerms() {
        HttpResponse<String> r = get(url + "ontology.ttl", null);
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = parse(r.body(), Lang.TURTLE);
        assertThat(
                        m.contains(
                                m.createResource(AV.BASE + "ontology"),
                                RDF.type,
                                org.apache.jena.vocabulary.OWL.Ontology))
                .isTrue();
        assertThat(m.contains(AV.Entry, org.apache.jena.vocabulary.RDFS.label)).isTrue();
        assertThat(get(url + "ontology", "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownIrisAre404() {
        assertThat(get(url + "paper/no-such-paper", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get(url + "paper/no-such-paper", "text/html").statusCode()).isEqualTo(404);
        assertThat(get(url + "paper/no-such-paper.ttl", null).statusCode()).isEqualTo(404);
        assertThat(get(url + "person/", null).statusCode()).isEqualTo(404);
        assertThat(get(url + "keyword/medical-ai.exe", null).statusCode()).isEqualTo(404);
    }

    @Test
    void voidDescription() {
        HttpResponse<String> r = get(url + ".well-known/void", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = parse(r.body(), Lang.TURTLE);
        Resource d = m.createResource(url + ".well-known/void#dataset");
        String v = AV.VOID;
        long triples =
                server.settings()
                        .dataset()
                        .calculateRead(() -> server.settings().dataset().getDefaultModel().size());
        assertThat(m.getRequiredProperty(d, m.createProperty(v, "triples")).getLong())
                .isEqualTo(triples);
        assertThat(
                        m.contains(
                                d,
                                m.createProperty(v, "sparqlEndpoint"),
                                m.createResource(url + "sparql")))
                .isTrue();
        for (String dump : new String[] {"dump.ttl", "dump.nt", "dump.jsonld"})
            assertThat(m.contains(d, m.createProperty(v, "dataDump"), m.createResource(url + dump)))
                    .isTrue();
        assertThat(
                        m.contains(
                                d,
                                DCTerms.license,
                                m.createResource("https://creativecommons.org/licenses/by/4.0/")))
                .isTrue();
        assertThat(m.contains(d, m.createProperty(v, "vocabulary"), m.createResource(AV.SCHEMA)))
                .isTrue();
        // Three persons in the class partition.
        Resource part =
                m.listResourcesWithProperty(m.createProperty(v, "class"), AV.Schema.Person).next();
        assertThat(m.getRequiredProperty(part, m.createProperty(v, "entities")).getLong())
                .isEqualTo(3);
        assertThat(
                        parse(
                                        get(url + ".well-known/void", "application/ld+json").body(),
                                        Lang.JSONLD)
                                .isIsomorphicWith(m))
                .isTrue();
    }

    @Test
    void dumpsHoldTheWholeGraph() {
        Model expected =
                server.settings()
                        .dataset()
                        .calculateRead(
                                () ->
                                        org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                                                .add(
                                                        server.settings()
                                                                .dataset()
                                                                .getDefaultModel()));
        HttpResponse<String> ttl = get(url + "dump.ttl", null);
        assertThat(ttl.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/turtle");
        assertThat(parse(ttl.body(), Lang.TURTLE).isIsomorphicWith(expected)).isTrue();
        HttpResponse<String> nt = get(url + "dump.nt", null);
        assertThat(nt.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/n-triples");
        assertThat(parse(nt.body(), Lang.NTRIPLES).isIsomorphicWith(expected)).isTrue();
        HttpResponse<String> jsonld = get(url + "dump.jsonld", null);
        assertThat(jsonld.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/ld+json");
        assertThat(parse(jsonld.body(), Lang.JSONLD).isIsomorphicWith(expected)).isTrue();
    }

    @Test
    void publicBaseRewritesLinksAndHeadersButNotRdf() {
        KgServer s =
                KgServer.builder()
                        .dataset(TestServers.fixture())
                        .port(0)
                        .base(PUBLIC)
                        .build()
                        .start();
        try {
            String local = s.localUrl();
            HttpResponse<String> r = get(local + PAPER, "text/turtle");
            assertThat(r.headers().firstValue("Content-Location"))
                    .hasValue(PUBLIC + PAPER + ".ttl");
            assertThat(r.headers().firstValue("Link").orElseThrow())
                    .contains("<" + PUBLIC + PAPER + ".jsonld>")
                    .contains("<" + AV.BASE + PAPER + ">; rel=\"canonical\"");
            Model m = parse(r.body(), Lang.TURTLE);
            assertThat(m.contains(m.createResource(AV.BASE + PAPER), DCTerms.title)).isTrue();
            assertThat(r.body()).doesNotContain(PUBLIC);

            HttpResponse<String> html = get(local + PAPER, "text/html");
            assertThat(html.body()).contains(PUBLIC + "person/iryna-hartsock");

            Model v = parse(get(local + ".well-known/void", null).body(), Lang.TURTLE);
            assertThat(
                            v.contains(
                                    null,
                                    v.createProperty(AV.VOID, "sparqlEndpoint"),
                                    v.createResource(PUBLIC + "sparql")))
                    .isTrue();
        } finally {
            s.stop();
        }
    }
}
