package org.awesomevlm.kg;

import java.nio.file.Path;

/**
 * A user-facing error about bad input: names the file, the line (0 when unknown) and what is wrong.
 * The command line maps it to exit code 2.
 *
 * <pre>{@code throw new KgException(file, 12, "unterminated <details> opened here");}</pre>
 */
public class KgException extends RuntimeException {
    private final String file;
    private final long line;

    public KgException(String file, long line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public KgException(Path file, long line, String message) {
        this(String.valueOf(file), line, message);
    }

    public KgException(String file, long line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** "file:line: message", the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + getMessage();
    }
}
