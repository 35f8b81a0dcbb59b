package org.awesomevlm.kg.server;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * Bounds the wait under overload: at most {@code maxActive} requests run at once; the others wait
 * at most {@code maxWait} and then get a 503. Without it, requests beyond Jetty's pool (20 threads
 * in Fuseki main) queue unboundedly outside the query timeout, and clients see socket timeouts or
 * connections closed by the 30 s idle timeout instead of a declared 503 (bench/load/RESULTS.md).
 */
final class FMod_Overload implements FusekiModule {
    private final int maxActive;
    private final Duration maxWait;

    FMod_Overload(int maxActive, Duration maxWait) {
        this.maxActive = maxActive;
        this.maxWait = maxWait;
    }

    @Override
    public String name() {
        return "kg-overload";
    }

    @Override
    public void server(FusekiServer server) {
        Server jetty = server.getJettyServer();
        Handler inner = jetty.getHandler();
        QoSHandler qos = new QoSHandler();
        qos.setMaxRequestCount(maxActive);
        qos.setMaxSuspend(maxWait);
        qos.setHandler(inner);
        jetty.setHandler(qos);
    }
}
