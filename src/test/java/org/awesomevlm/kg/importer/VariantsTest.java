package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.awesomevlm.kg.export.MarkdownForms;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.Test;

/** What the importer reads from each variant of the entry shape (round trips: RoundTripTest). */
class VariantsTest {
    static final Path DIR = Path.of("src/test/resources/importer/roundtrip");

    static ImportResult load(String name) {
        return new ListImporter().importFile(DIR.resolve(name));
    }

    static Resource r(Model m, String path) {
        return m.getResource(AV.BASE + path);
    }

    static List<String> strings(Resource s, org.apache.jena.rdf.model.Property p) {
        return s.listProperties(p).mapWith(t -> t.getObject().toString()).toList();
    }

    @Test
    void yearGroupsAsHeadings() {
        ImportResult res = load("year-groups-headings.md");
        Model m = res.model();
        Resource g = r(m, "section/year-groups-headings/surveys/survey-2024");
        assertThat(g.hasProperty(RDF.type, AV.YearGroup)).isTrue();
        assertThat(g.getProperty(AV.groupStyle).getString()).isEqualTo("heading");
        assertThat(g.getProperty(AV.headingLevel).getInt()).isEqualTo(3);
        assertThat(g.getProperty(DCTerms.date).getLiteral().getLexicalForm()).isEqualTo("2024");
        Resource second = r(m, "entry/year-groups-headings/arxiv-2402.04321");
        assertThat(second.getPropertyResourceValue(AV.inSection)).isEqualTo(g);
        assertThat(second.getProperty(AV.position).getInt()).isEqualTo(2);
        assertThat(second.getProperty(AV.blankLinesBefore).getInt()).isEqualTo(1);
        // versions stripped from the arXiv id; keywords split on ','
        Resource p = r(m, "paper/arxiv-2402.04321");
        assertThat(p.getProperty(DCTerms.issued).getLiteral().getLexicalForm()).isEqualTo("2024");
        assertThat(p.listProperties(AV.keyword).toList()).hasSize(2);
        // the hand-written ToC is dropped (regenerated on export), headings with nothing kept
        assertThat(m.listSubjectsWithProperty(AV.blockKind, "list").toList()).isEmpty();
        assertThat(
                        r(m, "section/year-groups-headings/models/generalist-2022")
                                .hasProperty(AV.order))
                .isTrue();
        assertThat(res.warnings()).isEmpty();
    }

    @Test
    void detailsVariants() {
        ImportResult res = load("details-variants.md");
        Model m = res.model();
        Resource inline = r(m, "section/details-variants/survey/survey-2024");
        assertThat(inline.getProperty(AV.summaryInline).getBoolean()).isTrue();
        // no blank line after the summary: the entry is still found (commonmark swallowed it)
        Resource swallowed = r(m, "entry/details-variants/arxiv-2303.00002");
        assertThat(swallowed.getProperty(AV.blankLinesBefore).getInt()).isZero();
        assertThat(swallowed.getPropertyResourceValue(AV.inSection))
                .isEqualTo(r(m, "section/details-variants/survey/survey-2023"));
        assertThat(r(m, "paper/arxiv-2303.00002").hasProperty(AV.digest)).isTrue();
        Resource empty = r(m, "section/details-variants/survey/survey-2022");
        assertThat(empty.getProperty(AV.closeBlankLinesBefore).getInt()).isEqualTo(1);
        Resource wrapped = r(m, "entry/details-variants/arxiv-2112.13906");
        assertThat(wrapped.getProperty(AV.wrapperSummary).getString()).endsWith("(2023)");
        assertThat(wrapped.getProperty(AV.summaryInline).getBoolean()).isTrue();
        assertThat(r(m, "paper/arxiv-2112.13906").getProperty(DCTerms.issued).getString())
                .isEqualTo("2023");
        Resource twoLine = r(m, "entry/details-variants/arxiv-2303.00915");
        assertThat(twoLine.getProperty(AV.wrapperBlankLines).getInt()).isZero();
        assertThat(twoLine.getProperty(AV.closeBlankLinesBefore).getInt()).isEqualTo(1);
        assertThat(r(m, "entry/details-variants/arxiv-2301.00003").hasProperty(AV.wrapperSummary))
                .isFalse();
        assertThat(res.warnings()).isEmpty();
    }

