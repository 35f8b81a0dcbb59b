package org.awesomevlm.kg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.export.ExportFormats;
import org.awesomevlm.kg.generate.ListGenerator;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's dump loaded into a second, non-Jena engine (Virtuoso open source): the README
 * exported from Virtuoso over SPARQL 1.1 is byte-identical to the embedded export (so are the other
 * export formats; the whole-graph dumps hold the same triples), and every canned query gives the
 * same rows on both (as multisets, terms normalised as {@link ResultTerms} says). Runs in the Maven
 * profile {@code virtuoso} only: {@code mvn -B -Pvirtuoso verify}.
 */
@Tag("virtuoso")
class VirtuosoInteropTest {
    static final String GRAPH_LISTS = "https://w3id.org/awesome-vlm/graph/test-lists";
    static final String GRAPH_EXTRAS = "https://w3id.org/awesome-vlm/graph/test-extras";
    static final int SYNTHETIC_PAPERS = 150;

    @TempDir static Path tmp;
    static Virtuoso virtuoso;
    static QueryCatalog catalog;

    /** The shipped list and a synthetic one, loaded by kg's own loader into TDB2. */
    static Dataset lists;

    /** The query tests' data: the shipped list plus extras.ttl, and the ontology. */
    static Dataset extras;

    final QueryRunner runner = new QueryRunner();

    @BeforeAll
    static void setUp() throws IOException {
        catalog = QueryCatalog.load(TestData.QUERIES);
        Path data = Files.createDirectories(tmp.resolve("data"));
        TurtleOut.writeAtomically(
                new ListImporter().importFile(TestData.LIST).model(),
                data.resolve("awesome-list.ttl"));
        Path synthetic = tmp.resolve("synthetic.md");
        try (Writer w = Files.newBufferedWriter(synthetic, StandardCharsets.UTF_8)) {
            new ListGenerator(SYNTHETIC_PAPERS, 7).write(w);
        }
        TurtleOut.writeAtomically(
                new ListImporter().importFile(synthetic).model(), data.resolve("synthetic.ttl"));
        Loader.load(data, Path.of("ontology"), tmp.resolve("db"));
        lists = Store.open(tmp.resolve("db"));
        extras = TestData.dataset(TestData.withExtras());
        Txn.executeWrite(
                extras,
                () -> RDFDataMgr.read(extras.getDefaultModel(), "ontology/awesome-vlm.ttl"));

        virtuoso = Virtuoso.start(tmp.resolve("virtuoso"));
        virtuoso.load(dump(lists, "lists.nt"), GRAPH_LISTS);
        virtuoso.load(dump(extras, "extras.nt"), GRAPH_EXTRAS);
    }

    @AfterAll
    static void tearDown() {
        try {
            if (virtuoso != null) {
                virtuoso.close();
            }
        } finally {
            Store.close(tmp.resolve("db"));
        }
    }

    /** The data graph (the union of the lists' graphs) as N-Triples, as /dump.nt writes it. */
    private static Path dump(Dataset ds, String name) throws IOException {
        Path file = virtuoso.dir().resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Txn.executeRead(
                    ds,
                    () ->
                            RDFDataMgr.write(
                                    out, Store.dataGraph(ds.asDatasetGraph()), RDFFormat.NTRIPLES));
        }
        return file;
    }

    private static String readme(SparqlTarget target, String list) {
        return ExportComparison.export("readme", target, list);
    }

    @Test
    void readmeExportedFromVirtuosoIsByteIdenticalToTheEmbeddedExport() {
        SparqlTarget remote = SparqlTarget.endpoint(virtuoso.endpoint(GRAPH_LISTS));
        for (String list : List.of("awesome-list", "synthetic")) {
            String embedded = readme(SparqlTarget.local(lists), list);
            String fromVirtuoso = readme(remote, list);
            assertThat(embedded).contains("## Table of Contents");
            assertThat(fromVirtuoso).as("README of " + list).isEqualTo(embedded);
            System.out.printf(
                    "README %s: %d bytes, %d lines identical%n",
                    list, embedded.length(), embedded.split("\n", -1).length);
        }
    }

    @Test
    void everyExportFormatGivesTheSameOutputFromVirtuoso() {
        SparqlTarget remote = SparqlTarget.endpoint(virtuoso.endpoint(GRAPH_LISTS));
        for (String format : ExportFormats.all().keySet()) {
            // the README is of one list; the others take every list
            String list = format.equals("readme") ? "synthetic" : null;
            int bytes =
                    ExportComparison.assertSame(format, SparqlTarget.local(lists), remote, list);
            System.out.printf("export %s: %d bytes, same from Virtuoso%n", format, bytes);
        }
    }

    @Test
    void everyCannedQueryGivesTheSameRowsOnVirtuosoAsOnJena() {
        Map<String, Integer> rowsPerQuery = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        int cases = 0;
        for (Dataset ds : List.of(lists, extras)) {
            String graph = ds == lists ? GRAPH_LISTS : GRAPH_EXTRAS;
            SparqlTarget local = SparqlTarget.local(ds);
            SparqlTarget remote = SparqlTarget.endpoint(virtuoso.endpoint(graph));
            for (CatalogueComparison.Case c : CatalogueComparison.cases(catalog)) {
                CatalogueComparison.Outcome o = CatalogueComparison.run(runner, local, remote, c);
                cases++;
                if (o.expectedMs() + o.actualMs() > 1000) {
                    System.out.printf(
                            "slow: %s on <%s>: Jena %d ms, Virtuoso %d ms%n",
                            c, graph, o.expectedMs(), o.actualMs());
                }
                rowsPerQuery.merge(c.query().name(), o.expected().rows().size(), Integer::sum);
                if (!o.sameRows()) {
                    differences.add(describe(graph, o));
                } else if (!o.sameOrder()) {
                    differences.add(c + " on <" + graph + ">: same rows, ORDER BY broken");
                }
            }
        }
        System.out.printf(
                "%d cases compared; rows (or triples) per query: %s%n", cases, rowsPerQuery);
        assertThat(differences).as("queries whose results differ").isEmpty();
        // Not a vacuous comparison: every canned query returned something in some case.
        assertThat(rowsPerQuery).hasSize(catalog.all().size());
        assertThat(rowsPerQuery.entrySet())
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isPositive());
    }

    private static String describe(String graph, CatalogueComparison.Outcome o) {
        List<String> missing = new ArrayList<>(o.expected().rows());
        o.actual().rows().forEach(missing::remove);
        List<String> extra = new ArrayList<>(o.actual().rows());
        o.expected().rows().forEach(extra::remove);
        return o.c()
                + " on <"
                + graph
                + ">: Jena "
                + o.expected().rows().size()
                + " rows, Virtuoso "
                + o.actual().rows().size()
                + "\n  only in Jena: "
                + head(missing)
                + "\n  only in Virtuoso: "
                + head(extra);
    }

    private static List<String> head(List<String> l) {
        return l.size() <= 5 ? l : l.subList(0, 5);
    }
}
