package org.awesomevlm.kg.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A small list in a temporary git repository, three commits: added, changed, removed. */
class ListHistoryTest {
    static final String X = AV.BASE + "paper/arxiv-2210.10163";
    static final String Y = AV.BASE + "paper/arxiv-2312.06224";
    static final String Z = AV.BASE + "paper/arxiv-2403.02469";

    static final String HEAD = "# History List\n\n## Models\n\n";
    static final String ENTRY_X =
            "- MedCLIP: Contrastive Learning from Unpaired Medical Images and Text."
                    + " [[paper]](https://arxiv.org/abs/2210.10163)\n"
                    + "  - Zifeng Wang, Jimeng Sun.\n"
                    + "  - Key Words: Medical AI.\n\n";
    static final String ENTRY_X2 =
            ENTRY_X.replace("Medical AI.", "Medical AI; Contrastive Learning.");
    static final String ENTRY_Y =
            "- Medical Vision Language Pretraining: A Survey."
                    + " [[paper]](https://arxiv.org/abs/2312.06224)\n"
                    + "  - Prashant Shrestha.\n\n";
    static final String ENTRY_Z =
            "- Vision-Language Models for Medical Report Generation: A Review."
                    + " [[paper]](https://arxiv.org/abs/2403.02469)\n"
                    + "  - Iryna Hartsock.\n\n";

    @TempDir Path tmp;
    Path repo;
    Path list;
    final List<String> commits = new ArrayList<>();

    @BeforeEach
    void threeCommits() throws Exception {
        repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        list = repo.resolve("history-list.md");
        git(null, "init", "-q");
        commit(HEAD + ENTRY_X + ENTRY_Y, "2024-01-10T09:00:00Z", "x and y");
        commit(HEAD + ENTRY_X2 + ENTRY_Y + ENTRY_Z, "2024-02-10T09:00:00Z", "x changed, z added");
        commit(HEAD + ENTRY_X2 + ENTRY_Z, "2024-03-10T09:00:00Z", "y removed");
    }

    private void commit(String text, String date, String msg) throws Exception {
        Files.writeString(list, text);
        git(null, "add", "history-list.md");
        git(date, "commit", "-q", "-m", msg);
        commits.add(git(null, "rev-parse", "HEAD").strip());
    }

