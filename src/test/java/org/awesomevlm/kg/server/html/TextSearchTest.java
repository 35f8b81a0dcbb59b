package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSearchTest {
    private static final Query HITS =
            Sparql.parse("SELECT ?s WHERE { (?s ?score) text:query (?q 100) } ORDER BY ?s");

    @Test
    void userWordsAreEscapedLowerCasedAndAllRequired() {
        assertThat(TextSearch.luceneQuery("Contrastive learning"))
                .isEqualTo("(contrastive OR contrastive*) AND (learning OR learning*)");
        assertThat(TextSearch.luceneQuery("title:x OR *:*"))
                .isEqualTo("(title\\:x OR title\\:x*) AND or");
        assertThat(TextSearch.luceneQuery("x-ray AI")).isEqualTo("(x\\-ray OR x\\-ray*) AND ai");
        assertThat(TextSearch.luceneQuery("  ((( \\ ")).isEmpty();
        assertThat(TextSearch.luceneQuery(null)).isEmpty();
        assertThat(TextSearch.luceneQuery("a b c d e f g h i j k l m n").split(" AND "))
                .hasSize(TextSearch.MAX_TERMS);
    }

    @Test
    void inMemoryIndexFindsTitlesDigestsNamesAndLabels() {
        Dataset ds = Fixtures.load("fixture.ttl");
        try (TextSearch s = TextSearch.open(ds, null)) {
            assertThat(s.build()).isPositive();
            assertThat(subjects(s, "medclip"))
                    .containsExactly(Fixtures.BASE + "paper/arxiv-2210.10163");
            assertThat(subjects(s, "rasool"))
                    .containsExactly(Fixtures.BASE + "person/ghulam-rasool");
            assertThat(subjects(s, "mimic")).containsExactly(Fixtures.BASE + "dataset/mimic-cxr");
            assertThat(subjects(s, "radiographs"))
                    .containsExactly(Fixtures.BASE + "modality/x-ray");
            // a Lucene field query typed by a user is just words, not a query on another field
            assertThat(subjects(s, "uri:*")).isEmpty();
        }
    }

    @Test
    void diskIndexIsKeptWhileTheDatabaseIsUnchangedAndRebuiltAfterAWrite(@TempDir Path tmp)
            throws Exception {
        Path db = tmp.resolve("db");
        Dataset first = TDB2Factory.connectDataset(db.toString());
        Path dir = TextIndexFiles.defaultDir(first);
        assertThat(dir).isEqualTo(db.resolve("text"));
        Txn.executeWrite(
                first,
                () ->
                        RDFDataMgr.read(
                                first.getDefaultModel(), "src/test/resources/html/fixture.ttl"));
        try (TextSearch s = TextSearch.open(first, dir)) {
            assertThat(s.build()).isPositive();
            assertThat(subjects(s, "medclip")).hasSize(1);
        }
        assertThat(Files.exists(dir.resolve(TextIndexFiles.STAMP))).isTrue();
        TDBInternal.expel(first.asDatasetGraph());

        // a server restart over the unchanged database (opened again, read) reuses the index
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        try {
            Txn.executeRead(ds, () -> ds.getDefaultModel().size());
            try (TextSearch s = TextSearch.open(ds, dir)) {
                assertThat(s.build()).isEqualTo(-1);
                assertThat(subjects(s, "medclip")).hasSize(1);
            }
            // a write changes the fingerprint: the next open rebuilds and sees the new title
            Txn.executeWrite(
                    ds,
                    () ->
                            ds.getDefaultModel()
                                    .add(
                                            ResourceFactory.createResource(
                                                    Fixtures.BASE + "paper/t-new"),
                                            DCTerms.title,
                                            "Zebrafish histology"));
            try (TextSearch s = TextSearch.open(ds, dir)) {
                assertThat(s.build()).isPositive();
                assertThat(subjects(s, "zebrafish")).containsExactly(Fixtures.BASE + "paper/t-new");
                assertThat(subjects(s, "medclip")).hasSize(1); // rebuilt, not appended twice
            }
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void inMemoryDataHasNoDiskIndex() {
        assertThat(TextIndexFiles.defaultDir(Fixtures.load("fixture.ttl"))).isNull();
        assertThat(TextIndexFiles.fingerprint(Fixtures.load("fixture.ttl"))).isNull();
        assertThat(AV.BASE).isEqualTo(Fixtures.BASE);
    }

    private static List<String> subjects(TextSearch s, String q) {
        return s.select(HITS, q, Map.of()).stream().map(r -> r.iri("s")).distinct().toList();
    }
}
