package org.awesomevlm.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.importer.ImportSummary;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleStream;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.server.KgServer;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg serve}: serves the database over HTTP (SPARQL, canned-query API, linked data). */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the knowledge graph: SPARQL (/sparql), Graph Store Protocol (/data), canned"
                    + " queries (/api), linked data (/paper/..., /person/...), VoID"
                    + " (/.well-known/void) and dumps (/dump.ttl, /dump.nt, /dump.jsonld).",
            "Read-only unless --update is given with --password-file.",
            "An empty or missing database is first loaded from data/."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DbOptions db;

    @Option(
            names = "--port",
            defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--base",
            paramLabel = "URL",
            description =
                    "Public URL of the server, used in links and headers (default: the URL"
                            + " each request was sent to).")
    String base;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "10",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(
            names = "--update",
            description =
                    "Turn on SPARQL Update (/update), GSP writes (/data) and backups (POST /$/backup)"
                            + " for the users of --password-file.")
    boolean update;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description =
                    "Users allowed to write, in Jetty's realm format: one 'user: password' per"
                            + " line (password may be OBF:, MD5: or CRYPT:). HTTP Basic"
                            + " authentication.")
    Path passwordFile;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(
            names = "--cache-mb",
            paramLabel = "MB",
            defaultValue = "64",
            description =
                    "Memory for finished pages, API results and resource descriptions, kept until"
                            + " the database changes; 0 turns the cache off (default:"
                            + " ${DEFAULT-VALUE}).")
    long cacheMb;

    @Override
    public Integer call() {
        if (update != (passwordFile != null))
            throw new KgException((String) null, 0, "--update and --password-file go together");
        if (timeoutSeconds <= 0)
            throw new KgException((String) null, 0, "--timeout must be positive");
        if (cacheMb < 0) throw new KgException((String) null, 0, "--cache-mb must not be negative");
        Path dbDir = db.db();
        Dataset dataset = Store.open(dbDir);
        PrintWriter out = spec.commandLine().getOut();
        if (Store.isEmpty(dataset)) {
            importMissingTurtle(Home.data(), out);
            out.println("Database " + dbDir + " is empty: loading " + Home.data());
            out.println(Loader.load(Home.data(), Home.ontology(), dbDir).summary(dbDir.toString()));
        }
        KgServer server =
                KgServer.builder()
                        .dataset(dataset)
                        .port(port)
                        .base(base)
                        .timeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                        .update(update ? passwordFile : null)
                        .localhostOnly(localhost)
                        .cacheBytes(cacheMb << 20)
                        .catalog(
                                Files.isDirectory(Home.queries())
                                        ? QueryCatalog.load(Home.queries())
                                        : null)
                        .build()
                        .start();
        String url = base != null ? (base.endsWith("/") ? base : base + "/") : server.localUrl();
        out.println("Serving " + dbDir + (update ? " (writes on, authenticated)" : " (read-only)"));
        if (base != null) out.println("  Listening on " + server.localUrl());
        for (String line : endpoints(url, update)) out.println("  " + line);
        out.flush();
        server.join();
        return ExitCode.OK.code();
    }

    static List<String> endpoints(String url, boolean update) {
        List<String> lines =
                new java.util.ArrayList<>(
                        List.of(
                                "Home         " + url,
                                "SPARQL       " + url + "sparql",
                                "Graph store  " + url + "data",
                                "Canned API   "
                                        + url
                                        + "api  (OpenAPI: "
                                        + url
                                        + "api/openapi.json)",
                                "Linked data  "
                                        + url
                                        + "paper/..., "
                                        + url
                                        + "person/..., "
                                        + url
                                        + "ontology",
                                "VoID         " + url + ".well-known/void",
                                "Dumps        "
                                        + url
                                        + "dump.ttl, "
                                        + url
                                        + "dump.nt, "
                                        + url
                                        + "dump.jsonld"));
        if (update) {
            lines.add("Update       " + url + "update");
            lines.add("Backup       " + url + "$/backup  (POST: gzipped N-Quads)");
        }
        return lines;
    }

    /**
     * A fresh clone has the Markdown list but no Turtle yet: import each {@code data/*.md} that has
     * no {@code .ttl} beside it, as {@code kg import} would, so the load has data to load.
     */
    private static void importMissingTurtle(Path dataDir, PrintWriter out) {
        if (!Files.isDirectory(dataDir)) return;
        List<Path> lists;
        try (Stream<Path> files = Files.list(dataDir)) {
            lists = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new KgException(
                    dataDir.toString(), 0, "cannot list directory: " + e.getMessage(), e);
        }
        for (Path md : lists) {
            String name = md.getFileName().toString();
            Path ttl = dataDir.resolve(ListImporter.slugOf(name) + ".ttl");
            if (Files.exists(ttl)) continue;
            ImportSummary result = TurtleStream.writeAtomically(new ListImporter(), md, ttl);
            out.printf(
                    "imported %s: %d papers, %d people, %d triples%n",
                    md, result.papers(), result.people(), result.triples());
        }
    }
}