    private String git(String date, String... args) throws Exception {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                "git",
                                "-C",
                                repo.toString(),
                                "-c",
                                "user.name=Test",
                                "-c",
                                "user.email=test@example.org",
                                "-c",
                                "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (date != null) {
            pb.environment().put("GIT_AUTHOR_DATE", date);
            pb.environment().put("GIT_COMMITTER_DATE", date);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    private Model events() {
        return new ListHistory().replay(list);
    }

    private static List<String> kinds(Model m, String paper) {
        return m
                .listSubjectsWithProperty(AV.changedPaper, m.createResource(paper))
                .toList()
                .stream()
                .sorted(
                        (a, b) ->
                                a.getProperty(m.createProperty(AV.PROV, "atTime"))
                                        .getString()
                                        .compareTo(
                                                b.getProperty(m.createProperty(AV.PROV, "atTime"))
                                                        .getString()))
                .map(ListHistoryTest::kind)
                .toList();
    }

    private static String kind(Resource change) {
        for (Resource k : List.of(AV.PaperAdded, AV.PaperChanged, AV.PaperRemoved)) {
            if (change.hasProperty(RDF.type, k)) {
                return k.getLocalName() + "@" + change.getProperty(AV.gitCommit).getString();
            }
        }
        return "?";
    }

    @Test
    void eventsSayWhenEachPaperEnteredChangedAndLeft() {
        assertThat(GitLog.history(list).stream().map(GitLog.Revision::commit)).isEqualTo(commits);
        Model m = events();
        String c1 = commits.get(0);
        String c2 = commits.get(1);
        String c3 = commits.get(2);
        assertThat(kinds(m, X)).containsExactly("PaperAdded@" + c1, "PaperChanged@" + c2);
        assertThat(kinds(m, Y)).containsExactly("PaperAdded@" + c1, "PaperRemoved@" + c3);
        assertThat(kinds(m, Z)).containsExactly("PaperAdded@" + c2);
        // Versions chain with prov:wasRevisionOf and carry the commit time.
        Resource v3 = m.createResource(AV.listGraph("history-list") + "/version/" + c3);
        assertThat(v3.getPropertyResourceValue(m.createProperty(AV.PROV, "wasRevisionOf")).getURI())
                .endsWith(c2);
        assertThat(v3.getProperty(m.createProperty(AV.PROV, "generatedAtTime")).getString())
                .isEqualTo("2024-03-10T09:00:00Z");
        // A removed paper keeps its title on the event.
        Resource gone =
                m.createResource(
                        AV.listGraph("history-list") + "/change/" + c3 + "/arxiv-2312.06224");
        assertThat(gone.getProperty(AV.paperTitle).getString())
                .isEqualTo("Medical Vision Language Pretraining: A Survey");
    }

    @Test
    void replayIsDeterministic() {
        assertThat(org.awesomevlm.kg.importer.TurtleOut.toString(events()))
                .isEqualTo(org.awesomevlm.kg.importer.TurtleOut.toString(events()));
    }

    @Test
    void importWithHistoryAnswersNewSinceAndPaperHistory() throws IOException {
        Path data = tmp.resolve("data");
        CommandLine cl = org.awesomevlm.kg.cli.Main.commandLine();
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        int code = cl.execute("import", "--history", list.toString(), "--out", data.toString());
        assertThat(code).isZero();
        assertThat(data.resolve("history-list.ttl")).exists();
        assertThat(data.resolve("history-list.history.ttl")).exists();
        // The import's PROV record names the commit the file is at.
        Model prov = RDFDataMgr.loadModel(data.resolve("history-list.prov.ttl").toString());
        assertThat(prov.listObjectsOfProperty(AV.gitCommit).toList().stream().map(Object::toString))
                .containsExactly(commits.get(2));
        // The list's Turtle is exactly what a plain import makes: history stays apart.
        assertThat(Files.readString(data.resolve("history-list.ttl"))).isEqualTo(plainImport(list));

        Path db = tmp.resolve("db");
        try {
            Loader.load(data, Path.of("ontology"), db);
            Dataset ds = Store.open(db);
            QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));
            QueryRunner runner = new QueryRunner();
            assertThat(
                            papers(
                                    runner.select(
                                            ds,
                                            catalog.get("new-since"),
                                            Map.of("date", "2024-02-01"))))
                    .containsExactly(Z);
            // Y entered in January but left in March: not new.
            assertThat(
                            papers(
                                    runner.select(
                                            ds,
                                            catalog.get("new-since"),
                                            Map.of("date", "2024-01-01"))))
                    .containsExactly(Z, X);
            assertThat(
                            papers(
                                    runner.select(
                                            ds,
                                            catalog.get("new-since"),
                                            Map.of("date", "2024-02-10T09:00:01Z"))))
                    .isEmpty();
            List<QuerySolution> hy =
                    runner.select(ds, catalog.get("paper-history"), Map.of("paper", "2312.06224"));
            assertThat(hy.stream().map(s -> s.getLiteral("event").getString()))
                    .containsExactly("added", "removed");
            assertThat(hy.get(0).getLiteral("at").getString()).isEqualTo("2024-01-10T09:00:00Z");
            List<QuerySolution> hx =
                    runner.select(ds, catalog.get("paper-history"), Map.of("paper", X));
            assertThat(hx.stream().map(s -> s.getLiteral("event").getString()))
                    .containsExactly("added", "changed");
            // Values naming no paper find nothing: none may become an unbound (match-all) pattern.
            for (String v : List.of("", "foo bar", "10.", "2312.0622", "https://w3id.org/")) {
                assertThat(runner.select(ds, catalog.get("paper-history"), Map.of("paper", v)))
                        .as(v)
                        .isEmpty();
            }
        } finally {
            Store.close(db);
        }
    }

    private static List<String> papers(List<QuerySolution> rows) {
        return rows.stream().map(s -> s.getResource("paper").getURI()).toList();
    }

    private static String plainImport(Path list) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new ListImporter().writeTurtle(list, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
