package org.awesomevlm.kg.importer;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.awesomevlm.kg.KgException;

/**
 * A first pass over the source before anything is imported, so that bad input fails before any
 * output and in the same order as a whole-file read would: not UTF-8 (line and byte offset), empty,
 * NUL. It also notes whether {@code ]:} occurs: a link reference definition is resolved by
 * commonmark across the whole document, so such a text is parsed in one piece.
 */
final class SourceCheck {
    private final String file;
    private long line = 1;
    private boolean pendingCr;
    private boolean text; // a character that is not white space
    private long nulLine;
    private boolean references;
    private char prev;

    private SourceCheck(String file) {
        this.file = file;
    }

    boolean references() {
        return references;
    }

    static SourceCheck of(String file, String markdown) {
        SourceCheck c = new SourceCheck(file);
        c.scan(CharBuffer.wrap(markdown));
        c.verdict();
        return c;
    }

    /**
     * Checks a file's bytes in one pass without decoding them: UTF-8 validated as Java's strict
     * decoder does (the error names the first byte of the malformed sequence), lines counted as
     * {@link SourceText} counts them.
     */
    static SourceCheck of(Path md) throws IOException {
        SourceCheck c = new SourceCheck(md.toString());
        byte[] b = new byte[1 << 16];
        int lim = 0;
        long offset = 0; // file offset of b[0]
        try (InputStream in = Files.newInputStream(md)) {
            boolean end = false;
            while (!end) {
                int n = in.read(b, lim, b.length - lim);
                end = n < 0;
                lim += Math.max(n, 0);
                // a sequence cut by the buffer's end waits for the next read
                int done = c.scan(b, lim, end, offset);
                System.arraycopy(b, done, b, 0, lim - done);
                lim -= done;
                offset += done;
            }
        }
        c.verdict();
        return c;
    }

    /**
     * Scans {@code b[0, lim)}; returns where it stopped: before a multi-byte sequence that needs
     * more bytes than are left, unless at the end of the input.
     */
    private int scan(byte[] b, int lim, boolean end, long offset) {
        int i = 0;
        while (i < lim) {
            if (text && !pendingCr) {
                while (i + 8 <= lim && plain((long) LONGS.get(b, i))) {
                    i += 8; // eight bytes with nothing to note
                }
                if (i >= lim) {
                    break;
                }
            }
            int x = b[i];
            if (x > '\r' && x != ':' && text && !pendingCr) {
                i++; // most bytes: nothing to note
                continue;
            }
            if (x >= 0) {
                prev = i > 0 ? (char) b[i - 1] : prev; // only ']' matters
                ascii((char) x);
                i++;
                continue;
            }
            int len = UTF8_LENGTH[x & 0xFF];
            if (len > 0 && lim - i < len && !end) {
                prev = i > 0 ? (char) b[i - 1] : prev;
                return i;
            }
            int cp = len == 0 ? -1 : decode(b, i, len, lim);
            if (cp < 0) {
                resolveCr(-1);
                throw new KgException(
                        file,
                        line,
                        String.format("not UTF-8: byte 0x%02X at offset %d", x & 0xFF, offset + i));
            }
            resolveCr(cp);
            if (!text && !Character.isWhitespace(cp)) {
                text = true;
            }
            i += len;
        }
        prev = i > 0 ? (char) b[i - 1] : prev;
        return i;
    }

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;

    /**
     * Whether eight bytes (a word) are all ASCII above {@code '\r'} and none is {@code ':'}: the
     * bytes the scan skips, tested a word at a time ("has a byte less than n", "has a zero byte").
     */
    static boolean plain(long w) {
        long colon = w ^ (ONES * ':');
        return ((w | (w - ONES * 0x0E) & ~w | (colon - ONES) & ~colon) & HIGH) == 0;
    }

    /** Sequence length by lead byte: 0 for a byte that cannot start one. */
    private static final int[] UTF8_LENGTH = new int[256];

    static {
        for (int x = 0xC2; x <= 0xDF; x++) {
            UTF8_LENGTH[x] = 2;
        }
        for (int x = 0xE0; x <= 0xEF; x++) {
            UTF8_LENGTH[x] = 3;
        }
        for (int x = 0xF0; x <= 0xF4; x++) {
            UTF8_LENGTH[x] = 4;
        }
    }

    /** The code point of a well-formed sequence at {@code i}, or -1 (RFC 3629 table 3-7). */
    private static int decode(byte[] b, int i, int len, int lim) {
        if (lim - i < len) {
            return -1;
        }
        int x = b[i] & 0xFF;
        int y = b[i + 1] & 0xFF;
        int lo = 0x80;
        int hi = 0xBF;
        if (x == 0xE0) {
            lo = 0xA0;
        } else if (x == 0xED) {
            hi = 0x9F; // no surrogates
        } else if (x == 0xF0) {
            lo = 0x90;
        } else if (x == 0xF4) {
            hi = 0x8F;
        }
        if (y < lo || y > hi) {
            return -1;
        }
        int cp = len == 2 ? x & 0x1F : len == 3 ? x & 0x0F : x & 0x07;
        cp = cp << 6 | (y & 0x3F);
        for (int k = 2; k < len; k++) {
            int z = b[i + k] & 0xFF;
            if (z < 0x80 || z > 0xBF) {
                return -1;
            }
            cp = cp << 6 | (z & 0x3F);
        }
        return cp;
    }

    private void scan(CharBuffer chars) {
        while (chars.hasRemaining()) {
            char ch = chars.get();
            if (ch < 0x80) {
                ascii(ch);
            } else {
                resolveCr(ch);
                if (!text && !Character.isWhitespace(ch)) {
                    text = true;
                }
                prev = ch;
            }
        }
    }

    private void ascii(char ch) {
        resolveCr(ch);
        if (ch == '\n') {
            line++;
        } else if (ch == '\r') {
            pendingCr = true;
        } else if (ch == '\0' && nulLine == 0) {
            nulLine = line;
        }
        if (!text && !Character.isWhitespace(ch)) {
            text = true;
        }
        if (ch == ':' && prev == ']') {
            references = true;
        }
        prev = ch;
    }

    /** A CR ends a line by itself unless LF follows it; {@code next} is -1 for "not LF". */
    private void resolveCr(int next) {
        if (pendingCr) {
            pendingCr = false;
            if (next != '\n') {
                line++;
            }
        }
    }

    private void verdict() {
        if (!text) {
            throw new KgException(file, 1, "empty file: no Markdown to import");
        }
        if (nulLine > 0) {
            // no Markdown has one; it is a binary file or UTF-16 read as UTF-8
            throw new KgException(file, nulLine, "NUL character (a binary or UTF-16 file?)");
        }
    }
}
