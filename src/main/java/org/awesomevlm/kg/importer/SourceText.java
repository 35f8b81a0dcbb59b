package org.awesomevlm.kg.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.awesomevlm.kg.KgException;

/**
 * A Markdown file as a window of lines read as the scanner asks for them: strict UTF-8 (a bad byte
 * is an error naming its line, checked by {@link SourceCheck} before anything is read), LF, CRLF
 * and a lone CR all end a line, and what the round trip needs to know about the file's end. Only
 * the lines from {@link #dropBefore} on are held, so memory follows the largest block, not the
 * file.
 */
final class SourceText implements AutoCloseable {
    final String file;
    final List<ImportWarning> warnings = new ArrayList<>();

    /** The text has link reference definitions, which commonmark resolves document-wide. */
    final boolean whole;

    private final InputStream in;
    private final long total;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean drained; // the stream has nothing more
    private long bytesRead;
    private long charsRead;
    private boolean atStart = true;
    private boolean eof;
    private boolean finalNewline;
    private int crlf; // first line ended by CRLF, 1-based; 0 for none
    private int cr; // first line ended by a lone CR
    private final ArrayList<String> lines = new ArrayList<>();
    private int base; // index of lines.get(0)

    private SourceText(String file, boolean whole, InputStream in, long total) {
        this.file = file;
        this.whole = whole;
        this.in = in;
        this.total = Math.max(1, total);
    }

    static SourceText of(String file, String markdown) {
        SourceCheck check = SourceCheck.of(file, markdown);
        // a String from text has no unpaired surrogate: its UTF-8 reads back as itself
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        return new SourceText(
                file, check.references(), new ByteArrayInputStream(bytes), bytes.length);
    }

    /** Checks a file (UTF-8, not empty, no NUL) and opens it for reading line by line. */
    static SourceText open(Path md) {
        String file = md.toString();
        try {
            SourceCheck check = SourceCheck.of(md);
            return new SourceText(
                    file, check.references(), Files.newInputStream(md), Files.size(md));
        } catch (NoSuchFileException e) {
            throw new KgException(md, 0, "no such file");
        } catch (IOException e) {
            throw new KgException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }

    /** True once the last line has been read; then {@link #size()} and the file's end are known. */
    boolean eof() {
        return eof;
    }

    /** Whether the text ends with a line end (known at {@link #eof()}). */
    boolean finalNewline() {
        return finalNewline;
    }

    /** The number of lines read so far (all of them at {@link #eof()}). */
    int size() {
        return base + lines.size();
    }

    /** The fraction of the input read so far. */
    double fraction() {
        return (double) bytesRead / total;
    }

    /** Reads lines until at least {@code chars} more characters are held, or to the end. */
    void read(long chars) {
        long target = charsRead + chars;
        while (!eof && charsRead < target) {
            readLine();
        }
    }

    /** Reads lines until line {@code index} is held or the text ends; whether that line exists. */
    boolean ensure(int index) {
        while (!eof && size() <= index) {
            readLine();
        }
        return index < size();
    }

    /** The index of the first line still held. */
    int firstHeld() {
        return base;
    }

    void readAll() {
        read(Long.MAX_VALUE - charsRead);
    }

    /** Forgets the lines before {@code index}: the scanner is done with them. */
    void dropBefore(int index) {
        int n = Math.min(index - base, lines.size());
        if (n > 0) {
            lines.subList(0, n).clear();
            base += n;
        }
    }

    String line(int index) {
        return lines.get(index - base);
    }

    boolean isBlank(int index) {
        return line(index).isBlank();
    }

    /** Lines [from, to] (0-based, inclusive) joined with LF. */
    String join(int from, int to) {
        if (from == to) {
            return line(from);
        }
        int length = to - from; // the line ends; sized once, as a chunk is a megabyte of lines
        for (int i = from; i <= to; i++) {
            length += line(i).length();
        }
        StringBuilder sb = new StringBuilder(length);
        for (int i = from; i <= to; i++) {
            if (i > from) {
                sb.append('\n');
            }
            sb.append(line(i));
        }
        return sb.toString();
    }

    /**
     * Reads one line (the line ends commonmark knows, so that its line numbers are ours); the text
     * after the last line end is a line only when it is not empty (or the text is). The bytes are
     * valid UTF-8 ({@link SourceCheck}): a line is decoded in one call, and a line end found by
     * byte (no byte of a multi-byte sequence is ASCII).
     */
    private void readLine() {
        if (atStart) {
            atStart = false;
            if (available(3)
                    && buf[pos] == (byte) 0xEF
                    && buf[pos + 1] == (byte) 0xBB
                    && buf[pos + 2] == (byte) 0xBF) {
                warnings.add(new ImportWarning(file, 1, "byte order mark removed"));
                pos += 3;
                charsRead++;
            }
            if (!available(1)) {
                lines.add("");
                finish();
                return;
            }
        }
        if (!available(1)) {
            finish();
            return;
        }
        int i = pos;
        while (true) {
            while (i < lim && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            if (i < lim) {
                break;
            }
            int scanned = i - pos;
            boolean read = more();
            i = pos + scanned; // more() may have moved the line to the buffer's start
            if (!read) {
                break;
            }
        }
        String line = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
        lines.add(line);
        charsRead += line.length();
        if (i == lim) {
            pos = i;
            finish();
            return;
        }
        byte c = buf[i];
        pos = i + 1;
        charsRead++;
        if (c == '\r' && available(1) && buf[pos] == '\n') {
            pos++;
            charsRead++;
            crlf = crlf == 0 ? size() : crlf;
        } else if (c == '\r') {
            cr = cr == 0 ? size() : cr;
        }
        if (!available(1)) {
            finalNewline = true;
            finish();
        }
    }

    /** Whether {@code n} unread bytes are in the buffer (reading more if need be). */
    private boolean available(int n) {
        while (lim - pos < n) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads more of the stream after the unread bytes, moved to the buffer's start (a buffer full
     * of one line grows); false when the stream has nothing more.
     */
    private boolean more() {
        if (drained) {
            return false;
        }
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
        if (lim == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                drained = true;
                return false;
            }
            lim += n;
            bytesRead += n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finish() {
        eof = true;
        if (crlf > 0) {
            warnings.add(new ImportWarning(file, crlf, "CRLF line ends read as LF"));
        }
        if (cr > 0) {
            warnings.add(new ImportWarning(file, cr, "CR line ends (without LF) read as LF"));
        }
        close();
    }
}
