package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.store.Store;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg export bibtex, read back by jbibtex's parser and LaTeX printer. */
class BibtexExportTest {
    @TempDir static Path tmp;
    static Dataset ds;
    static String bib;
    static Map<String, BibTeXEntry> entries;

    @BeforeAll
    static void load() throws Exception {
        ds = ExportFixture.load(tmp);
        bib = ExportFixture.export("bibtex", ds, null);
        entries = parse(bib);
    }

    @AfterAll
    static void release() {
        Store.close(ExportFixture.db(tmp));
    }

    static Map<String, BibTeXEntry> parse(String text) throws Exception {
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase db = parser.parse(new StringReader(text));
        Map<String, BibTeXEntry> byKey = new LinkedHashMap<>();
        for (BibTeXEntry e : db.getEntries().values()) {
            byKey.put(e.getKey().getValue(), e);
        }
        assertThat(db.getObjects()).hasSameSizeAs(byKey.keySet());
        return byKey;
    }

    /** A field as text: the LaTeX parsed and printed back to Unicode by jbibtex. */
    static String text(BibTeXEntry e, String field) throws Exception {
        Value v = e.getField(new Key(field));
        if (v == null) {
            return null;
        }
        return new LaTeXPrinter().print(new LaTeXParser().parse(v.toUserString()));
    }

    @Test
    void oneEntryPerPaperWithStableDeduplicatedKeysInListOrder() {
        assertThat(entries.keySet())
                .containsExactly(
                        "hartsock2024visionlanguage",
                        "shrestha2023medical",
                        "wang2022medclip",
                        "beethoven2023faster",
                        "lovelace2023vision",
                        "lovelace2023vision-2",
                        "anonuntitled");
        assertThat(ExportFixture.export("bibtex", ds, null)).isEqualTo(bib);
    }

    @Test
    void titlesYearsAndIdentifiersComeBackAsInTheGraph() throws Exception {
        String q =
                """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX fabio: <http://purl.org/spar/fabio/>
                PREFIX bibo: <http://purl.org/ontology/bibo/>
                PREFIX av: <https://w3id.org/awesome-vlm/ontology#>
                SELECT ?title ?year ?arxiv ?doi ?url WHERE {
                  ?p a <http://schema.org/ScholarlyArticle> ; dcterms:title ?title ; av:paperUrl ?url .
                  OPTIONAL { ?p dcterms:issued ?year } OPTIONAL { ?p fabio:hasArXivId ?arxiv }
                  OPTIONAL { ?p bibo:doi ?doi } }
                """;
        List<Map<String, String>> papers = ExportFixture.select(ds, q);
        assertThat(papers).hasSize(7);
        for (Map<String, String> p : papers) {
            String url = p.get("url");
            BibTeXEntry e =
                    entries.values().stream()
                            .filter(x -> url.equals(field(x, "url")))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no entry for " + url));
            assertThat(text(e, "title")).as(url).isEqualTo(p.get("title"));
            assertThat(field(e, "year")).as(url).isEqualTo(p.get("year"));
            assertThat(field(e, "eprint")).as(url).isEqualTo(p.get("arxiv"));
            assertThat(field(e, "archivePrefix"))
                    .isEqualTo(p.get("arxiv") == null ? null : "arXiv");
            assertThat(field(e, "doi")).as(url).isEqualTo(p.get("doi"));
        }
    }

    static String field(BibTeXEntry e, String name) {
        Value v = e.getField(new Key(name));
        return v == null ? null : v.toUserString();
    }

    @Test
    void texSpecialsAreEscapedAndCapitalsProtected() throws Exception {
        BibTeXEntry e = entries.get("beethoven2023faster");
        assertThat(field(e, "title"))
                .isEqualTo(
                        "50\\% Faster {\\{CLIP\\}} \\& Friends: \\$x\\_1\\$ \\#1"
                                + " \\textasciitilde{} \\textasciicircum{}2 \\textbackslash{}"
                                + " Tricks, \"Quoted\"");
        assertThat(text(e, "title"))
                .isEqualTo("50% Faster {CLIP} & Friends: $x_1$ #1 ~ ^2 \\ Tricks, \"Quoted\"");
        assertThat(field(entries.get("wang2022medclip"), "title"))
                .isEqualTo("{MedCLIP:} Contrastive Learning from Unpaired Medical Images and Text");
    }

