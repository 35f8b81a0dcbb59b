package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * data.
 */
public final class HtmlModule implements FusekiModule {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlModule.class);

    private TextSearch search;
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
        search = TextSearch.open(ds, TextIndexFiles.defaultDir(ds));
        TextSearch s = search;
        b.addServlet(
                "",
                new PageServlet((req, links) -> HomePage.render(ds, refs(queries, links), links)));
        b.addServlet(
                "/search",
                new PageServlet(
                        (req, links) -> SearchPage.render(ds, s, req.getParameter("q"), links)));
        b.addServlet("/stats", new PageServlet((req, links) -> StatsPage.render(ds, links)));
        b.addServlet(
                "/query",
                new PageServlet(
                        (req, links) ->
                                QueryPage.render(queries, req.getParameter("name"), links)));
        b.addServlet("/README.md", new ReadmeServlet());
        b.addServlet("/static/*", new StaticServlet());
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        TextSearch s = search;
        builder =
                new Thread(
                        () -> {
                            try {
                                s.build();
                            } catch (RuntimeException e) {
                                LOG.error("Building the text index failed", e);
                            }
                        },
                        "kg-text-index");
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
