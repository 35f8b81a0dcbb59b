package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseValidationTest {
    private static final Shapes SHAPES =
            Shapes.parse(TurtleFiles.read(LoaderTest.ONTOLOGY.resolve(TurtleFiles.SHAPES_FILE)));

    /** Each file in a named graph of its own, as kg load stores them. */
    private static DatasetGraph database(Path... files) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(
                dsg,
                () -> {
                    for (Path f : files) {
                        RDFParser.source(f)
                                .parse(
                                        StreamRDFLib.extendTriplesToQuads(
                                                NodeFactory.createURI("urn:g:" + f.getFileName()),
                                                StreamRDFLib.dataset(dsg)));
                    }
                });
        return dsg;
    }

    /** Entries compared by what a reader sees: focus node, path, shape, severity, message. */
    private static List<String> keys(java.util.Collection<ReportEntry> entries) {
        return entries.stream()
                .map(
                        e ->
                                e.focusNode()
                                        + " "
                                        + e.resultPath()
                                        + " "
                                        + e.source()
                                        + " "
                                        + e.severity()
                                        + " "
                                        + e.message())
                .sorted()
                .collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void sameEntriesAsJenaOnTheUnionGraphWhateverTheThreads(int threads) {
        DatasetGraph dsg =
                database(
                        LoaderTest.FIXTURES.resolve("many/people.ttl"),
                        LoaderTest.FIXTURES.resolve("shape/a-list.ttl"),
                        LoaderTest.FIXTURES.resolve("shape/b-bad.ttl"),
                        LoaderTest.ONTOLOGY.resolve("awesome-vlm.ttl"));
        List<ReportEntry> jena =
                Txn.<DatasetGraph, List<ReportEntry>>calculateRead(
                        dsg,
                        () ->
                                ShaclValidator.get()
                                        .validate(SHAPES, dsg.getUnionGraph())
                                        .getEntries()
                                        .stream()
                                        .toList());

        List<ReportEntry> ours = DatabaseValidation.validate(SHAPES, dsg, threads);

        assertThat(jena).hasSizeGreaterThan(25); // the fixtures do violate the shapes
        assertThat(keys(ours)).isEqualTo(keys(jena));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void validDataHasNoEntries(int threads) {
        DatasetGraph dsg =
                database(
                        LoaderTest.FIXTURES.resolve("shape/a-list.ttl"),
                        LoaderTest.ONTOLOGY.resolve("awesome-vlm.ttl"));
        assertThat(DatabaseValidation.validate(SHAPES, dsg, threads)).isEmpty();
    }
}
