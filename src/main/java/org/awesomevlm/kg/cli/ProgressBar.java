package org.awesomevlm.kg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * A one-line progress bar on stderr for long runs: percent, MB/s and ETA, redrawn at most five
 * times a second. Shown when asked ({@code --progress}) or when the console is a terminal.
 */
final class ProgressBar implements DoubleConsumer {
    private static final long REDRAW_NS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long bytes;
    private final long start = System.nanoTime();
    private long last;
    private boolean drawn;

    ProgressBar(PrintWriter err, String label, long bytes) {
        this.err = err;
        this.label = label;
        this.bytes = bytes;
    }

    /** Whether to show bars when not asked: only on an interactive terminal. */
    static boolean auto() {
        return System.console() != null;
    }

    @Override
    public void accept(double done) {
        long now = System.nanoTime();
        if (drawn && now - last < REDRAW_NS) {
            return;
        }
        last = now;
        draw(Math.max(0, Math.min(1, done)), now);
    }

    /** Draws the full bar and ends its line. */
    void finish() {
        if (drawn) {
            draw(1, System.nanoTime());
            err.println();
            err.flush();
        }
    }

    private void draw(double done, long now) {
        double seconds = (now - start) / 1e9;
        double mbps = seconds > 0 ? done * bytes / 1e6 / seconds : 0;
        long eta = done > 0 ? Math.round(seconds * (1 - done) / done) : -1;
        int filled = (int) Math.round(done * WIDTH);
        err.print(
                String.format(
                        Locale.ROOT,
                        "\r%s [%s%s] %3d%% %6.1f MB/s ETA %s ",
                        label,
                        "#".repeat(filled),
                        " ".repeat(WIDTH - filled),
                        Math.round(done * 100),
                        mbps,
                        eta < 0 ? "--:--" : String.format("%d:%02d", eta / 60, eta % 60)));
        err.flush();
        drawn = true;
    }
}
