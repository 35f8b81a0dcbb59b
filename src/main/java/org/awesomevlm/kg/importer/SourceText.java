package org.awesomevlm.kg.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.awesomevlm.kg.KgException;

/**
 * A Markdown file as lines: strict UTF-8 decoding (a bad byte is an error naming its line), LF line
 * ends, and what the round trip needs to know about the file's end.
 */
final class SourceText {
    final String file;
    final List<String> lines;
    final boolean finalNewline;
    final List<ImportWarning> warnings = new ArrayList<>();

    private SourceText(String file, String text) {
        this.file = file;
        if (text.isBlank()) {
            throw new KgException(file, 1, "empty file: no Markdown to import");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // no Markdown has one; it is a binary file or UTF-16 read as UTF-8
            throw new KgException(
                    file, lineOf(text, nul), "NUL character (a binary or UTF-16 file?)");
        }
        if (text.charAt(0) == '\uFEFF') {
            warnings.add(new ImportWarning(file, 1, "byte order mark removed"));
            text = text.substring(1);
        }
        this.lines = split(text);
        this.finalNewline = text.endsWith("\n") || text.endsWith("\r");
        if (finalNewline) {
            lines.remove(lines.size() - 1);
        }
    }

    static SourceText of(String file, String markdown) {
        return new SourceText(file, markdown);
    }

    /** Decodes UTF-8, reporting the line of the first byte that is not UTF-8. */
    static SourceText decode(String file, byte[] bytes) {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            throw new KgException(
                    file,
                    lineOf(bytes, bad),
                    String.format("not UTF-8: byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad));
        }
        out.flip();
        return new SourceText(file, out.toString());
    }

    private static long lineOf(String text, int offset) {
        byte[] before = text.substring(0, offset).getBytes(StandardCharsets.UTF_8);
        return lineOf(before, before.length);
    }

    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            // LF, CRLF and a lone CR each end a line
            if (bytes[i] == '\n'
                    || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /**
     * Splits on LF, CRLF and a lone CR (the line ends commonmark knows, so that its line numbers
     * are ours); the last piece is empty when the text ends with a line end.
     */
    private List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int crlf = 0; // first line ended by CRLF, 1-based; 0 for none
        int cr = 0; // first line ended by a lone CR
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf = crlf == 0 ? out.size() : crlf;
                    i++;
                } else if (c == '\r') {
                    cr = cr == 0 ? out.size() : cr;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        if (crlf > 0) {
            warnings.add(new ImportWarning(file, crlf, "CRLF line ends read as LF"));
        }
        if (cr > 0) {
            warnings.add(new ImportWarning(file, cr, "CR line ends (without LF) read as LF"));
        }
        return out;
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    boolean isBlank(int index) {
        return lines.get(index).isBlank();
    }

    /** Lines [from, to] (0-based, inclusive) joined with LF. */
    String join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (i > from) {
                sb.append('\n');
            }
            sb.append(lines.get(i));
        }
        return sb.toString();
    }
}
