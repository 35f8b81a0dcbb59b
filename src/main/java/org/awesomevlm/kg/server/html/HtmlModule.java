package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.server.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTML user interface as a Fuseki module: {@code /} (home), {@code /search}, {@code /stats},
 * {@code /query}, {@code /README.md} and {@code /static/*}. Resource pages ({@code /paper/...})
 * come from {@link Pages#resourcePage} through the server's linked-data negotiation.
 *
 * <p>The dataset, public base and canned queries come from {@link ServerSettings} (a builder
 * attribute). The full-text index is built in the background when the server starts, on disk in
 * {@code <tdb2 database>/text/} (rebuilt only when the database changed) or in memory for in-memory
 * data; then the home and stats pages are rendered into a {@link PageCache} (kept until the
 * database changes). {@code KgServer} adds this module when it is on the class path.
 */
public final class HtmlModule implements FusekiModule {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlModule.class);

    private TextSearch search;
    private Runnable warmUp;
    private Thread builder;

    public HtmlModule() {}

    @Override
    public String name() {
        return "kg-html";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        ServerSettings settings = ServerSettings.of(b);
        Dataset ds = settings.dataset();
        List<CannedQuery> queries = List.copyOf(settings.queries());
        TextSearch s = TextSearch.open(ds, TextIndexFiles.defaultDir(ds));
        PageCache cache = new PageCache(ds);
        Links deferred = new Links(PageCache.BASE_MARKER);
        search = s;
        Supplier<String> home = () -> HomePage.render(ds, refs(queries, deferred), deferred);
        Supplier<String> stats = () -> StatsPage.render(ds, deferred);
        warmUp =
                () -> {
                    cache.warm("home", home);
                    cache.warm("stats", stats);
                };
        b.addServlet("", new PageServlet((req, base) -> cache.get("home", home, base)));
        b.addServlet(
                "/search",
                new PageServlet(
                        (req, base) ->
                                SearchPage.render(ds, s, req.getParameter("q"), new Links(base))));
        b.addServlet("/stats", new PageServlet((req, base) -> cache.get("stats", stats, base)));
        b.addServlet(
                "/query",
                new PageServlet(
                        (req, base) ->
                                QueryPage.render(
                                        queries, req.getParameter("name"), new Links(base))));
        b.addServlet("/README.md", new ReadmeServlet());
        b.addServlet("/static/*", new StaticServlet());
    }

    /** Builds the text index, then the cached pages, in the background: start-up stays quick. */
    @Override
    public void serverBeforeStarting(FusekiServer server) {
        TextSearch s = search;
        Runnable warm = warmUp;
        builder =
                new Thread(
                        () -> {
                            try {
                                s.build();
                                warm.run();
                            } catch (RuntimeException e) {
                                LOG.error("Preparing the HTML pages failed", e);
                            }
                        },
                        "kg-html-warm-up");
        builder.setDaemon(true);
        builder.start();
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (search != null) {
            search.cancel();
        }
        try {
            if (builder != null) {
                builder.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (search != null) {
            search.close();
        }
    }

    private static List<Ref> refs(List<CannedQuery> queries, Links links) {
        List<Ref> out = new ArrayList<>();
        for (CannedQuery q : queries) {
            out.add(new Ref(q.name(), links.path("/api/" + q.name()), q.summary()));
        }
        return out;
    }
}