    @Test
    void fieldsBecomeConceptsWithSpellingVariants() {
        ImportResult res = load("fields.md");
        Model m = res.model();
        Resource xray = r(m, "modality/chest-x-ray");
        assertThat(xray.hasProperty(RDF.type, AV.Modality)).isTrue();
        assertThat(xray.getProperty(SKOS.prefLabel).getString()).isEqualTo("Chest Radiographs");
        assertThat(strings(xray, SKOS.altLabel))
                .containsExactlyInAnyOrder("Chest X-ray", "Chest X-rays");
        assertThat(m.listSubjectsWithProperty(AV.modality, xray).toList()).hasSize(3);
        Resource mimic = r(m, "dataset/mimic-cxr");
        assertThat(m.listSubjectsWithProperty(AV.dataset, mimic).toList()).hasSize(2);
        assertThat(r(m, "keyword/vision-language-model").listProperties(SKOS.altLabel).toList())
                .hasSize(1);
        // "Key Word:" with ',' and "Keywords:" with ';' both read; text kept on the line
        Resource line = r(m, "entry/fields/arxiv-2310.00002/line/2");
        assertThat(line.getProperty(AV.fieldLabel).getString()).isEqualTo("Key Word");
        assertThat(line.getProperty(AV.valueAsWritten).getString())
                .isEqualTo("Chest Radiographs, vision language model");
        Resource other = r(m, "entry/fields/arxiv-2310.00002/line/5");
        assertThat(other.getProperty(AV.fieldKind).getString()).isEqualTo("other");
        assertThat(other.getProperty(AV.fieldLabel).getString()).isEqualTo("Code Release");
        assertThat(res.warnings()).isEmpty();
    }

    @Test
    void authorsVenuesAndPlaceholders() {
        ImportResult res = load("authors.md");
        Model m = res.model();
        Resource conf = r(m, "paper/t-a-conference-paper");
        assertThat(conf.hasProperty(RDF.type, AV.Fabio.ConferencePaper)).isTrue();
        assertThat(conf.getProperty(AV.venue).getString()).isEqualTo("ICLR 2022");
        assertThat(conf.getProperty(DCTerms.issued).getString()).isEqualTo("2022");
        assertThat(r(m, "paper/t-a-journal-paper").hasProperty(RDF.type, AV.Fabio.JournalArticle))
                .isTrue();
        Resource prefixed = r(m, "entry/authors/t-a-journal-paper/line/1");
        assertThat(prefixed.getProperty(AV.prefix).getString()).isEqualTo("Authors: ");
        assertThat(prefixed.getProperty(AV.venueAsWritten).getString()).isEqualTo(" *Nature 2023*");
        assertThat(r(m, "entry/authors/arxiv-2309.00001/line/1").getProperty(AV.suffix).getString())
                .isEmpty();
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
        assertThat(linte.getProperty(AV.Schema.name).getString()).isEqualTo("Cristian A Linte");
        assertThat(linte.getProperty(AV.nameVariant).getString()).isEqualTo("Cristian A. Linte");
        assertThat(
                        r(m, "entry/authors/arxiv-2309.00003/author/2")
                                .getPropertyResourceValue(AV.person))
                .isEqualTo(r(m, "person/zifeng-wang"));
        assertThat(r(m, "entry/authors/arxiv-2309.00003/author/3").hasProperty(AV.person))
                .isFalse();
        assertThat(res.people()).isEqualTo(7);
        assertThat(res.warnings()).isEmpty();
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
        Resource ct = r(m, "paper/arxiv-2403.17834");
        assertThat(ct.getProperty(DCTerms.title).getString()).doesNotContain("(CT-CLIP)");
        Resource model = r(m, "model/ct-clip");
        assertThat(ct.getPropertyResourceValue(AV.introducesModel)).isEqualTo(model);
        assertThat(model.getPropertyResourceValue(AV.modelFamily))
                .isEqualTo(
                        r(
                                m,
                                "section/links/existing-medical-vlm-and-foundation-models/clip-and-variants"));
        assertThat(ct.getPropertyResourceValue(AV.Schema.codeRepository).getURI())
                .isEqualTo("https://github.com/ibrahimethemhamamci/CT-CLIP");
        assertThat(ct.getPropertyResourceValue(AV.projectUrl).getURI())
                .isEqualTo("https://example.org/ct-clip");
        Resource entry = r(m, "entry/links/arxiv-2403.17834");
        assertThat(entry.listProperties(AV.hasLink).toList()).hasSize(3);
        assertThat(
                        r(m, "entry/links/arxiv-2403.17834/link/3")
                                .hasProperty(RDF.type, AV.ProjectLink))
                .isTrue();
        Resource doi = r(m, "paper/doi-10.1038-s41591-023-02504-3");
        assertThat(doi.getProperty(AV.Fabio.doi).getString())
                .isEqualTo("10.1038/s41591-023-02504-3");
        assertThat(
                        r(m, "entry/links/doi-10.1038-s41591-023-02504-3")
                                .getProperty(AV.titleTerminator)
                                .getString())
                .isEmpty();
        assertThat(
                        r(m, "paper/t-a-paper-with-only-a-title-key")
                                .hasProperty(RDF.type, AV.Schema.ScholarlyArticle))
                .isTrue();
        assertThat(r(m, "paper/arxiv-2210.10163").getProperty(AV.Fabio.hasArXivId).getString())
                .isEqualTo("2210.10163");
    }

