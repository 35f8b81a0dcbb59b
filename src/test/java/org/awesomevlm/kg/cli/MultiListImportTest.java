package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several lists in one graph: a paper two lists share is one paper, and each list is known. */
class MultiListImportTest {
    static final Path A = Path.of("src/test/resources/history/list-a.md");
    static final Path B = Path.of("src/test/resources/history/list-b.md");
    static final String MEDCLIP = AV.BASE + "paper/arxiv-2210.10163";
    static final String PROV = AV.PROV;

    @TempDir Path out;

    @Test
    void twoListsSharingAPaperMergeIntoOnePaper() {
        CliRun r = CliRun.run("import", A.toString(), B.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("list-a.ttl")).exists();
        assertThat(out.resolve("list-b.ttl")).exists();
        assertThat(r.out()).contains("list-a.ttl").contains("list-b.ttl");

        Model a = RDFDataMgr.loadModel(out.resolve("list-a.ttl").toString());
        Model b = RDFDataMgr.loadModel(out.resolve("list-b.ttl").toString());
        Resource paper = a.createResource(MEDCLIP);
        assertThat(a.contains(paper, RDF.type)).isTrue();
        assertThat(b.contains(b.createResource(MEDCLIP), RDF.type)).isTrue();
        Model both = ModelFactory.createDefaultModel().add(a).add(b);
        // The bibliographic facts of the shared paper agree: one value each after the merge.
        for (Property p : List.of(DCTerms.title, AV.Fabio.hasArXivId)) {
            assertThat(both.listObjectsOfProperty(both.createResource(MEDCLIP), p).toList())
                    .as(p.getLocalName())
                    .hasSize(1);
        }
        // List B links the v2 abstract: the paper keeps both links (complementary facts).
        assertThat(
                        both.listObjectsOfProperty(
                                        both.createResource(MEDCLIP),
                                        both.createProperty(AV.NS, "paperUrl"))
                                .toList())
                .hasSize(2);
        // Both lists' keywords: complementary, not conflicting.
        assertThat(both.listObjectsOfProperty(both.createResource(MEDCLIP), AV.keyword).toList())
                .hasSize(3);
        assertThat(
                        both.listObjectsOfProperty(both.createResource(MEDCLIP), DCTerms.creator)
                                .toList())
                .hasSize(4);
    }

    @Test
    void loadedListsAnswerWhichListsMentionAPaper() {
        Path data = out.resolve("data");
        assertThat(
                        CliRun.run("import", A.toString(), B.toString(), "--out", data.toString())
                                .code())
                .isZero();
        Path db = out.resolve("db");
        try {
            Loader.load(data, Path.of("ontology"), db);
            Dataset ds = Store.open(db);
            QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));
            QueryRunner runner = new QueryRunner();
            for (String key : List.of("2210.10163", MEDCLIP)) {
                List<QuerySolution> rows =
                        runner.select(ds, catalog.get("lists-of-paper"), Map.of("paper", key));
                assertThat(rows.stream().map(s -> s.getResource("list").getURI()))
                        .as(key)
                        .containsExactly(AV.listGraph("list-a"), AV.listGraph("list-b"));
                assertThat(rows.stream().map(s -> s.getLiteral("file").getString()))
                        .containsExactly("list-a.md", "list-b.md");
            }
            List<QuerySolution> one =
                    runner.select(ds, catalog.get("lists-of-paper"), Map.of("paper", "2403.02469"));
            assertThat(one.stream().map(s -> s.getResource("list").getURI()))
                    .containsExactly(AV.listGraph("list-b"));
            assertThat(
                            runner.select(
                                    ds,
                                    catalog.get("lists-of-paper"),
                                    Map.of("paper", "1234.5678")))
                    .isEmpty();
        } finally {
            Store.close(db);
        }
    }

    @Test
    void eachImportIsRecordedWithProv() throws Exception {
        assertThat(CliRun.run("import", A.toString(), "--out", out.toString()).code()).isZero();
        Path provFile = out.resolve("list-a.prov.ttl");
        assertThat(provFile).exists();
        Model prov = RDFDataMgr.loadModel(provFile.toString());
        Resource list = prov.createResource(AV.listGraph("list-a"));
        List<Resource> versions =
                prov.listSubjectsWithProperty(prov.createProperty(PROV, "specializationOf"), list)
                        .toList();
        assertThat(versions).hasSize(1);
        Resource v = versions.get(0);
        assertThat(v.hasProperty(RDF.type, prov.createResource(PROV + "Entity"))).isTrue();
        assertThat(v.getPropertyResourceValue(prov.createProperty(PROV, "wasDerivedFrom")).getURI())
                .isEqualTo(A.toAbsolutePath().normalize().toUri().toString());
        assertThat(
                        v.getProperty(prov.createProperty(PROV, "generatedAtTime"))
                                .getLiteral()
                                .getDatatypeURI())
                .endsWith("#dateTime");
        Resource activity = v.getPropertyResourceValue(prov.createProperty(PROV, "wasGeneratedBy"));
        assertThat(activity.hasProperty(RDF.type, prov.createResource(PROV + "Activity"))).isTrue();
        // The list's own Turtle stays free of provenance (it is compared in round trips).
        assertThat(Files.readString(out.resolve("list-a.ttl"))).doesNotContain("prov#");
    }
}
