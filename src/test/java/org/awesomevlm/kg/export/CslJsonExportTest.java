package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg export csl-json, parsed with gson and checked against what CSL requires. */
class CslJsonExportTest {
    static final Set<String> CSL_TYPES = Set.of("article", "paper-conference", "article-journal");

    @TempDir static Path tmp;
    static Dataset ds;
    static Map<String, JsonObject> items;

    @BeforeAll
    static void load() {
        ds = ExportFixture.load(tmp);
        JsonArray array =
                JsonParser.parseString(ExportFixture.export("csl-json", ds, null)).getAsJsonArray();
        items = new LinkedHashMap<>();
        for (JsonElement e : array) {
            items.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject());
        }
        assertThat(items).hasSize(array.size());
    }

    @AfterAll
    static void release() {
        Store.close(ExportFixture.db(tmp));
    }

    @Test
    void everyItemHasTheRequiredCslFieldsAndIdsAreTheBibtexKeys() throws Exception {
        assertThat(items.keySet())
                .containsExactlyElementsOf(
                        BibtexExportTest.parse(ExportFixture.export("bibtex", ds, null)).keySet());
        for (JsonObject item : items.values()) {
            assertThat(CSL_TYPES).contains(item.get("type").getAsString());
            assertThat(item.get("title").getAsString()).isNotBlank();
            if (item.has("author")) {
                for (JsonElement a : item.getAsJsonArray("author")) {
                    assertThat(a.getAsJsonObject().get("family").getAsString()).isNotBlank();
                }
            }
            if (item.has("issued")) {
                JsonArray parts =
                        item.getAsJsonObject("issued")
                                .getAsJsonArray("date-parts")
                                .get(0)
                                .getAsJsonArray();
                assertThat(parts.get(0).getAsJsonPrimitive().isNumber()).isTrue();
            }
            assertThat(item.get("URL").getAsString()).startsWith("https://");
        }
    }

    @Test
    void preprintsConferenceAndJournalPapers() {
        JsonObject preprint = items.get("hartsock2024visionlanguage");
        assertThat(preprint.get("type").getAsString()).isEqualTo("article");
        assertThat(preprint.get("title").getAsString())
                .isEqualTo(
                        "Vision-Language Models for Medical Report Generation and Visual Question"
                                + " Answering: A Review");
        assertThat(preprint.getAsJsonObject("issued").toString())
                .isEqualTo("{\"date-parts\":[[2024]]}");
        assertThat(preprint.get("URL").getAsString()).isEqualTo("https://arxiv.org/abs/2403.02469");
        assertThat(preprint.get("number").getAsString()).isEqualTo("arXiv:2403.02469");
        assertThat(preprint.get("publisher").getAsString()).isEqualTo("arXiv");
        assertThat(authors(preprint)).containsExactly("Iryna|Hartsock", "Ghulam|Rasool");

        JsonObject conf = items.get("beethoven2023faster");
        assertThat(conf.get("type").getAsString()).isEqualTo("paper-conference");
        assertThat(conf.get("container-title").getAsString()).isEqualTo("MICCAI 2023");
        assertThat(conf.get("DOI").getAsString()).isEqualTo("10.1000/xyz-123");
        assertThat(conf.get("title").getAsString())
                .isEqualTo("50% Faster {CLIP} & Friends: $x_1$ #1 ~ ^2 \\ Tricks, \"Quoted\"");
        assertThat(conf.get("keyword").getAsString()).isEqualTo("Contrastive Learning, Medical AI");
        JsonArray people = conf.getAsJsonArray("author");
        assertThat(people.get(0).toString())
                .isEqualTo(
                        "{\"family\":\"Beethoven\",\"given\":\"Ludwig\","
                                + "\"non-dropping-particle\":\"van\"}");
        assertThat(people.get(1).toString())
                .isEqualTo("{\"family\":\"Núñez\",\"given\":\"José\",\"suffix\":\"Jr.\"}");
        assertThat(people.get(2).toString()).isEqualTo("{\"family\":\"Plato\"}");

        JsonObject journal = items.get("lovelace2023vision");
        assertThat(journal.get("type").getAsString()).isEqualTo("article-journal");
        assertThat(journal.get("container-title").getAsString())
                .isEqualTo("Medical Image Analysis 2023");
        assertThat(items.get("anonuntitled").has("author")).isFalse();
        assertThat(items.get("anonuntitled").has("issued")).isFalse();
    }

    private static List<String> authors(JsonObject item) {
        List<String> out = new ArrayList<>();
        for (JsonElement a : item.getAsJsonArray("author")) {
            JsonObject o = a.getAsJsonObject();
            out.add(o.get("given").getAsString() + "|" + o.get("family").getAsString());
        }
        return out;
    }
}
