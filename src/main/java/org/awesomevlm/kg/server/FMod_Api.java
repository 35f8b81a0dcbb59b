package org.awesomevlm.kg.server;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** The canned-query HTTP API under {@code /api} (see {@link ApiServlet}). */
final class FMod_Api implements FusekiModule {
    @Override
    public String name() {
        return "kg-api";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        ApiServlet api = new ApiServlet();
        builder.addServlet("/api", api);
        builder.addServlet("/api/*", api);
        ResponseCacheFilter cache = new ResponseCacheFilter();
        builder.addFilter("/api", cache);
        builder.addFilter("/api/*", cache);
    }
}
