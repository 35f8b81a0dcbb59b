package org.awesomevlm.kg.server;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** Serves {@code /feed.atom}: the papers newly added to the lists, from their git history. */
final class FMod_Feed implements FusekiModule {
    static final String PATH = "/feed.atom";

    @Override
    public String name() {
        return "kg-feed";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH, new FeedServlet());
    }
}
