package org.awesomevlm.kg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue in queries/: every query is documented and runs; each returns what it should. */
class CannedQueriesTest {
    static final String AVR = "https://w3id.org/awesome-vlm/";
    static QueryCatalog catalog;
    static Dataset list;
    static Dataset extras;
    final QueryRunner runner = new QueryRunner();

    /** A value for every parameter name used in the catalogue. */
    static final Map<String, String> SAMPLES =
            Map.ofEntries(
                    Map.entry("year", "2024"),
                    Map.entry("keyword", "Medical AI"),
                    Map.entry("author", "Zifeng Wang"),
                    Map.entry("dataset", "MIMIC-CXR"),
                    Map.entry("modality", "Chest X-ray"),
                    Map.entry("task", "Report Generation"),
                    Map.entry("family", "CLIP and Variants"),
                    Map.entry("min", "1"),
                    Map.entry("iri", AVR + "paper/arxiv-2210.10163"),
                    Map.entry("paper", "2210.10163"),
                    Map.entry("date", "2024-01-01"),
                    Map.entry("text", "contrastive"));

    @BeforeAll
    static void load() {
        catalog = QueryCatalog.load(TestData.QUERIES);
        list = TestData.dataset(TestData.shippedList());
        extras = TestData.dataset(TestData.withExtras());
    }

