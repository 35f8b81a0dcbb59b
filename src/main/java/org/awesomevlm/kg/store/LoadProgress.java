package org.awesomevlm.kg.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A progress bar for long loads: share of the bytes parsed, triples, rate and ETA. */
public final class LoadProgress implements AutoCloseable {
    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final AtomicLong bytes = new AtomicLong();
    private volatile long triples;
    private volatile String phase = "loading";
    private long totalBytes;
    private long startNanos;
    private ScheduledExecutorService ticker;
    private boolean shown;
    private boolean closed;

    private LoadProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** No output at all (tests, library use). */
    public static LoadProgress none() {
        return new LoadProgress(null, false);
    }

    /**
     * Progress on {@code out}: redrawn in place every second on a terminal, else one line every ten
     * seconds; nothing for loads that take less than a second.
     */
    public static LoadProgress to(PrintStream out, boolean terminal) {
        return new LoadProgress(out, terminal);
    }

    void start(long totalBytes) {
        this.totalBytes = Math.max(totalBytes, 1);
        this.startNanos = System.nanoTime();
        if (out == null) {
            return;
        }
        ticker =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "kg-load-progress");
                            t.setDaemon(true);
                            return t;
                        });
        long period = terminal ? 1 : 10;
        ticker.scheduleAtFixedRate(this::show, 1, period, TimeUnit.SECONDS);
    }

    void phase(String phase) {
        this.phase = phase;
    }

    /** Called by the parsing thread for each triple. */
    void triple() {
        triples++; // one writer; the ticker reads a possibly stale value, which is fine
    }

    /** {@code in}, counting the bytes read from it. */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytes.addAndGet(n);
                }
                return n;
            }
        };
    }

    /** The current line, e.g. {@code loading 42% [########## ] 1,234,567 triples ...}. */
    String line() {
        double secs = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
        double done = Math.min(1.0, bytes.get() / (double) totalBytes);
        long n = triples;
        int filled = (int) Math.round(done * WIDTH);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s %3.0f%% [", phase, done * 100))
                .append("#".repeat(filled))
                .append(" ".repeat(WIDTH - filled))
                .append(
                        String.format(
                                Locale.ROOT,
                                "] %,d triples, %,.0f triples/s, %s elapsed",
                                n,
                                n / secs,
                                clock(secs)));
        if (done > 0.001 && done < 1.0) {
            sb.append(", ETA ").append(clock(secs * (1 - done) / done));
        }
        return sb.toString();
    }

    private synchronized void show() {
        if (closed) {
            return;
        }
        String line = line();
        if (terminal) {
            out.print("\r" + line + "\033[K");
        } else {
            out.println(line);
        }
        out.flush();
        shown = true;
    }

    static String clock(double secs) {
        long s = Math.round(secs);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Stops the ticker; ends the in-place line so that the next output starts afresh. */
    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (shown && terminal) {
            out.println();
            out.flush();
        }
    }
}
