package org.awesomevlm.kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.awesomevlm.kg.KgException;

/**
 * Checks that a file is UTF-8 before RIOT reads it: RIOT replaces bad bytes with U+FFFD without a
 * word, which would load corrupted text.
 */
final class Utf8Check {
    private static final int CHUNK = 64 * 1024;

    private Utf8Check() {}

    /** Throws a KgException naming the line of the first byte that is not UTF-8. */
    static void check(Path file) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        long offset = 0; // bytes consumed before in's position 0
        try (InputStream s = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = s.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                in.position(in.position() + Math.max(n, 0));
                in.flip();
                CoderResult r = decoder.decode(in, out, end);
                if (r.isError()) {
                    long at = offset + in.position();
                    int bad = in.get(in.position()) & 0xFF;
                    throw new KgException(
                            file,
                            lineOf(file, at),
                            String.format("not UTF-8: byte 0x%02X at offset %d", bad, at));
                }
                // the characters are not needed: only whether the bytes decode
                out.clear();
                offset += in.position();
                in.compact();
            }
        } catch (IOException e) {
            throw new KgException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The line of the byte at {@code offset}, counted only once an error is found (counting on
     * every chunk cost more than the check itself): in UTF-8, byte 0x0A is always a newline.
     */
    static long lineOf(Path file, long offset) throws IOException {
        long line = 1;
        byte[] b = new byte[CHUNK];
        long seen = 0;
        try (InputStream s = Files.newInputStream(file)) {
            int n;
            while (seen < offset && (n = s.read(b)) > 0) {
                int lim = (int) Math.min(n, offset - seen);
                for (int i = 0; i < lim; i++) {
                    if (b[i] == '\n') {
                        line++;
                    }
                }
                seen += lim;
            }
        }
        return line;
    }
}
