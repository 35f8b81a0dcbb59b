package org.awesomevlm.kg.importer;

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

    static SourceCheck of(Path md) throws IOException {
        SourceCheck c = new SourceCheck(md.toString());
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long offset = 0; // file offset of bytes[0]
        try (InputStream in = Files.newInputStream(md)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                CoderResult r;
                do {
                    r = decoder.decode(bytes, chars, end);
                    if (!r.isError() && end && !r.isOverflow()) {
                        r = decoder.flush(chars);
                    }
                    chars.flip();
                    c.scan(chars);
                    chars.clear();
                    if (r.isError()) {
                        int bad = bytes.position();
                        c.resolveCr(-1);
                        throw new KgException(
                                c.file,
                                c.line,
                                String.format(
                                        "not UTF-8: byte 0x%02X at offset %d",
                                        bytes.get(bad) & 0xFF, offset + bad));
                    }
                } while (r.isOverflow());
                offset += bytes.position();
                bytes.compact();
            }
        }
        c.verdict();
        return c;
    }

    private void scan(CharBuffer chars) {
        while (chars.hasRemaining()) {
            char ch = chars.get();
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
