package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.Assumptions;

/**
 * A TDB2 store for the export tests: data/awesome-list.md and the tricky cases of
 * export/tricky-list.md (TeX specials, particles, duplicate keys, venues, no authors, a paper in
 * both lists), imported by the importer and loaded by the Loader; plus the node checks.
 */
final class ExportFixture {
    static final Path QUERIES = Path.of("queries");
    static final Path NODE_DIR = Path.of("src/test/node");

    private ExportFixture() {}

    /** Imports both lists into {@code tmp}/data and loads them into {@code tmp}/db. */
    static Dataset load(Path tmp) {
        Path data = tmp.resolve("data");
        for (Path md :
                List.of(
                        Path.of("data/awesome-list.md"),
                        Path.of("src/test/resources/export/tricky-list.md"))) {
            ImportResult r = new ListImporter().importFile(md);
            TurtleOut.writeAtomically(r.model(), data.resolve(r.slug() + ".ttl"));
        }
        Loader.load(data, Path.of("ontology"), db(tmp));
        return Store.open(db(tmp));
    }

    /** The rows of a SELECT query on {@code ds}, each value as lexical form or IRI. */
    static List<Map<String, String>> select(Dataset ds, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        Txn.executeRead(
                ds,
                () -> {
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                        qe.execSelect()
                                .forEachRemaining(
                                        r -> {
                                            Map<String, String> m = new HashMap<>();
                                            r.varNames()
                                                    .forEachRemaining(
                                                            v -> m.put(v, PaperRecords.text(r, v)));
                                            rows.add(m);
                                        });
                    }
                });
        return rows;
    }

    static Path db(Path tmp) {
        return tmp.resolve("db");
    }

    static String export(String format, Dataset ds, String list) {
        StringWriter out = new StringWriter();
        ExportFormats.get(format).write(ds, new ExportOptions(list, QUERIES), out);
        return out.toString();
    }

    /**
     * Runs {@code node check.mjs ARGS} in src/test/node and returns what it prints; skips the test
     * when node or the packages (npm ci in src/test/node) are missing.
     */
    static String node(Path tmp, String... args) throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                Files.isDirectory(NODE_DIR.resolve("node_modules/jsonld"))
                        && Files.isDirectory(NODE_DIR.resolve("node_modules/n3")),
                "run npm ci in src/test/node for the JSON-LD and Turtle checks");
        List<String> cmd = new ArrayList<>(List.of("node", "check.mjs"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "node", ".out");
        Path err = Files.createTempFile(tmp, "node", ".err");
        Process p;
        try {
            p =
                    new ProcessBuilder(cmd)
                            .directory(NODE_DIR.toFile())
                            .redirectOutput(out.toFile())
                            .redirectError(err.toFile())
                            .start();
        } catch (IOException e) {
            Assumptions.abort("node is not installed: " + e.getMessage());
            throw e;
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("node " + args[0] + " did not finish in 120 s");
        }
        assertThat(p.exitValue())
                .as("node %s: %s", args[0], Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Writes {@code text} to a file in {@code tmp} and returns its absolute path. */
    static Path file(Path tmp, String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8).toAbsolutePath();
    }
}
