package org.awesomevlm.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.awesomevlm.kg.server.RdfOutput.Format;

/**
 * Linked data: the minted IRIs' paths ({@code /paper/...}, {@code /person/...}, ...), the ontology,
 * the VoID description and the dumps.
 */
final class FMod_LinkedData implements FusekiModule {
    /** First path segments of the IRIs the graph mints (ontology/MODEL.md). */
    static final List<String> KINDS =
            List.of(
                    "paper",
                    "person",
                    "list",
                    "entry",
                    "section",
                    "block",
                    "keyword",
                    "modality",
                    "dataset",
                    "model",
                    "scheme");

    @Override
    public String name() {
        return "kg-linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        LinkedDataServlet ld = new LinkedDataServlet();
        for (String kind : KINDS) builder.addServlet("/" + kind + "/*", ld);
        builder.addServlet("/ontology", ld);
        for (Format f : Format.values()) builder.addServlet("/ontology." + f.suffix, ld);
        builder.addServlet("/ontology." + LinkedDataServlet.HTML_SUFFIX, ld);
        ResponseCacheFilter cache = new ResponseCacheFilter();
        for (String kind : KINDS) builder.addFilter("/" + kind + "/*", cache);
        builder.addFilter("/ontology", cache);
        for (Format f : Format.values()) builder.addFilter("/ontology." + f.suffix, cache);
        builder.addFilter("/ontology." + LinkedDataServlet.HTML_SUFFIX, cache);
        builder.addServlet("/" + VoidDescription.PATH, new VoidServlet());
        builder.addServlet("/dump.ttl", new DumpServlet(Format.TURTLE));
        builder.addServlet("/dump.nt", new DumpServlet(Format.NTRIPLES));
        builder.addServlet("/dump.jsonld", new DumpServlet(Format.JSONLD));
    }

    /**
     * {@code /.well-known/void}, in the RDF format the client asks for. A read-only server's data
     * cannot change, so its figures are computed once.
     */
    static final class VoidServlet extends HttpServlet {
        private final AtomicReference<VoidDescription.Stats> cached = new AtomicReference<>();

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ServerSettings settings = ServerSettings.of(getServletContext());
            VoidDescription.Stats stats = cached.get();
            if (stats == null) {
                try {
                    stats =
                            VoidDescription.stats(
                                    settings.dataset(), FMod_Sparql.queryContext(settings));
                } catch (QueryCancelledException e) {
                    Errors.send(
                            resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
                    return;
                }
                if (!settings.updatable()) cached.set(stats);
            }
            RdfOutput.send(req, resp, VoidDescription.of(stats, settings.publicBase(req)), null);
        }
    }
}
