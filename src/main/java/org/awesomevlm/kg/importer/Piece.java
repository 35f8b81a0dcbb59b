package org.awesomevlm.kg.importer;

/**
 * One top-level piece of a list in document order, as the block scanner finds it: {@code line} is
 * its first source line (1-based), {@code blank} 1 when a blank line precedes it.
 */
sealed interface Piece {
    int line();

    int blank();

    /** A Markdown heading; {@code exact} is its source line(s). */
    record Heading(int line, int blank, int level, String text, String exact) implements Piece {}

    /** {@code <details>} with its {@code <summary>} (null when there is none). */
    record Open(int line, int blank, String summary, boolean inline, String exact)
            implements Piece {}

    /** A top-level {@code </details>}. */
    record Close(int line, int blank, String exact) implements Piece {}

    /** A paper entry (one list item). */
    record Entry(int line, int blank, ParsedEntry entry) implements Piece {}

    /** Anything else, kept as its exact source text. */
    record Verbatim(int line, int blank, String kind, String markdown) implements Piece {}
}
