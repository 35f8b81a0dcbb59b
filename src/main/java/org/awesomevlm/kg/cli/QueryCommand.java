package org.awesomevlm.kg.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryParam;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.query.ResultFormat;
import org.awesomevlm.kg.query.SparqlTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kg query NAME|FILE.rq}: runs a canned or ad-hoc SPARQL query on the database or a SPARQL
 * endpoint.
 */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a canned query from queries/ (or an ad-hoc .rq file) on the database.",
            "Parameters are bound into the parsed query as typed RDF terms.",
            "Examples:",
            "  kg query --list",
            "  kg query papers --format csv",
            "  kg query papers-by-author --param author=\"Zifeng Wang\"",
            "  kg query stats --endpoint http://localhost:8890/sparql"
        })
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin DbOptions dbOptions;

    @Mixin TargetOptions remote;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "NAME",
            description = "A canned query name (see --list) or a path to a .rq file.")
    String name;

    @Option(
            names = {"-p", "--param"},
            paramLabel = "NAME=VALUE",
            description = "A query parameter; repeat for several.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description =
                    "text (default), csv, tsv, json, xml; for CONSTRUCT/DESCRIBE: text, ttl,"
                            + " json (JSON-LD), xml (RDF/XML).")
    String format;

    @Option(names = "--list", description = "List the canned queries and their parameters.")
    boolean list;

    @Option(
            names = "--queries",
            paramLabel = "DIR",
            description = "Directory of canned queries (default: queries/).")
    Path queriesDir;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Cancel the query after this many seconds (default: none).")
    Double timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalog catalog = QueryCatalog.load(queriesDir != null ? queriesDir : Home.queries());
        if (list) {
            list(catalog, out);
            return ExitCode.OK.code();
        }
        if (name == null) {
            throw new KgException((String) null, 0, "name a query (kg query --list shows them)");
        }
        CannedQuery query = catalog.resolve(name);
        ResultFormat fmt = ResultFormat.of(format);
        query.bind(params); // reject bad parameters before touching the database
        SparqlTarget target = remote.target(dbOptions);
        Duration timeout =
                timeoutSeconds == null ? null : Duration.ofMillis((long) (timeoutSeconds * 1000));
        // Jena writes bytes; picocli's out is a Writer (tests capture it). Not closed: it is
        // stdout.
        OutputStream os =
                WriterOutputStream.builder()
                        .setWriter(out)
                        .setCharset(StandardCharsets.UTF_8)
                        .get();
        new QueryRunner(timeout).write(target, query, params, fmt, os);
        os.flush();
        out.flush();
        return ExitCode.OK.code();
    }

    private static void list(QueryCatalog catalog, PrintWriter out) {
        int width = catalog.all().stream().mapToInt(q -> q.name().length()).max().orElse(0);
        for (CannedQuery q : catalog.all()) {
            out.printf("%-" + width + "s  %s%n", q.name(), q.summary());
            for (QueryParam p : q.params()) {
                out.printf(
                        "%-" + width + "s    --param %s=<%s>%s%s%n",
                        "",
                        p.name(),
                        p.type().suffix(),
                        p.mandatory()
                                ? ""
                                : p.defaultValue() != null
                                        ? " (default " + p.defaultValue() + ")"
                                        : " (optional)",
                        p.description().isEmpty() ? "" : "  " + p.description());
            }
        }
        out.flush();
    }
}