    private List<QuerySolution> select(Dataset ds, String name, String... params) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return runner.select(ds, catalog.get(name), map);
    }

    private static List<String> col(List<QuerySolution> rows, String var) {
        return rows.stream()
                .map(r -> r.get(var))
                .map(
                        n ->
                                n == null
                                        ? null
                                        : n.isLiteral()
                                                ? n.asLiteral().getLexicalForm()
                                                : n.toString())
                .toList();
    }

    @Test
    void catalogueHoldsTheRequiredQueries() {
        assertThat(catalog.all().stream().map(CannedQuery::name))
                .contains(
                        "papers",
                        "authors",
                        "surveys",
                        "arxiv-ids",
                        "papers-by-year",
                        "papers-by-keyword",
                        "papers-by-author",
                        "papers-by-dataset",
                        "papers-by-modality",
                        "papers-by-task",
                        "papers-by-model-family",
                        "coauthors",
                        "prolific-authors",
                        "keyword-cooccurrence",
                        "stats",
                        "quality-no-authors",
                        "quality-no-keywords",
                        "quality-no-arxiv",
                        "quality-artefacts",
                        "quality-near-duplicate-titles",
                        "quality-concept-variants",
                        "describe-paper",
                        "describe");
    }

    @Test
    void everyQueryIsDocumentedAndRuns() {
        for (CannedQuery q : catalog.all()) {
            assertThat(q.summary()).as(q.name() + " summary").isNotBlank();
            Map<String, String> values = new HashMap<>();
            for (QueryParam p : q.params()) {
                assertThat(p.description()).as(q.name() + " documents " + p.name()).isNotBlank();
                assertThat(SAMPLES).as(q.name() + " sample for " + p.name()).containsKey(p.name());
                values.put(p.name(), SAMPLES.get(p.name()));
            }
            var query = q.bind(values);
            if (query.isSelectType()) {
                assertThat(runner.select(extras, q, values)).as(q.name()).isNotEmpty();
            } else {
                assertThat(runner.construct(extras, q, values).size()).as(q.name()).isPositive();
            }
        }
    }

    @Test
    void papersInListOrder() {
        List<QuerySolution> rows = select(list, "papers");
        assertThat(col(rows, "arxiv")).containsExactly("2403.02469", "2312.06224", "2210.10163");
        assertThat(col(rows, "year")).containsExactly("2024", "2023", "2022");
        assertThat(col(rows, "section"))
                .containsExactly("Survey: 2024", "Survey: 2023", "CLIP and Variants");
        assertThat(col(rows, "position")).containsExactly("1", "1", "1");
    }

    @Test
    void authorsDistinctInOrderOfFirstAppearance() {
        assertThat(col(select(list, "authors"), "name"))
                .containsExactly(
                        "Iryna Hartsock",
                        "Ghulam Rasool",
                        "Prashant Shrestha",
                        "Sanskar Amgain",
                        "Bidur Khanal",
                        "Cristian A. Linte",
                        "Binod Bhattarai",
                        "Zifeng Wang",
                        "Zhenbang Wu",
                        "Dinesh Agarwal",
                        "Jimeng Sun");
        List<QuerySolution> more = select(extras, "authors");
        assertThat(more).hasSize(11); // the extra paper's authors were already seen
        assertThat(col(more, "papers").get(7)).isEqualTo("2"); // Zifeng Wang
    }

    @Test
    void surveysAndArxivIds() {
        assertThat(col(select(list, "surveys"), "arxiv"))
                .containsExactly("2403.02469", "2312.06224");
        assertThat(col(select(list, "arxiv-ids"), "url"))
                .containsExactly(
                        "https://arxiv.org/abs/2403.02469",
                        "https://arxiv.org/abs/2312.06224",
                        "https://arxiv.org/abs/2210.10163");
    }

    @Test
    void papersByYear() {
        assertThat(col(select(list, "papers-by-year", "year", "2023"), "arxiv"))
                .containsExactly("2312.06224");
        assertThat(col(select(extras, "papers-by-year", "year", "2022"), "paper"))
                .containsExactly(
                        AVR + "paper/arxiv-2210.10163",
                        AVR
                                + "paper/t-medclip-contrastive-learning-from-unpaired-medical-images-and-text");
    }

    @Test
    void conceptParametersMatchAnyLabelCaseInsensitivelyOrTheIri() {
        List<String> medicalAi =
                List.of(AVR + "paper/arxiv-2403.02469", AVR + "paper/arxiv-2210.10163");
        assertThat(col(select(list, "papers-by-keyword", "keyword", "medical ai"), "paper"))
                .containsExactlyElementsOf(medicalAi);
        assertThat(
                        col(
                                select(
                                        list,
                                        "papers-by-keyword",
                                        "keyword",
                                        AVR + "keyword/medical-ai"),
                                "paper"))
                .containsExactlyElementsOf(medicalAi);
        assertThat(col(select(extras, "papers-by-keyword", "keyword", "MEDICAL-ai"), "paper"))
                .hasSize(3); // alt label
        assertThat(select(list, "papers-by-keyword", "keyword", "medical")).isEmpty();
        assertThat(
                        col(
                                select(
                                        extras,
                                        "papers-by-modality",
                                        "modality",
                                        "chest radiographs"),
                                "title"))
                .containsExactly("RadVLM: A Made-Up Paper for Tests");
        assertThat(col(select(extras, "papers-by-dataset", "dataset", "mimic-cxr"), "label"))
                .containsExactly("MIMIC-CXR");
        assertThat(col(select(extras, "papers-by-task", "task", "report generation"), "title"))
                .containsExactly("RadVLM: A Made-Up Paper for Tests");
        assertThat(
                        col(
                                select(
                                        extras,
                                        "papers-by-model-family",
                                        "family",
                                        "clip and variants"),
                                "paper"))
                .containsExactly(
                        AVR + "paper/arxiv-2210.10163",
                        AVR
                                + "paper/t-medclip-contrastive-learning-from-unpaired-medical-images-and-text");
    }

    @Test
    void personParametersMatchNameVariantAndNameAsWritten() {
        assertThat(col(select(list, "papers-by-author", "author", "zifeng wang"), "arxiv"))
                .containsExactly("2210.10163");
        assertThat(col(select(extras, "papers-by-author", "author", "Z. Wang"), "arxiv"))
                .containsExactly("2210.10163", "9999.00001");
        assertThat(
                        col(
                                select(
                                        list,
                                        "papers-by-author",
                                        "author",
                                        AVR + "person/jimeng-sun"),
                                "ordinal"))
                .containsExactly("4");
        List<QuerySolution> co = select(extras, "coauthors", "author", "Zifeng Wang");
        assertThat(col(co, "name")).containsExactly("Jimeng Sun", "Dinesh Agarwal", "Zhenbang Wu");
        assertThat(col(co, "shared")).containsExactly("2", "1", "1");
    }

    @Test
    void prolificAuthorsDefaultToAtLeastTwoPapers() {
        assertThat(select(list, "prolific-authors")).isEmpty();
        assertThat(col(select(extras, "prolific-authors"), "name"))
                .containsExactly("Jimeng Sun", "Zifeng Wang");
        assertThat(select(list, "prolific-authors", "min", "1")).hasSize(11);
    }

    @Test
    void keywordCooccurrence() {
        List<QuerySolution> all = select(list, "keyword-cooccurrence");
        // 3 papers with 5 keywords: 10 pairs each; Medical AI + Vision-Language Models is on two.
        assertThat(all).hasSize(29);
        assertThat(col(all, "papers").get(0)).isEqualTo("2");
        List<QuerySolution> twice = select(list, "keyword-cooccurrence", "min", "2");
        assertThat(col(twice, "label1")).containsExactly("Medical AI");
        assertThat(col(twice, "label2")).containsExactly("Vision-Language Models");
        List<QuerySolution> one = select(list, "keyword-cooccurrence", "keyword", "unpaired data");
        assertThat(one).hasSize(4);
        assertThat(one)
                .allSatisfy(
                        r ->
                                assertThat(
                                                Set.of(
                                                        r.getLiteral("label1").getString(),
                                                        r.getLiteral("label2").getString()))
                                        .contains("Unpaired Data"));
    }

    @Test
    void statsCountsTheGraph() {
        Map<String, Long> stats = new HashMap<>();
        for (QuerySolution r : select(list, "stats")) {
            stats.put(r.getLiteral("measure").getString(), r.getLiteral("count").getLong());
        }
        assertThat(stats)
                .containsEntry("papers", 3L)
                .containsEntry("surveys", 2L)
                .containsEntry("persons", 11L)
                .containsEntry("authorships", 11L)
                .containsEntry("keywords", 11L)
                .containsEntry("entries", 3L)
                .containsEntry("year groups", 2L)
                .containsEntry("model families", 6L)
                .containsEntry("tasks", 6L)
                .containsEntry("research areas", 4L)
                .containsEntry("models", 1L)
                .containsEntry("lists", 1L);
        long triples = TestData.shippedList().size();
        assertThat(stats).containsEntry("triples", triples);
    }

    private static Map<String, Long> counts(List<QuerySolution> rows) {
        Map<String, Long> m = new HashMap<>();
        rows.forEach(
                r -> m.put(r.getLiteral("measure").getString(), r.getLiteral("count").getLong()));
        return m;
    }

    @Test
    void countsTakeAResourceInTwoListsOnce() {
        // stats, prolific-authors and keyword-cooccurrence count with COUNT(*) where a pattern
        // cannot give a value twice: the union default graph is a set of triples (TDB2 removes a
        // triple found in several named graphs), so a paper in two lists counts once.
        Dataset two = TDB2Factory.createDataset();
        Txn.executeWrite(
                two,
                () -> {
                    two.addNamedModel(AVR + "list/a", TestData.shippedList());
                    two.addNamedModel(AVR + "list/b", TestData.shippedList());
                });
        two.asDatasetGraph().getContext().set(TDB2.symUnionDefaultGraph, true);
        assertThat(counts(select(two, "stats"))).isEqualTo(counts(select(list, "stats")));
        for (String name : List.of("prolific-authors", "keyword-cooccurrence")) {
            List<String> once = rows(select(list, name, "min", "1"));
            assertThat(once).as(name).isNotEmpty();
            assertThat(rows(select(two, name, "min", "1"))).as(name).isEqualTo(once);
        }
    }

    /** Each row as "var=term ..." in the query's order. */
    private static List<String> rows(List<QuerySolution> rows) {
        return rows.stream()
                .map(
                        r -> {
                            StringBuilder b = new StringBuilder();
                            r.varNames()
                                    .forEachRemaining(
                                            v ->
                                                    b.append(v)
                                                            .append('=')
                                                            .append(r.get(v))
                                                            .append(' '));
                            return b.toString();
                        })
                .toList();
    }

    @Test
    void qualityChecks() {
        String dup =
                AVR + "paper/t-medclip-contrastive-learning-from-unpaired-medical-images-and-text";
        assertThat(select(list, "quality-no-authors")).isEmpty();
        assertThat(col(select(extras, "quality-no-authors"), "placeholder"))
                .containsExactly("[Authors not provided]");
        assertThat(select(list, "quality-no-keywords")).isEmpty();
        assertThat(col(select(extras, "quality-no-keywords"), "paper")).containsExactly(dup);
        assertThat(select(list, "quality-no-arxiv")).isEmpty();
        assertThat(col(select(extras, "quality-no-arxiv"), "paperUrl"))
                .containsExactly("https://aclanthology.org/2022.emnlp-main.256");
        List<QuerySolution> artefacts = select(extras, "quality-artefacts");
        assertThat(col(artefacts, "artefact"))
                .containsExactly(
                        ":contentReference[oaicite:0]{index=0}",
                        ":contentReference[oaicite:5]{index=5}");
        assertThat(col(artefacts, "where")).containsExactly("flagged", "digest");
        assertThat(select(list, "quality-near-duplicate-titles")).isEmpty();
        List<QuerySolution> dups = select(extras, "quality-near-duplicate-titles");
        assertThat(col(dups, "paper1")).containsExactly(AVR + "paper/arxiv-2210.10163");
        assertThat(col(dups, "paper2")).containsExactly(dup);
        List<QuerySolution> variants = select(extras, "quality-concept-variants");
        assertThat(variants)
                .extracting(
                        r ->
                                r.getLiteral("kind").getString()
                                        + ": "
                                        + r.getLiteral("label").getString()
                                        + " / "
                                        + r.getLiteral("variant").getString())
                .containsExactlyInAnyOrder(
                        "variants: Medical AI / medical-AI",
                        "variants: Chest X-ray / chest radiographs",
                        "variants: Zifeng Wang / Z. Wang",
                        "look-alike: Multi-modal Learning / Multimodal Learning");
    }

    @Test
    void describePaperIsLinkedData() {
        Model m =
                runner.construct(
                        list,
                        catalog.get("describe-paper"),
                        Map.of("iri", AVR + "paper/arxiv-2210.10163"));
        RDFNode title =
                m.getRequiredProperty(
                                m.createResource(AVR + "paper/arxiv-2210.10163"),
                                m.createProperty("http://purl.org/dc/terms/title"))
                        .getObject();
        assertThat(title.asLiteral().getString()).startsWith("MedCLIP");
        assertThat(
                        m.contains(
                                m.createResource(AVR + "person/jimeng-sun"),
                                m.createProperty("http://schema.org/name"),
                                "Jimeng Sun"))
                .isTrue();
        assertThat(
                        m.contains(
                                m.createResource(
                                        AVR + "entry/awesome-list/arxiv-2210.10163/author/4"),
                                m.createProperty(
                                        "https://w3id.org/awesome-vlm/ontology#nameAsWritten"),
                                "Jimeng Sun"))
                .isTrue();
        Model person =
                runner.construct(
                        list, catalog.get("describe"), Map.of("iri", AVR + "person/jimeng-sun"));
        assertThat(
                        person.contains(
                                m.createResource(AVR + "paper/arxiv-2210.10163"),
                                m.createProperty("http://purl.org/dc/terms/creator"),
                                m.createResource(AVR + "person/jimeng-sun")))
                .isTrue();
        assertThat(
                        runner.construct(
                                        list,
                                        catalog.get("describe-paper"),
                                        Map.of("iri", AVR + "paper/none"))
                                .isEmpty())
                .isTrue();
    }

    @Test
    void listsOfPaperFindsThePaperByIriArxivIdOrDoiInAnyCase() {
        Model m = TestData.shippedList();
        m.add(
                m.createResource(AVR + "paper/arxiv-2210.10163"),
                m.createProperty("http://purl.org/ontology/bibo/doi"),
                "10.1000/MedCLIP.Case");
        Dataset ds = TestData.dataset(m);
        List<QuerySolution> byArxiv = select(ds, "lists-of-paper", "paper", "2210.10163");
        assertThat(col(byArxiv, "title")).hasSize(1).first().asString().startsWith("MedCLIP");
        for (String v : List.of(AVR + "paper/arxiv-2210.10163", "10.1000/medclip.CASE")) {
            assertThat(select(ds, "lists-of-paper", "paper", v))
                    .as(v)
                    .extracting(QuerySolution::toString)
                    .isEqualTo(byArxiv.stream().map(QuerySolution::toString).toList());
        }
        // Values naming no paper find nothing (none of them may turn into an unbound pattern).
        for (String v :
                List.of("", "foo bar", "10.", "2210.10164", AVR + "paper/", "arxiv-2210.10163")) {
            assertThat(select(ds, "lists-of-paper", "paper", v)).as(v).isEmpty();
        }
    }
}
