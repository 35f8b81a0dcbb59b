package org.awesomevlm.kg.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * A stand-in SPARQL endpoint on loopback that records the query text of each request and answers
 * with an empty result (or, when told, an HTTP error or nothing for a while).
 */
final class RecordingEndpoint implements AutoCloseable {
    final List<String> queries = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    volatile int status = 200;
    volatile long delayMillis;

    RecordingEndpoint() {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/sparql", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sparql";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String params =
                    "POST".equals(ex.getRequestMethod())
                            ? new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                            : ex.getRequestURI().getRawQuery();
            String text = null;
            for (String kv : params == null ? new String[0] : params.split("&")) {
                if (kv.startsWith("query=")) {
                    text = URLDecoder.decode(kv.substring(6), StandardCharsets.UTF_8);
                }
            }
            queries.add(String.valueOf(text));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (status != 200) {
                reply(
                        ex,
                        status,
                        "text/plain",
                        "Virtuoso 37000 Error SP030: SPARQL compiler, boom");
                return;
            }
            Query q = QueryFactory.create(text);
            if (q.isAskType()) {
                reply(
                        ex,
                        200,
                        "application/sparql-results+json",
                        "{\"head\":{},\"boolean\":false}");
            } else if (q.isSelectType()) {
                reply(
                        ex,
                        200,
                        "application/sparql-results+json",
                        "{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}");
            } else {
                reply(ex, 200, "application/n-triples", "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange ex, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
