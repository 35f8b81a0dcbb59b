package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg export csv, parsed with commons-csv. */
class CsvExportTest {
    @TempDir static Path tmp;
    static Dataset ds;

    @BeforeAll
    static void load() {
        ds = ExportFixture.load(tmp);
    }

    @AfterAll
    static void release() {
        Store.close(ExportFixture.db(tmp));
    }

    @Test
    void onePaperPerRowWithJoinedAuthorsAndKeywords() throws Exception {
        String csv = ExportFixture.export("csv", ds, null);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            assertThat(parser.getHeaderNames())
                    .containsExactly(
                            "iri",
                            "title",
                            "year",
                            "arxiv",
                            "doi",
                            "authors",
                            "keywords",
                            "section",
                            "paper_url",
                            "code_url");
            List<CSVRecord> rows = parser.getRecords();
            List<Map<String, String>> papers =
                    ExportFixture.select(
                            ds,
                            "SELECT DISTINCT ?p WHERE { ?p a <http://schema.org/ScholarlyArticle> }");
            assertThat(rows.stream().map(r -> r.get("iri")))
                    .containsExactlyInAnyOrderElementsOf(
                            papers.stream().map(m -> m.get("p")).toList());

            CSVRecord hartsock = rows.get(0);
            assertThat(hartsock.toMap())
                    .containsEntry("iri", "https://w3id.org/awesome-vlm/paper/arxiv-2403.02469")
                    .containsEntry("year", "2024")
                    .containsEntry("arxiv", "2403.02469")
                    .containsEntry("doi", "")
                    .containsEntry("authors", "Iryna Hartsock; Ghulam Rasool")
                    .containsEntry("section", "Survey: 2024")
                    .containsEntry("paper_url", "https://arxiv.org/abs/2403.02469")
                    .containsEntry("code_url", "");

            CSVRecord tricky = rows.get(3);
            assertThat(tricky.toMap())
                    .containsEntry(
                            "title",
                            "50% Faster {CLIP} & Friends: $x_1$ #1 ~ ^2 \\ Tricks, \"Quoted\"")
                    .containsEntry("doi", "10.1000/xyz-123")
                    .containsEntry("authors", "Ludwig van Beethoven; José Núñez Jr.; Plato")
                    .containsEntry("keywords", "Contrastive Learning; Medical AI")
                    .containsEntry("section", "Papers")
                    .containsEntry("code_url", "https://github.com/example/fast-clip");
            assertThat(rows.get(4).get("section")).isEqualTo("Transformers: 2023");
        }
        assertThat(csv)
                .contains(
                        "\"50% Faster {CLIP} & Friends: $x_1$ #1 ~ ^2 \\ Tricks, \"\"Quoted\"\"\"");
    }
}
