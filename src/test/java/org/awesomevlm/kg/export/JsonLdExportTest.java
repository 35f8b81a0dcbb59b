package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg export jsonld: compacted with ontology/context.jsonld, read back by jsonld.js (npm). */
class JsonLdExportTest {
    @TempDir static Path tmp;
    static Dataset ds;
    static String json;

    @BeforeAll
    static void load() {
        ds = ExportFixture.load(tmp);
        json = ExportFixture.export("jsonld", ds, null);
    }

    @AfterAll
    static void release() {
        Store.close(ExportFixture.db(tmp));
    }

    @Test
    void compactedWithThePublishedContextNamedByUrl() {
        JsonObject doc = JsonParser.parseString(json).getAsJsonObject();
        assertThat(doc.keySet()).containsExactly("@context", "@graph");
        assertThat(doc.get("@context").getAsString())
                .isEqualTo("https://w3id.org/awesome-vlm/context.jsonld");
        JsonObject paper = null;
        for (JsonElement n : doc.getAsJsonArray("@graph")) {
            JsonObject o = n.getAsJsonObject();
            // compaction used the context's terms and prefixes: no absolute IRIs as keys
            assertThat(o.keySet()).noneMatch(k -> k.startsWith("http"));
            if (o.get("id").getAsString().equals("paper:arxiv-2403.02469")) {
                paper = o;
            }
        }
        assertThat(paper).isNotNull();
        assertThat(paper.get("title").getAsString())
                .isEqualTo(
                        "Vision-Language Models for Medical Report Generation and Visual Question"
                                + " Answering: A Review");
        assertThat(paper.get("issued").getAsString()).isEqualTo("2024");
        assertThat(paper.get("arxivId").getAsString()).isEqualTo("2403.02469");
        assertThat(paper.get("type").toString()).contains("\"Preprint\"", "\"ReviewArticle\"");
        assertThat(paper.get("creator").toString())
                .contains("\"person:iryna-hartsock\"", "\"person:ghulam-rasool\"");
    }

    @Test
    void jsonldJsReadsBackExactlyTheExportedGraph() throws Exception {
        Path file = ExportFixture.file(tmp, "export.jsonld", json);
        String nquads =
                ExportFixture.node(
                        tmp,
                        "jsonld",
                        file.toString(),
                        JsonLdExport.CONTEXT_URL,
                        Path.of("ontology/context.jsonld").toAbsolutePath().toString());
        Model read = ModelFactory.createDefaultModel();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(read);
        Model expected =
                new QueryRunner()
                        .construct(
                                ds,
                                QueryCatalog.load(ExportFixture.QUERIES).get("export-jsonld"),
                                Map.of());
        assertThat(read.size()).isEqualTo(expected.size()).isGreaterThan(100);
        assertThat(read.isIsomorphicWith(expected)).isTrue();
        // and every paper of the store is there with its title
        for (Map<String, String> p :
                ExportFixture.select(
                        ds,
                        "SELECT ?p ?t WHERE { ?p a <http://schema.org/ScholarlyArticle> ;"
                                + " <http://purl.org/dc/terms/title> ?t }")) {
            assertThat(
                            read.contains(
                                    ResourceFactory.createResource(p.get("p")),
                                    DCTerms.title,
                                    p.get("t")))
                    .as(p.get("p"))
                    .isTrue();
        }
    }
}
