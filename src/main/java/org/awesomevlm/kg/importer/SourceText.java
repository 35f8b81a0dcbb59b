package org.awesomevlm.kg.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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

    private final Reader in;
    private final CountingStream counted;
    private final long total;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private long charsRead;
    private boolean atStart = true;
    private boolean eof;
    private boolean finalNewline;
    private int crlf; // first line ended by CRLF, 1-based; 0 for none
    private int cr; // first line ended by a lone CR
    private final StringBuilder cur = new StringBuilder();
    private final ArrayList<String> lines = new ArrayList<>();
    private int base; // index of lines.get(0)

    private SourceText(String file, boolean whole, Reader in, CountingStream counted, long total) {
        this.file = file;
        this.whole = whole;
        this.in = in;
        this.counted = counted;
        this.total = Math.max(1, total);
    }

    static SourceText of(String file, String markdown) {
        SourceCheck check = SourceCheck.of(file, markdown);
        return new SourceText(
                file, check.references(), new StringReader(markdown), null, markdown.length());
    }

    /** Checks a file (UTF-8, not empty, no NUL) and opens it for reading line by line. */
    static SourceText open(Path md) {
        String file = md.toString();
        try {
            SourceCheck check = SourceCheck.of(md);
            CountingStream counted = new CountingStream(Files.newInputStream(md));
            Reader reader =
                    new InputStreamReader(
                            counted,
                            StandardCharsets.UTF_8
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            return new SourceText(file, check.references(), reader, counted, Files.size(md));
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
        return (double) (counted == null ? charsRead : counted.count) / total;
    }

    /** Reads lines until at least {@code chars} more characters are held, or to the end. */
    void read(long chars) {
        long target = charsRead + chars;
        while (!eof && charsRead < target) {
            readLine();
        }
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
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (i > from) {
                sb.append('\n');
            }
            sb.append(line(i));
        }
        return sb.toString();
    }

    private int next() {
        if (pos == lim) {
            try {
                lim = in.read(buf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pos = 0;
            if (lim <= 0) {
                lim = 0;
                return -1;
            }
        }
        charsRead++;
        return buf[pos++];
    }

    private int peek() {
        int c = next();
        if (c >= 0) {
            pos--;
            charsRead--;
        }
        return c;
    }

    /**
     * Reads one line (the line ends commonmark knows, so that its line numbers are ours); the text
     * after the last line end is a line only when it is not empty (or the text is).
     */
    private void readLine() {
        cur.setLength(0);
        int c = next();
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') {
                warnings.add(new ImportWarning(file, 1, "byte order mark removed"));
                c = next();
            }
            if (c < 0) {
                lines.add("");
                finish();
                return;
            }
        }
        if (c < 0) {
            finish();
            return;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            cur.append((char) c);
            c = next();
        }
        lines.add(cur.toString());
        if (c < 0) {
            finish();
            return;
        }
        if (c == '\r' && peek() == '\n') {
            next();
            crlf = crlf == 0 ? size() : crlf;
        } else if (c == '\r') {
            cr = cr == 0 ? size() : cr;
        }
        if (peek() < 0) {
            finalNewline = true;
            finish();
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

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
