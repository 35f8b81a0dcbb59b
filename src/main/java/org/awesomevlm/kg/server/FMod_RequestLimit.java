package org.awesomevlm.kg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/** Caps request bodies: Jetty answers 413 to a body larger than the configured limit. */
final class FMod_RequestLimit implements FusekiModule {
    private final long maxRequestBytes;

    FMod_RequestLimit(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public String name() {
        return "kg-request-limit";
    }

    @Override
    public void server(FusekiServer server) {
        Server jetty = server.getJettyServer();
        Handler inner = jetty.getHandler();
        SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
        limit.setHandler(inner);
        jetty.setHandler(limit);
    }
}