    @Test
    void authorsInOrderAsFamilyCommaGivenJoinedWithAnd() throws Exception {
        assertThat(field(entries.get("beethoven2023faster"), "author"))
                .isEqualTo("van Beethoven, Ludwig and Núñez, Jr., José and Plato");
        assertThat(names(entries.get("shrestha2023medical")))
                .containsExactly(
                        "Prashant Shrestha",
                        "Sanskar Amgain",
                        "Bidur Khanal",
                        "Cristian A. Linte",
                        "Binod Bhattarai");
        // the paper's first entry (in awesome-list) gives the authors, not its later one
        assertThat(names(entries.get("wang2022medclip")))
                .containsExactly("Zifeng Wang", "Zhenbang Wu", "Dinesh Agarwal", "Jimeng Sun");
        assertThat(entries.get("anonuntitled").getField(BibTeXEntry.KEY_AUTHOR)).isNull();
    }

    /** BibTeX names ("von Last, Jr, First") read back given-first. */
    static List<String> names(BibTeXEntry e) throws Exception {
        List<String> out = new ArrayList<>();
        for (String n : text(e, "author").split(" and ")) {
            String[] parts = n.split(", ");
            out.add(
                    switch (parts.length) {
                        case 1 -> parts[0];
                        case 2 -> parts[1] + " " + parts[0];
                        default -> parts[2] + " " + parts[0] + " " + parts[1];
                    });
        }
        return out;
    }

    @Test
    void entryTypesVenuesKeywordsAndArxivFields() throws Exception {
        BibTeXEntry conf = entries.get("beethoven2023faster");
        assertThat(conf.getType().getValue()).isEqualTo("inproceedings");
        assertThat(field(conf, "booktitle")).isEqualTo("MICCAI 2023");
        assertThat(field(conf, "doi")).isEqualTo("10.1000/xyz-123");
        assertThat(field(conf, "url")).isEqualTo("https://doi.org/10.1000/xyz-123");
        assertThat(field(conf, "keywords")).isEqualTo("Contrastive Learning, Medical AI");
        BibTeXEntry journal = entries.get("lovelace2023vision");
        assertThat(journal.getType().getValue()).isEqualTo("article");
        assertThat(field(journal, "journal")).isEqualTo("Medical Image Analysis 2023");
        assertThat(field(journal, "eprint")).isEqualTo("2301.00001");
        BibTeXEntry preprint = entries.get("hartsock2024visionlanguage");
        assertThat(preprint.getType().getValue()).isEqualTo("misc");
        assertThat(field(preprint, "eprint")).isEqualTo("2403.02469");
        assertThat(field(preprint, "archivePrefix")).isEqualTo("arXiv");
        assertThat(field(preprint, "url")).isEqualTo("https://arxiv.org/abs/2403.02469");
        assertThat(text(preprint, "keywords"))
                .isEqualTo(
                        "Medical AI, Medical Report Generation, Multimodal Learning,"
                                + " Vision-Language Models, Visual Question Answering");
        assertThat(bib).contains("archivePrefix = {arXiv}").endsWith("}\n");
    }

    @Test
    void listOptionExportsOneListsPapersWithThatListsAuthors() throws Exception {
        Map<String, BibTeXEntry> tricky = parse(ExportFixture.export("bibtex", ds, "tricky-list"));
        assertThat(tricky.keySet())
                .containsExactly(
                        "beethoven2023faster",
                        "lovelace2023vision",
                        "lovelace2023vision-2",
                        "anonuntitled",
                        "sun2022medclip");
        assertThat(names(tricky.get("sun2022medclip")))
                .containsExactly("Jimeng Sun", "Zifeng Wang");
        assertThatThrownBy(() -> ExportFixture.export("bibtex", ds, "nope"))
                .isInstanceOf(KgException.class)
                .hasMessageContaining("no list 'nope'")
                .hasMessageContaining("awesome-list, tricky-list");
    }
}
