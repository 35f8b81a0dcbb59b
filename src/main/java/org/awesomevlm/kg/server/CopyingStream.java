package org.awesomevlm.kg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on and keeps a copy of them while they fit in {@code limit} (for the cache). */
final class CopyingStream extends OutputStream {
    private final OutputStream out;
    private final long limit;
    private ByteArrayOutputStream copy;

    CopyingStream(OutputStream out, long limit) {
        this.out = out;
        this.limit = limit;
        this.copy = limit > 0 ? new ByteArrayOutputStream(4096) : null;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        if (copy != null) {
            copy.write(b);
            check();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        if (copy != null) {
            copy.write(b, off, len);
            check();
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private void check() {
        if (copy.size() > limit) copy = null; // too big to cache: stop copying
    }

    /** Everything written, or null when it outgrew the limit. */
    byte[] copied() {
        return copy == null ? null : copy.toByteArray();
    }
}
