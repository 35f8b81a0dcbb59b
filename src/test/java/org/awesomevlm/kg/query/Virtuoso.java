package org.awesomevlm.kg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away Virtuoso open-source instance on loopback, driven by {@code
 * src/test/scripts/virtuoso.sh}: started in a fresh directory, loaded from files, stopped.
 */
final class Virtuoso implements AutoCloseable {
    static final Path SCRIPT = Path.of("src/test/scripts/virtuoso.sh");

    private final Path dir;
    private final int httpPort;
    private Thread hook;
    private boolean running;

    private Virtuoso(Path dir, int httpPort) {
        this.dir = dir;
        this.httpPort = httpPort;
    }

    /** Starts an instance whose database lives in {@code dir} (created; must not exist yet). */
    static Virtuoso start(Path dir) {
        int http = freePort();
        int sql = freePort();
        while (sql == http || sql == http + 1) {
            sql = freePort();
        }
        Virtuoso v = new Virtuoso(dir, http);
        // The hook stops the server even when the test JVM is torn down early.
        v.hook = new Thread(v::close, "virtuoso-stop");
        Runtime.getRuntime().addShutdownHook(v.hook);
        v.running = true;
        try {
            script(180, "start", dir.toString(), String.valueOf(http), String.valueOf(sql));
        } catch (RuntimeException e) {
            v.close();
            throw e;
        }
        return v;
    }

    /** The directory files to load must be in (Virtuoso's DirsAllowed). */
    Path dir() {
        return dir;
    }

    /** Bulk-loads {@code file} (inside {@link #dir}) into the named graph {@code graph}. */
    void load(Path file, String graph) {
        script(120, "load", dir.toString(), file.toString(), graph);
    }

    /** The SPARQL endpoint, restricted to {@code graph} as its default graph. */
    String endpoint(String graph) {
        return "http://127.0.0.1:" + httpPort + "/sparql?default-graph-uri=" + graph;
    }

    @Override
    public synchronized void close() {
        if (running) {
            running = false;
            script(60, "stop", dir.toString());
        }
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: nothing left to do
            }
        }
    }

    private static String script(int seconds, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(
                        String.join(" ", cmd) + ": no answer in " + seconds + " s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
