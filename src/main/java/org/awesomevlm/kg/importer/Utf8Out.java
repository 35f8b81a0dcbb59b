package org.awesomevlm.kg.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * UTF-8 bytes into a buffer over a stream, with the escapes of Turtle's quoted strings exactly as
 * Jena's writers apply them ({@code EscapeStr.stringEsc}), so that the importer's Turtle can be
 * written without a {@code Writer}, a charset encoder or a copy per term. An unpaired surrogate is
 * written as {@code ?}, as Java's UTF-8 encoder does.
 */
final class Utf8Out {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;

    Utf8Out(OutputStream out) {
        this.out = out;
    }

    void ascii(char c) {
        if (n == buf.length) {
            drain();
        }
        buf[n++] = (byte) c;
    }

    void bytes(byte[] b) {
        if (b.length > buf.length - n) {
            drain();
            if (b.length > buf.length) {
                write(b, 0, b.length);
                return;
            }
        }
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    /** Characters {@code [from, to)} of {@code s}, none of them outside ASCII. */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exact for ASCII
    void ascii(String s, int from, int to) {
        int len = to - from;
        if (len > buf.length - n) {
            drain();
            if (len > buf.length) {
                for (int i = from; i < to; i++) {
                    ascii(s.charAt(i));
                }
                return;
            }
        }
        s.getBytes(from, to, buf, n);
        n += len;
    }

    void ascii(String s) {
        ascii(s, 0, s.length());
    }

    /** {@code s} in UTF-8, unescaped. */
    void text(String s) {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                ascii(c);
            } else {
                i = wide(s, i, c);
            }
        }
    }

    /**
     * The body of a quoted string ({@code quote} is the delimiter, not written), escaped as Jena
     * does: on one line {@code \\}, the quote, LF, TAB, CR and FF are escaped; in a triple-quoted
     * (multi-line) string only {@code \\}, every third quote in a row and a final quote.
     */
    void escaped(String s, char quote, boolean singleLine) {
        int len = s.length();
        int quotesInARow = 0;
        int i = 0;
        boolean[] plain = PLAIN[(quote == '"' ? 0 : 1) + (singleLine ? 0 : 2)];
        while (i < len) {
            int run = i;
            for (char c; i < len && (c = s.charAt(i)) < 0x80 && plain[c]; ) {
                i++;
            }
            if (i > run) {
                ascii(s, run, i); // most of a text: copied as it is
                quotesInARow = 0;
                if (i == len) {
                    break;
                }
            }
            char c = s.charAt(i);
            if (c == '\\') {
                // Jena's order: a backslash neither counts as nor resets a run of quotes
                ascii('\\');
                ascii('\\');
                i++;
                continue;
            }
            if (!singleLine) {
                if (c == quote) {
                    quotesInARow++;
                    if (quotesInARow == 3 || i == len - 1) {
                        ascii('\\');
                        ascii(quote);
                        quotesInARow = 0;
                        i++;
                        continue;
                    }
                } else {
                    quotesInARow = 0;
                }
            } else {
                if (c == quote) {
                    ascii('\\');
                    ascii(c);
                    i++;
                    continue;
                }
                char e =
                        switch (c) {
                            case '\n' -> 'n';
                            case '\t' -> 't';
                            case '\r' -> 'r';
                            case '\f' -> 'f';
                            default -> 0;
                        };
                if (e != 0) {
                    ascii('\\');
                    ascii(e);
                    i++;
                    continue;
                }
            }
            if (c < 0x80) {
                ascii(c);
            } else if (c == '\uFFFD') {
                ascii("\\uFFFD"); // as Jena: a raw replacement character reads as a warning
            } else {
                i = wide(s, i, c);
            }
            i++;
        }
    }

    /** An ASCII character written as it is (and that ends a run of quotes). */
    private static boolean plain(char c, char quote, boolean singleLine) {
        return c < 0x80
                && c != '\\'
                && c != quote
                && (!singleLine || !(c == '\n' || c == '\t' || c == '\r' || c == '\f'));
    }

    /** {@link #plain} as tables: quote '"' or '\'', on one line or several. */
    private static final boolean[][] PLAIN = new boolean[4][0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            PLAIN[0][c] = plain(c, '"', true);
            PLAIN[1][c] = plain(c, '\'', true);
            PLAIN[2][c] = plain(c, '"', false);
            PLAIN[3][c] = plain(c, '\'', false);
        }
    }

    /** Writes the non-ASCII char at {@code i}; returns the index of the last char used. */
    private int wide(String s, int i, char c) {
        if (buf.length - n < 4) {
            drain();
        }
        if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | (c >> 6));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            char d = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (!Character.isLowSurrogate(d)) {
                buf[n++] = '?';
                return i;
            }
            int cp = Character.toCodePoint(c, d);
            buf[n++] = (byte) (0xF0 | (cp >> 18));
            buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[n++] = (byte) (0x80 | (cp & 0x3F));
            return i + 1;
        } else if (Character.isLowSurrogate(c)) {
            buf[n++] = '?';
        } else {
            buf[n++] = (byte) (0xE0 | (c >> 12));
            buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        }
        return i;
    }

    /** Bytes made elsewhere, after what is buffered. */
    void bytes(ByteArrayOutputStream b) {
        drain();
        try {
            b.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes what is buffered and flushes the stream. */
    void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain() {
        write(buf, 0, n);
        n = 0;
    }

    private void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
