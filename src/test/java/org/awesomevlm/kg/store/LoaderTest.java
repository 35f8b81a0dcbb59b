package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

class LoaderTest {
    static final Path FIXTURES = Path.of("src/test/resources/store");
    static final Path ONTOLOGY = Path.of("ontology");

    @TempDir Path tmp;

    Path db() {
        return tmp.resolve("db");
    }

    @AfterEach
    void release() {
        Store.close(db());
    }

    static Graph copy(Dataset ds) {
        return Txn.calculateRead(
                ds,
                () -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    // the loaded data: the union of the named graphs (one per file)
                    Store.dataGraph(ds.asDatasetGraph()).find().forEachRemaining(g::add);
                    return g;
                });
    }

    static Graph expected(Path... files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : files) {
            RDFDataMgr.read(g, f.toString());
        }
        return g;
    }

    @ParameterizedTest
    @EnumSource(LoadMode.class)
    void loadsDataAndOntologyAndReplacesThePreviousContent(LoadMode mode) {
        LoadReport r1 = Loader.load(FIXTURES.resolve("valid"), ONTOLOGY, db(), mode);
        Graph want1 =
                expected(FIXTURES.resolve("valid/list.ttl"), ONTOLOGY.resolve("awesome-vlm.ttl"));
        assertThat(r1.files()).isEqualTo(2);
        assertThat(r1.triples()).isEqualTo(want1.size());
        assertThat(copy(Store.open(db())).isIsomorphicWith(want1)).isTrue();

        LoadReport r2 = Loader.load(FIXTURES.resolve("valid2"), ONTOLOGY, db(), mode);
        Graph want2 =
                expected(FIXTURES.resolve("valid2/list.ttl"), ONTOLOGY.resolve("awesome-vlm.ttl"));
        Graph got2 = copy(Store.open(db()));
        assertThat(got2.isIsomorphicWith(want2)).isTrue();
        assertThat(
                        got2.contains(
                                NodeFactory.createURI(
                                        "https://w3id.org/awesome-vlm/person/iryna-hartsock"),
                                org.apache.jena.graph.Node.ANY,
                                org.apache.jena.graph.Node.ANY))
                .isFalse();
        assertThat(r2.triples()).isEqualTo(want2.size());
        // whatever the mode, one storage generation and no staging directory remain
        assertThat(Generations.generations(Store.key(db()))).hasSize(1);
        assertThat(Generations.leftovers(Store.key(db()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LoadMode.class)
    void turtleSyntaxErrorNamesFileAndLineAndChangesNothing(LoadMode mode) {
        Loader.load(FIXTURES.resolve("valid"), ONTOLOGY, db(), mode);
        Graph before = copy(Store.open(db()));

        KgException e =
                catchThrowableOfType(
                        KgException.class,
                        () -> Loader.load(FIXTURES.resolve("syntax"), ONTOLOGY, db(), mode));
        assertThat(e.file()).endsWith("b-broken.ttl");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("Turtle syntax error");

        Graph after = copy(Store.open(db()));
        assertThat(after.size()).isEqualTo(before.size());
        assertThat(after.isIsomorphicWith(before)).isTrue();
        assertThat(Generations.leftovers(Store.key(db()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LoadMode.class)
    void bytesThatAreNotUtf8NameFileLineAndOffsetAndChangeNothing(LoadMode mode) throws Exception {
        Loader.load(FIXTURES.resolve("valid"), ONTOLOGY, db(), mode);
        Graph before = copy(Store.open(db()));
        Path data = Files.createDirectories(tmp.resolve("latin1"));
        Files.copy(FIXTURES.resolve("valid/list.ttl"), data.resolve("list.ttl"));
        // line 3 holds "Müller" in ISO-8859-1: 0xFC is not UTF-8 (RIOT would read U+FFFD)
        String head = "@prefix dcterms: <http://purl.org/dc/terms/> .\n\n";
        byte[] bad =
                (head + "<https://w3id.org/awesome-vlm/paper/x> dcterms:title \"M\u00fcller\" .\n")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(data.resolve("z-latin1.ttl"), bad);
        int at =
                head.length() + "<https://w3id.org/awesome-vlm/paper/x> dcterms:title \"M".length();
        assertThat(bad[at]).isEqualTo((byte) 0xFC);

        KgException e =
                catchThrowableOfType(
                        KgException.class, () -> Loader.load(data, ONTOLOGY, db(), mode));
        assertThat(e.file()).endsWith("z-latin1.ttl");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("not UTF-8: byte 0xFC at offset " + at);

        Graph after = copy(Store.open(db()));
        assertThat(after.isIsomorphicWith(before)).isTrue();
        assertThat(Generations.leftovers(Store.key(db()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LoadMode.class)
    void shapeViolationNamesFileLineAndShapeAndChangesNothing(LoadMode mode) {
        Loader.load(FIXTURES.resolve("valid"), ONTOLOGY, db(), mode);
        Graph before = copy(Store.open(db()));

        KgException e =
                catchThrowableOfType(
                        KgException.class,
                        () -> Loader.load(FIXTURES.resolve("shape"), ONTOLOGY, db(), mode));
        assertThat(e.file()).endsWith("b-bad.ttl");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage())
                .contains("<https://w3id.org/awesome-vlm/paper/t-untitled>")
                .contains("avsh:Paper-title")
                .contains("dcterms:title")
                .contains("1 shape violation");

        Graph after = copy(Store.open(db()));
        assertThat(after.size()).isEqualTo(before.size());
        assertThat(after.isIsomorphicWith(before)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(LoadMode.class)
    void violationsAreFoundTheSameWhenCheckedOnTheDatabase(LoadMode mode) {
        // the path taken when the Turtle is too big for an in-memory copy
        Loader.load(FIXTURES.resolve("valid"), ONTOLOGY, db(), mode, LoadProgress.none(), false);
        Graph before = copy(Store.open(db()));
        KgException e =
                catchThrowableOfType(
                        KgException.class,
                        () ->
                                Loader.load(
                                        FIXTURES.resolve("many"),
                                        ONTOLOGY,
                                        db(),
                                        mode,
                                        LoadProgress.none(),
                                        false));
        assertThat(e.getMessage()).contains("... and 5 more").contains("25 shape violations");
        assertThat(e.line()).isEqualTo(2);
        assertThat(copy(Store.open(db())).isIsomorphicWith(before)).isTrue();
        assertThat(Generations.leftovers(Store.key(db()))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anInMemoryCopyIsUsedOnlyWhileItFitsTheHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        assertThat(Loader.copyFits(1_000_000)).isTrue();
        assertThat(Loader.copyFits(heap / Loader.COPY_BYTES_PER_TURTLE_BYTE + 1)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(LoadMode.class)
    void manyViolationsAreCappedAndCounted(LoadMode mode) {
        KgException e =
                catchThrowableOfType(
                        KgException.class,
                        () -> Loader.load(FIXTURES.resolve("many"), ONTOLOGY, db(), mode));
        String msg = e.getMessage();
        // 25 persons without a name, each also outside the slug pattern? p1.. match the pattern.
        assertThat(msg).contains("... and 5 more").contains("25 shape violations");
        assertThat(msg.lines().filter(l -> l.contains("avsh:Person-name")).count()).isEqualTo(20);
        assertThat(e.line()).isEqualTo(2);
        assertThat(msg).contains("people.ttl:3: <https://w3id.org/awesome-vlm/person/p2>");
        assertThat(Store.isEmpty(Store.open(db()))).isTrue();
    }

    @Test
    void emptyDataDirectoryLeavesOnlyTheOntology(@TempDir Path empty) throws Exception {
        Loader.load(FIXTURES.resolve("valid"), ONTOLOGY, db());
        LoadReport r = Loader.load(empty, ONTOLOGY, db());
        assertThat(r.files()).isEqualTo(1);
        assertThat(
                        copy(Store.open(db()))
                                .isIsomorphicWith(expected(ONTOLOGY.resolve("awesome-vlm.ttl"))))
                .isTrue();
        assertThat(Files.list(empty)).isEmpty();
    }

    @Test
    void missingDataDirectoryIsBadInput() {
        assertThatThrownBy(() -> Loader.load(tmp.resolve("nope"), ONTOLOGY, db()))
                .isInstanceOf(KgException.class)
                .hasMessageContaining("no such directory");
    }

    @Test
    void cliExitsWithTwoAndNamesTheFile() {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        int code =
                cl.execute(
                        "load",
                        "--data",
                        FIXTURES.resolve("syntax").toString(),
                        "--ontology",
                        ONTOLOGY.toString(),
                        "--db",
                        db().toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("b-broken.ttl:7: Turtle syntax error");

        code =
                cl.execute(
                        "load",
                        "--data",
                        FIXTURES.resolve("valid").toString(),
                        "--ontology",
                        ONTOLOGY.toString(),
                        "--db",
                        db().toString());
        assertThat(code).isEqualTo(0);
        assertThat(out.toString())
                .matches("(?s)loaded \\d+ triples from 2 files into .*db/ in [0-9.]+ s\\R");
    }
}