    @Test
    void digestClosingStylesModelsAndArtefacts() {
        ImportResult res = load("digests.md");
        Model m = res.model();
        assertThat(closeStyle(m, "arxiv-2401.10001", 2)).isEqualTo(MarkdownForms.OWN_LINE);
        assertThat(closeStyle(m, "arxiv-2401.10002", 2)).isEqualTo(MarkdownForms.SAME_LINE);
        assertThat(closeStyle(m, "arxiv-2401.10003", 2)).isEqualTo(MarkdownForms.MISSING);
        assertThat(r(m, "paper/arxiv-2401.10002").getProperty(AV.digest).getString())
                .isEqualTo("A digest whose closing tag follows the text.");
        assertThat(r(m, "paper/arxiv-2401.10004").getProperty(AV.digest).getString())
                .contains("\n\nSecond paragraph")
                .doesNotContain("    ");
        assertThat(strings(r(m, "paper/arxiv-2401.10001"), AV.introducesModel))
                .containsExactlyInAnyOrder(AV.BASE + "model/radfm", AV.BASE + "model/medvint");
        assertThat(r(m, "paper/arxiv-2401.10004").hasProperty(AV.introducesModel)).isFalse();
        assertThat(r(m, "paper/arxiv-2401.10004").getProperty(AV.hasArtefact).getString())
                .isEqualTo(":contentReference[oaicite:3]{index=3}");
        // a digest followed by another sub-bullet (commonmark swallows it into the HTML block)
        assertThat(
                        r(m, "entry/digests/arxiv-2401.10005/line/3")
                                .getProperty(AV.fieldLabel)
                                .getString())
                .isEqualTo("Key Words");
        assertThat(res.warnings()).isEmpty();
    }

    private static String closeStyle(Model m, String key, int line) {
        return r(m, "entry/digests/" + key + "/line/" + line)
                .getProperty(AV.closeStyle)
                .getString();
    }

    @Test
    void documentPiecesAreKeptVerbatim() {
        ImportResult res = load("document.md");
        Model m = res.model();
        List<String> kinds =
                m.listObjectsOfProperty(AV.blockKind)
                        .mapWith(n -> n.asLiteral().getString())
                        .toList();
        assertThat(kinds).contains("badges", "paragraph", "image", "list", "html", "other");
        assertThat(r(m, "list/document").getProperty(AV.blankLinesAfter).getInt()).isEqualTo(1);
        assertThat(
                        load("no-final-newline.md")
                                .model()
                                .getResource(AV.BASE + "list/no-final-newline")
                                .getProperty(AV.finalNewline)
                                .getBoolean())
                .isFalse();
        assertThat(res.warnings()).isEmpty();
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
        Model m = res.model();
        // kept as written, still understood
        assertThat(r(m, "entry/odd/arxiv-2404.00001").getProperty(AV.titleMarkdown).getString())
                .isEqualTo("- Single Bracket Link. [paper](https://arxiv.org/abs/2404.00001)");
        assertThat(r(m, "paper/arxiv-2404.00002").listProperties(DCTerms.creator).toList())
                .hasSize(2);
        assertThat(r(m, "entry/odd/arxiv-2404.00004-2").getPropertyResourceValue(AV.describes))
                .isEqualTo(r(m, "paper/arxiv-2404.00004"));
        assertThat(
                        r(m, "section/odd/closed-heading/survey-2021")
                                .getProperty(AV.closeMarkdown)
                                .getString())
                .isEqualTo("  </details>");
    }
}
