package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg query and kg export with --endpoint: the same output from a SPARQL endpoint as from --db. */
class EndpointOptionTest {
    @TempDir Path tmp;

    @AfterEach
    void release() {
        Store.close(tmp.resolve("db"));
    }

    @Test
    void queryAndExportReadTheEndpointLikeTheDatabase() {
        Path data = tmp.resolve("data");
        Path db = tmp.resolve("db");
        assertThat(CliRun.run("import", "data/awesome-list.md", "--out", data.toString()).code())
                .isZero();
        assertThat(CliRun.run("load", "--data", data.toString(), "--db", db.toString()).code())
                .isZero();
        Dataset ds = Store.open(db);
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/kg", ds).build();
        fuseki.start();
        try {
            String url = "http://127.0.0.1:" + fuseki.getHttpPort() + "/kg/sparql";
            for (String[] args :
                    new String[][] {
                        {"query", "stats", "--format", "csv"},
                        {"query", "papers-by-author", "--param", "author=Zifeng Wang"},
                        {
                            "query",
                            "describe-paper",
                            "--param",
                            "iri=https://w3id.org/awesome-vlm/paper/arxiv-2210.10163",
                            "--format",
                            "ttl"
                        },
                        {"export", "readme"},
                        {"export", "bibtex"}
                    }) {
                CliRun local = CliRun.run(with(args, "--db", db));
                CliRun remote = CliRun.run(with(args, "--endpoint", url));
                assertThat(local.code()).as(String.join(" ", args)).isZero();
                assertThat(remote.code()).as(String.join(" ", args) + ": " + remote.err()).isZero();
                if (args[0].equals("query") && args[args.length - 1].equals("ttl")) {
                    // the same triples; prefixes and layout are the writer's
                    assertThat(remote.out()).contains("paper:arxiv-2210.10163", "MedCLIP");
                } else {
                    assertThat(remote.out()).as(String.join(" ", args)).isEqualTo(local.out());
                }
            }
            assertThat(CliRun.run("query", "stats", "--endpoint", url).out())
                    .contains("| \"papers\"");
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void aBadOrDeadEndpointIsBadInput() {
        CliRun bad = CliRun.run("query", "stats", "--endpoint", "localhost:8890/sparql");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("not a SPARQL endpoint URL");
        CliRun both =
                CliRun.run(
                        "query", "stats", "--db", "db", "--endpoint", "http://127.0.0.1:9/sparql");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("either --db or --endpoint");
        // port 9 (discard) on loopback: nothing listens there in a test environment
        CliRun dead = CliRun.run("export", "readme", "--endpoint", "http://127.0.0.1:9/sparql");
        assertThat(dead.code()).isEqualTo(2);
        assertThat(dead.err()).contains("http://127.0.0.1:9/sparql").contains("cannot reach");
    }

    private static String[] with(String[] args, String option, Object value) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = option;
        all[args.length + 1] = String.valueOf(value);
        return all;
    }
}
