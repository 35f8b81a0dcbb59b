package org.awesomevlm.kg.server;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * Bounds the wait under overload: at most {@code maxActive} requests run at once; the others wait
 * at most {@code maxWait} and then get a 503. Without it, requests beyond Jetty's pool (20 threads
 * in Fuseki main) queue unboundedly outside the query timeout, and clients see socket timeouts or
 * connections closed by the 30 s idle timeout instead of a declared 503 (bench/load/RESULTS.md).
 */
record FMod_Overload(int maxActive, Duration maxWait) implements FusekiModule {
    @Override
    public String name() {
        return "kg-overload";
    }

    @Override
    public void server(FusekiServer server) {
        QoSHandler qos = new QoSHandler();
        qos.setMaxRequestCount(maxActive);
        qos.setMaxSuspend(maxWait);
        server.getJettyServer().insertHandler(qos); // in front of everything Fuseki set up
    }
}
