package org.awesomevlm.kg.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.cli.CliRun;
import org.awesomevlm.kg.store.LoadMode;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kg load} on the broken Turtle and SHACL-invalid data of {@code badinput/turtle/cases.txt}:
 * a KgException naming the file and line, and the database isomorphic to what it was, in both load
 * modes; on the command line exit code 2 and the same message.
 */
class BadTurtleTest {
    static final Path DIR = Path.of("src/test/resources/badinput/turtle");
    static final Path ONTOLOGY = Path.of("ontology");
    static final Path VALID = Path.of("src/test/resources/store/valid");

    @TempDir Path tmp;

    /** A data directory and the error loading it must give. */
    record Case(String name, String file, long line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> listed() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String row : Files.readAllLines(DIR.resolve("cases.txt"))) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.strip().split("\\s+", 4);
            cases.add(new Case(f[0], f[1], Long.parseLong(f[2]), f[3]));
        }
        return cases;
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Case c : listed()) {
            for (LoadMode mode : LoadMode.values()) {
                out.add(Arguments.of(c, mode));
            }
        }
        return out.stream();
    }

    Path db() {
        return tmp.resolve("db");
    }

    @AfterEach
    void release() {
        Store.close(db());
    }

    @Test
    void everyCorpusDirectoryHasAnExpectedError() throws IOException {
        try (Stream<Path> dirs = Files.list(DIR)) {
            assertThat(dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(
                            listed().stream().map(Case::name).toList());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void loadNamesFileAndLineAndChangesNothing(Case c, LoadMode mode) {
        Loader.load(VALID, ONTOLOGY, db(), mode);
        DatasetGraph before = copy(Store.open(db()));

        KgException e =
                catchThrowableOfType(
                        KgException.class,
                        () -> Loader.load(DIR.resolve(c.name()), ONTOLOGY, db(), mode));

        assertThat(e).as("a KgException").isNotNull();
        assertThat(e.file()).isEqualTo(DIR.resolve(c.name()).resolve(c.file()).toString());
        assertThat(e.line()).isEqualTo(c.line());
        assertThat(e.getMessage()).contains(c.message());
        DatasetGraph after = copy(Store.open(db()));
        assertThat(IsoMatcher.isomorphic(before, after)).as("database unchanged").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void cliExitsWithTwoAndPrintsFileLineAndMessage(Case c) {
        Path data = DIR.resolve(c.name());
        CliRun r =
                CliRun.run(
                        "load",
                        "--data",
                        data.toString(),
                        "--ontology",
                        ONTOLOGY.toString(),
                        "--db",
                        db().toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(data.resolve(c.file()) + ":" + c.line() + ": ");
        assertThat(r.err()).contains(c.message()).doesNotContain("\tat ");
        assertThat(Store.isEmpty(Store.open(db()))).isTrue();
    }

    /** All quads of the database (default and named graphs), copied out of a read transaction. */
    static DatasetGraph copy(Dataset ds) {
        return Txn.calculateRead(
                ds,
                () -> {
                    DatasetGraph g = DatasetGraphFactory.create();
                    ds.asDatasetGraph().find().forEachRemaining(g::add);
                    return g;
                });
    }
}
