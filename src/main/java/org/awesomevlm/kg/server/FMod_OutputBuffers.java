package org.awesomevlm.kg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Pools Jetty's response buffers. Fuseki 5.6.0 configures a 5 MB output buffer per response but
 * leaves Jetty's default buffer pool in place, which keeps nothing over 64 KB: every response
 * written through the servlet stream allocated and zeroed a fresh 5 MB direct buffer, and every
 * ~200 responses direct memory (capped at the heap size) ran out and {@code java.nio.Bits} called
 * {@code System.gc()}, a full GC of 30-90 ms, several times a second under load
 * (bench/http/README.md; fixed in Jena after 5.6.0, apache/jena#4084). This module rebuilds each
 * connector, not yet started, with the same settings and connection factories on a pool whose
 * largest buffer is the configured output buffer size, so the buffers are reused and Fuseki's
 * configuration is otherwise kept as it is.
 */
final class FMod_OutputBuffers implements FusekiModule {
    @Override
    public String name() {
        return "kg-output-buffers";
    }

    @Override
    public void server(FusekiServer server) {
        Server jetty = server.getJettyServer();
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector old && !old.isStarted()) {
                jetty.removeConnector(old);
                jetty.addConnector(pooled(jetty, old));
            }
        }
    }

    /** A connector like {@code old} on a pool that keeps buffers up to its output buffer size. */
    static ServerConnector pooled(Server jetty, ServerConnector old) {
        int largest = 0;
        for (ConnectionFactory f : old.getConnectionFactories()) {
            if (f instanceof HttpConnectionFactory http) {
                HttpConfiguration config = http.getHttpConfiguration();
                largest = Math.max(largest, config.getOutputBufferSize());
            }
        }
        // minimum and bucket step as Jetty's default pool; retained memory bounded by Jetty's
        // heuristic (a fraction of the maximum heap), as by the default pool
        ByteBufferPool pool = new ArrayByteBufferPool(0, -1, Math.max(largest, 1 << 16));
        ServerConnector c =
                new ServerConnector(
                        jetty,
                        null, // the server's thread pool and scheduler, as before
                        null,
                        pool,
                        old.getAcceptors(),
                        old.getSelectorManager().getSelectorCount(),
                        old.getConnectionFactories().toArray(ConnectionFactory[]::new));
        c.setHost(old.getHost());
        c.setPort(old.getPort());
        c.setName(old.getName());
        c.setIdleTimeout(old.getIdleTimeout());
        c.setShutdownIdleTimeout(old.getShutdownIdleTimeout());
        c.setAcceptQueueSize(old.getAcceptQueueSize());
        c.setReuseAddress(old.getReuseAddress());
        c.setReusePort(old.isReusePort());
        c.setAcceptedTcpNoDelay(old.getAcceptedTcpNoDelay());
        c.setAcceptedReceiveBufferSize(old.getAcceptedReceiveBufferSize());
        c.setAcceptedSendBufferSize(old.getAcceptedSendBufferSize());
        c.setInheritChannel(old.isInheritChannel());
        c.setDefaultProtocol(old.getDefaultProtocol());
        return c;
    }
}
