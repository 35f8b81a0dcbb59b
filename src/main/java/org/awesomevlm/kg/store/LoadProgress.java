package org.awesomevlm.kg.store;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.awesomevlm.kg.ProgressBar;

/**
 * The load's handle on the shared {@link ProgressBar}: the calls the loader makes (start, phase, a
 * triple, a counted input stream, close), with "loading" as the first phase.
 */
public final class LoadProgress implements AutoCloseable {
    private final ProgressBar bar;

    private LoadProgress(ProgressBar bar) {
        this.bar = bar;
        bar.phase("loading");
    }

    /** No output at all (tests, library use). */
    public static LoadProgress none() {
        return new LoadProgress(ProgressBar.none());
    }

    /** Progress on {@code out}, in place on a terminal, else a line every ten seconds. */
    public static LoadProgress to(PrintStream out, boolean terminal) {
        return new LoadProgress(ProgressBar.to(new PrintWriter(out), "", terminal));
    }

    void start(long totalBytes) {
        bar.start(totalBytes);
    }

    void phase(String phase) {
        bar.phase(phase);
    }

    /** Called by the parsing thread for each triple. */
    void triple() {
        bar.triple();
    }

    /** {@code in}, counting the bytes read from it. */
    InputStream counting(InputStream in) {
        return bar.counting(in);
    }

    String line() {
        return bar.line();
    }

    @Override
    public void close() {
        bar.close();
    }
}
