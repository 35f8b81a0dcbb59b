package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands the scanner's pieces on in document order, with what they need from the lines around them
 * (the blank line before, lines no block covered), and the state of a list whose items are read in
 * parts (by chunk, by commonmark window, or line by line).
 */
final class PieceOut {
    private final SourceText src;
    private final Consumer<ImportWarning> warnings;
    private final Consumer<Piece> out;

    /** Index of the last line already in a piece. */
    int done = -1;

    /** First line of a list cut at a chunk's end (or read line by line), or -1. */
    int openFirst = -1;

    /** Whether an item of the cut list is an entry. */
    boolean openAny;

    /** Items of the cut list not yet emitted (first and last line): none is an entry so far. */
    final List<int[]> held = new ArrayList<>();

    /** Lines before this one have been forgotten; those after {@link #done} were blank. */
    private int floor;

    PieceOut(SourceText src, Consumer<ImportWarning> warnings, Consumer<Piece> out) {
        this.src = src;
        this.warnings = warnings;
        this.out = out;
    }

    /** Builds a piece from its first line (1-based) and blank-before flag. */
    interface PieceMaker {
        Piece make(int line, int blank);
    }

    void emit(int first, int last, PieceMaker maker) {
        coverGap(first);
        int blank = first - 1 > done && src.isBlank(first - 1) ? 1 : 0;
        out.accept(maker.make(first + 1, blank));
        done = Math.max(done, last);
    }

    void plainItem(int a, int z) {
        warnings.accept(
                new ImportWarning(src.file, a + 1L, "list item is not an entry, kept verbatim"));
        verbatim(a, z, "list");
    }

    void verbatim(int first, int last, String kind) {
        String text = src.join(first, last);
        emit(first, last, (l, b) -> new Piece.Verbatim(l, b, kind, text));
    }

    /** An entry the line scanner read: an item of the open list, or the first of a new one. */
    void entry(int first, int last, ParsedEntry e) {
        if (openFirst < 0) {
            openFirst = first;
        } else if (!openAny) {
            for (int[] h : held) {
                plainItem(h[0], h[1]);
            }
            held.clear();
        }
        openAny = true;
        emit(first, last, (l, b) -> new Piece.Entry(l, b, e));
    }

    /** A one-line ATX heading the line scanner read, {@code text} its content. */
    void heading(int line, int level, String text) {
        endList();
        String exact = src.line(line);
        emit(line, line, (l, b) -> new Piece.Heading(l, b, level, text, exact));
    }

    /** The open list ends before a block the line scanner read. */
    void endList() {
        if (openFirst >= 0 && !openAny) { // a list cut by a window goes on with its next item
            throw new IllegalStateException("line " + (openFirst + 1) + ": the cut list ends");
        }
        openFirst = -1;
        openAny = false;
    }

    /**
     * After a parse that ends before line {@code cut}: keeps uncovered lines and forgets those no
     * longer needed (the line before the next block tells "blank before").
     */
    void settle(int cut) {
        int keep = openFirst >= 0 && !openAny ? openFirst : cut;
        coverGap(keep);
        floor = keep - 1;
        src.dropBefore(floor);
    }

    /** Forgets lines before {@code line} (and before a held list's first line). */
    void drop(int line) {
        int keep = openFirst >= 0 && !openAny ? Math.min(openFirst, line) : line;
        if (keep > floor) {
            coverGap(keep);
            floor = keep;
            src.dropBefore(keep);
        }
    }

    /** After the last block: keeps uncovered lines; 1 when blank lines follow the last piece. */
    int end() {
        coverGap(src.size());
        return done < src.size() - 1 ? 1 : 0;
    }

    /** Keeps any non-blank line before {@code next} that no block covered (nothing is lost). */
    private void coverGap(int next) {
        for (int i = Math.max(done + 1, floor); i < next; i++) {
            if (!src.isBlank(i)) {
                int line = i;
                warnings.accept(new ImportWarning(src.file, i + 1L, "line kept verbatim"));
                int blank = i - 1 > done && src.isBlank(i - 1) ? 1 : 0;
                done = i;
                out.accept(new Piece.Verbatim(line + 1, blank, "other", src.line(line)));
            }
        }
    }
}
