package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the importer reads from each variant of the entry shape (round trips: RoundTripTest). */
class VariantsTest {
    static final Path DIR = Path.of("src/test/resources/importer/roundtrip");
    private static final Map<String, ImportResult> IMPORTED = new ConcurrentHashMap<>();
    private static final PrefixMapping PREFIXES =
            PrefixMapping.Factory.create().setNsPrefixes(Prefixes.MAP);

    /** The import of a variant file (once per file: the import is deterministic). */
    static ImportResult load(String name) {
        return IMPORTED.computeIfAbsent(name, n -> new ListImporter().importFile(DIR.resolve(n)));
    }

    static Resource r(Model m, String path) {
        return m.getResource(AV.BASE + path);
    }

    static List<String> strings(Resource s, Property p) {
        return s.listProperties(p).mapWith(t -> t.getObject().toString()).toList();
    }

    /**
     * One value read from a variant file: FILE | SUBJECT (under the base IRI) | PROPERTY | VALUE,
     * the value a Turtle term: a literal, a prefixed name, or {@code <path>} under the base IRI.
     * For rdf:type the subject has that type among others; for any other property, that is its only
     * value.
     */
    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
"""
# year groups written as headings; arXiv versions stripped
year-groups-headings.md | section/year-groups-headings/surveys/survey-2024 | rdf:type               | av:YearGroup
year-groups-headings.md | section/year-groups-headings/surveys/survey-2024 | av:groupStyle          | "heading"
year-groups-headings.md | section/year-groups-headings/surveys/survey-2024 | av:headingLevel        | 3
year-groups-headings.md | section/year-groups-headings/surveys/survey-2024 | dcterms:date           | "2024"^^xsd:gYear
year-groups-headings.md | entry/year-groups-headings/arxiv-2402.04321      | av:inSection           | <section/year-groups-headings/surveys/survey-2024>
year-groups-headings.md | entry/year-groups-headings/arxiv-2402.04321      | av:position            | 2
year-groups-headings.md | entry/year-groups-headings/arxiv-2402.04321      | av:blankLinesBefore    | 1
year-groups-headings.md | paper/arxiv-2402.04321                           | dcterms:issued         | "2024"^^xsd:gYear
# <details> variants; no blank line after the summary: the entry is still found
details-variants.md     | section/details-variants/survey/survey-2024      | av:summaryInline       | true
details-variants.md     | entry/details-variants/arxiv-2303.00002          | av:blankLinesBefore    | 0
details-variants.md     | entry/details-variants/arxiv-2303.00002          | av:inSection           | <section/details-variants/survey/survey-2023>
details-variants.md     | section/details-variants/survey/survey-2022      | av:closeBlankLinesBefore | 1
details-variants.md     | entry/details-variants/arxiv-2112.13906          | av:summaryInline       | true
details-variants.md     | paper/arxiv-2112.13906                           | dcterms:issued         | "2023"^^xsd:gYear
details-variants.md     | entry/details-variants/arxiv-2303.00915          | av:wrapperBlankLines   | 0
details-variants.md     | entry/details-variants/arxiv-2303.00915          | av:closeBlankLinesBefore | 1
# fields become concepts; "Key Word:" with ',' and "Keywords:" with ';' both read, text kept
fields.md               | modality/chest-x-ray                             | rdf:type               | av:Modality
fields.md               | modality/chest-x-ray                             | skos:prefLabel         | "Chest Radiographs"
fields.md               | entry/fields/arxiv-2310.00002/line/2             | av:fieldLabel          | "Key Word"
fields.md               | entry/fields/arxiv-2310.00002/line/2             | av:valueAsWritten      | "Chest Radiographs, vision language model"
fields.md               | entry/fields/arxiv-2310.00002/line/5             | av:fieldKind           | "other"
fields.md               | entry/fields/arxiv-2310.00002/line/5             | av:fieldLabel          | "Code Release"
# authors and venues
authors.md              | paper/t-a-conference-paper                       | rdf:type               | fabio:ConferencePaper
authors.md              | paper/t-a-conference-paper                       | av:venue               | "ICLR 2022"
authors.md              | paper/t-a-conference-paper                       | dcterms:issued         | "2022"^^xsd:gYear
authors.md              | paper/t-a-journal-paper                          | rdf:type               | fabio:JournalArticle
authors.md              | entry/authors/t-a-journal-paper/line/1           | av:prefix              | "Authors: "
authors.md              | entry/authors/t-a-journal-paper/line/1           | av:venueAsWritten      | " *Nature 2023*"
authors.md              | entry/authors/arxiv-2309.00001/line/1            | av:suffix              | ""
authors.md              | person/cristian-a-linte                          | schema:name            | "Cristian A Linte"
authors.md              | person/cristian-a-linte                          | av:nameVariant         | "Cristian A. Linte"
authors.md              | entry/authors/arxiv-2309.00003/author/2          | av:person              | <person/zifeng-wang>
# links, DOIs, model aliases and title keys
links.md                | paper/arxiv-2403.17834                           | av:introducesModel     | <model/ct-clip>
links.md                | model/ct-clip                                    | av:modelFamily         | <section/links/existing-medical-vlm-and-foundation-models/clip-and-variants>
links.md                | paper/arxiv-2403.17834                           | schema:codeRepository  | <https://github.com/ibrahimethemhamamci/CT-CLIP>
links.md                | paper/arxiv-2403.17834                           | av:projectUrl          | <https://example.org/ct-clip>
links.md                | entry/links/arxiv-2403.17834/link/3              | rdf:type               | av:ProjectLink
links.md                | paper/doi-10.1038-s41591-023-02504-3             | bibo:doi               | "10.1038/s41591-023-02504-3"
links.md                | entry/links/doi-10.1038-s41591-023-02504-3       | av:titleTerminator     | ""
links.md                | paper/t-a-paper-with-only-a-title-key            | rdf:type               | schema:ScholarlyArticle
links.md                | paper/arxiv-2210.10163                           | fabio:hasArXivId       | "2210.10163"
# digests: how each is closed, their text, models and artefacts
digests.md              | entry/digests/arxiv-2401.10001/line/2            | av:closeStyle          | "own-line"
digests.md              | entry/digests/arxiv-2401.10002/line/2            | av:closeStyle          | "same-line"
digests.md              | entry/digests/arxiv-2401.10003/line/2            | av:closeStyle          | "missing"
digests.md              | paper/arxiv-2401.10002                           | av:digest              | "A digest whose closing tag follows the text."
digests.md              | paper/arxiv-2401.10004                           | av:hasArtefact         | ":contentReference[oaicite:3]{index=3}"
# a digest followed by another sub-bullet (commonmark swallows it into the HTML block)
digests.md              | entry/digests/arxiv-2401.10005/line/3            | av:fieldLabel          | "Key Words"
# document pieces kept verbatim
document.md             | list/document                                    | av:blankLinesAfter     | 1
no-final-newline.md     | list/no-final-newline                            | av:finalNewline        | false
# what cannot be modelled is kept as written, still understood
odd.md                  | entry/odd/arxiv-2404.00001                       | av:titleMarkdown       | "- Single Bracket Link. [paper](https://arxiv.org/abs/2404.00001)"
odd.md                  | entry/odd/arxiv-2404.00004-2                     | av:describes           | <paper/arxiv-2404.00004>
odd.md                  | section/odd/closed-heading/survey-2021           | av:closeMarkdown       | "  </details>"
""")
    void readsTheValue(String file, String subject, String property, String value) {
        Model m = load(file).model();
        Property p = m.createProperty(PREFIXES.expandPrefix(property));
        RDFNode expected = m.asRDFNode(term(value));
        List<RDFNode> actual =
                r(m, subject).listProperties(p).mapWith(Statement::getObject).toList();
        if (p.equals(RDF.type)) {
            assertThat(actual).contains(expected);
        } else {
            assertThat(actual).containsExactly(expected);
        }
    }

    private static Node term(String value) {
        return value.startsWith("<") && !value.startsWith("<http")
                ? NodeFactory.createURI(AV.BASE + value.substring(1, value.length() - 1))
                : NodeFactoryExtra.parseNode(value, PrefixMapFactory.create(Prefixes.MAP));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "year-groups-headings.md",
                "details-variants.md",
                "fields.md",
                "authors.md",
                "digests.md",
                "document.md"
            })
    void importsWithoutWarnings(String file) {
        assertThat(load(file).warnings()).isEmpty();
    }

    @Test
    void yearGroupsAsHeadings() {
        Model m = load("year-groups-headings.md").model();
        // keywords split on ','
        assertThat(r(m, "paper/arxiv-2402.04321").listProperties(AV.keyword).toList()).hasSize(2);
        // the hand-written ToC is dropped (regenerated on export), headings with nothing kept
        assertThat(m.listSubjectsWithProperty(AV.blockKind, "list").toList()).isEmpty();
        assertThat(
                        r(m, "section/year-groups-headings/models/generalist-2022")
                                .hasProperty(AV.order))
                .isTrue();
    }

    @Test
    void detailsVariants() {
        Model m = load("details-variants.md").model();
        assertThat(r(m, "paper/arxiv-2303.00002").hasProperty(AV.digest)).isTrue();
        assertThat(
                        r(m, "entry/details-variants/arxiv-2112.13906")
                                .getProperty(AV.wrapperSummary)
                                .getString())
                .endsWith("(2023)");
        assertThat(r(m, "entry/details-variants/arxiv-2301.00003").hasProperty(AV.wrapperSummary))
                .isFalse();
    }

    @Test
    void fieldsBecomeConceptsWithSpellingVariants() {
        Model m = load("fields.md").model();
        Resource xray = r(m, "modality/chest-x-ray");
        assertThat(strings(xray, SKOS.altLabel))
                .containsExactlyInAnyOrder("Chest X-ray", "Chest X-rays");
        assertThat(m.listSubjectsWithProperty(AV.modality, xray).toList()).hasSize(3);
        Resource mimic = r(m, "dataset/mimic-cxr");
        assertThat(m.listSubjectsWithProperty(AV.dataset, mimic).toList()).hasSize(2);
        assertThat(r(m, "keyword/vision-language-model").listProperties(SKOS.altLabel).toList())
                .hasSize(1);
    }

    @Test
    void authorsVenuesAndPlaceholders() {
        ImportResult res = load("authors.md");
        Model m = res.model();
        // placeholder: flagged, no person, no authorship
        Resource none = r(m, "entry/authors/arxiv-2309.00002");
        assertThat(none.getProperty(AV.authorsPlaceholder).getString()).contains("not provided");
        assertThat(r(m, "paper/arxiv-2309.00002").hasProperty(DCTerms.creator)).isFalse();
        assertThat(m.listSubjectsWithProperty(RDF.type, AV.Schema.Person).toList())
                .extracting(RDFNode::toString)
                .noneMatch(s -> s.contains("not-provided"))
                .noneMatch(s -> s.contains("et-al"));
        // one person per person, across spellings and papers
        Resource linte = r(m, "person/cristian-a-linte");
        assertThat(m.listSubjectsWithProperty(DCTerms.creator, linte).toList()).hasSize(2);
        assertThat(r(m, "entry/authors/arxiv-2309.00003/author/3").hasProperty(AV.person))
                .isFalse();
        assertThat(res.people()).isEqualTo(7);
    }

    @Test
    void anEntryHasOneAuthorsLine() {
        Model m =
                new ListImporter()
                        .importString(
                                "two.md",
                                "# T\n\n- P. [[paper]](https://arxiv.org/abs/2501.00001)\n"
                                        + "  - Ada Lovelace.\n  - Authors: Grace Hopper.\n")
                        .model();
        assertThat(r(m, "paper/arxiv-2501.00001").listProperties(DCTerms.creator).toList())
                .hasSize(1);
        assertThat(r(m, "entry/two/arxiv-2501.00001/line/2").getProperty(AV.fieldLabel).getString())
                .isEqualTo("Authors");
    }

    @Test
    void linksDoisAliasesAndTitleKeys() {
        Model m = load("links.md").model();
        assertThat(r(m, "paper/arxiv-2403.17834").getProperty(DCTerms.title).getString())
                .doesNotContain("(CT-CLIP)");
        assertThat(r(m, "entry/links/arxiv-2403.17834").listProperties(AV.hasLink).toList())
                .hasSize(3);
    }

    @Test
    void digestParagraphsModelsAndArtefacts() {
        Model m = load("digests.md").model();
        assertThat(r(m, "paper/arxiv-2401.10004").getProperty(AV.digest).getString())
                .contains("\n\nSecond paragraph")
                .doesNotContain("    ");
        assertThat(strings(r(m, "paper/arxiv-2401.10001"), AV.introducesModel))
                .containsExactlyInAnyOrder(AV.BASE + "model/radfm", AV.BASE + "model/medvint");
        assertThat(r(m, "paper/arxiv-2401.10004").hasProperty(AV.introducesModel)).isFalse();
    }

    @Test
    void documentPiecesAreKeptVerbatim() {
        List<String> kinds =
                load("document.md")
                        .model()
                        .listObjectsOfProperty(AV.blockKind)
                        .mapWith(n -> n.asLiteral().getString())
                        .toList();
        assertThat(kinds).contains("badges", "paragraph", "image", "list", "html", "other");
    }

    @Test
    void whatCannotBeModelledIsKeptAndWarnedWithItsLine() {
        ImportResult res = load("odd.md");
        assertThat(res.warnings())
                .extracting(ImportWarning::toString)
                .contains(
                        DIR.resolve("odd.md")
                                + ":10: warning: sub-bullet kept as written (not in the usual form)",
                        DIR.resolve("odd.md")
                                + ":11: warning: sub-bullet not understood, kept verbatim: just a note that is not a field",
                        DIR.resolve("odd.md")
                                + ":12: warning: list item is not an entry, kept verbatim",
                        DIR.resolve("odd.md")
                                + ":40: warning: </details> closes nothing, kept verbatim");
        assertThat(res.warnings()).extracting(ImportWarning::line).isSorted();
        assertThat(
                        r(res.model(), "paper/arxiv-2404.00002")
                                .listProperties(DCTerms.creator)
                                .toList())
                .hasSize(2);
    }
}
