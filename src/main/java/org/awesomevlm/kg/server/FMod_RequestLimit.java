package org.awesomevlm.kg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/** Caps request bodies: Jetty answers 413 to a body larger than the configured limit. */
record FMod_RequestLimit(long maxRequestBytes) implements FusekiModule {
    @Override
    public String name() {
        return "kg-request-limit";
    }

    @Override
    public void server(FusekiServer server) {
        // in front of everything Fuseki set up
        server.getJettyServer().insertHandler(new SizeLimitHandler(maxRequestBytes, -1));
    }
}
