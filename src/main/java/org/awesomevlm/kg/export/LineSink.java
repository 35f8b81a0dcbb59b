package org.awesomevlm.kg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes lines to a Writer as they come; the line break after the last line is written only at the
 * {@link #end}, so a file without a final newline comes out without one.
 */
final class LineSink {
    private final Writer out;
    private boolean open;

    LineSink(Writer out) {
        this.out = out;
    }

    /** Writes text that may hold several lines. */
    void text(String text) {
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            line(text.substring(start, nl));
            start = nl + 1;
        }
        line(text.substring(start));
    }

    void line(String line) {
        try {
            if (open) {
                out.write('\n');
            }
            out.write(line);
            open = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void blank() {
        line("");
    }

    void end(boolean finalNewline) {
        try {
            if (open && finalNewline) {
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
