package org.awesomevlm.kg;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress bar of long runs ({@code kg import}, {@code kg load}): the share of the input's
 * bytes read, MB/s, the triples and their rate when counted, the time elapsed and an ETA, after a
 * phase label.
 *
 * <p>Fed by byte counts ({@link #read}, {@link #counting}) and optionally {@link #triple}; a timer
 * draws it so that slow phases without input still show the time passing. On a terminal it is
 * redrawn in place every second and, if it was shown at all, drawn a last time at {@link #close};
 * runs shorter than a second show nothing. Elsewhere (a log file) it prints a line every ten
 * seconds and always a last line at close.
 *
 * <pre>{@code
 * try (ProgressBar bar = ProgressBar.to(err, "importing", ProgressBar.terminal())) {
 *     bar.start(Files.size(file));
 *     ... bar.read(bytesSoFar) ...
 * }
 * }</pre>
 */
public final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 24;

    private final PrintWriter out;
    private final boolean terminal;
    private final AtomicLong bytes = new AtomicLong();
    private volatile long triples;
    private volatile String phase;
    private volatile long totalBytes = 1;
    private volatile long startNanos = System.nanoTime();
    private ScheduledExecutorService ticker;
    private boolean shown;
    private boolean closed;

    private ProgressBar(PrintWriter out, String phase, boolean terminal) {
        this.out = out;
        this.phase = phase;
        this.terminal = terminal;
    }

    /** A bar that prints nothing (tests, library use, not asked for). */
    public static ProgressBar none() {
        return new ProgressBar(null, "", false);
    }

    /** A bar on {@code out}, drawn in place when {@code terminal}, else as lines (a log file). */
    public static ProgressBar to(PrintWriter out, String phase, boolean terminal) {
        return new ProgressBar(out, phase, terminal);
    }

    /** Whether the console is an interactive terminal (null in pipes and tests). */
    public static boolean terminal() {
        return System.console() != null;
    }

    /** Starts the clock and the timer for an input of {@code totalBytes}. */
    public void start(long totalBytes) {
        this.totalBytes = Math.max(totalBytes, 1);
        this.startNanos = System.nanoTime();
        if (out == null) {
            return;
        }
        synchronized (this) {
            ticker =
                    Executors.newSingleThreadScheduledExecutor(
                            r -> {
                                Thread t = new Thread(r, "kg-progress");
                                t.setDaemon(true);
                                return t;
                            });
            long period = terminal ? 1 : 10;
            ticker.scheduleAtFixedRate(this::tick, 1, period, TimeUnit.SECONDS);
        }
    }

    /** What the run is doing now, the label at the start of the line. */
    public void phase(String phase) {
        this.phase = phase;
    }

    /** The bytes of the input read so far (all of them, not an increment). */
    public void read(long bytesSoFar) {
        bytes.set(bytesSoFar);
    }

    /** Counts one triple; called by one thread (the parser). */
    public void triple() {
        triples++; // one writer; the timer reads a possibly stale value, which is fine
    }

    /** {@code in}, adding the bytes read from it to the count. */
    public InputStream counting(InputStream in) {
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

    /**
     * The current line, e.g. {@code loading 42% [########## ] 3.1 MB/s, 1,234,567 triples, 50,123
     * triples/s, 0:25 elapsed, ETA 0:34}.
     */
    public String line() {
        double secs = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
        long read = bytes.get();
        double done = Math.min(1.0, read / (double) totalBytes);
        long n = triples;
        int filled = (int) Math.round(done * WIDTH);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s %3.0f%% [", phase, done * 100))
                .append("#".repeat(filled))
                .append(" ".repeat(WIDTH - filled))
                .append(String.format(Locale.ROOT, "] %.1f MB/s", read / 1e6 / secs));
        if (n > 0) {
            sb.append(String.format(Locale.ROOT, ", %,d triples, %,.0f triples/s", n, n / secs));
        }
        sb.append(", ").append(clock(secs)).append(" elapsed");
        if (done > 0.001 && done < 1.0) {
            sb.append(", ETA ").append(clock(secs * (1 - done) / done));
        }
        return sb.toString();
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String clock(double secs) {
        long s = Math.round(secs);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private synchronized void tick() {
        if (!closed) {
            draw();
        }
    }

    private void draw() {
        if (terminal) {
            out.print("\r" + line() + "\033[K");
        } else {
            out.println(line());
        }
        out.flush();
        shown = true;
    }

    /**
     * Stops the timer and draws the last state: on a terminal only if the bar was shown (and then
     * ends its line so that the next output starts afresh), elsewhere always.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (out != null && (shown || !terminal)) {
            draw();
            if (terminal) {
                out.println();
                out.flush();
            }
        }
    }
}
