package org.awesomevlm.kg.importer;

import java.io.ByteArrayOutputStream;

/**
 * A plain literal's text with its Turtle form (quoted and escaped), made where the text is read, on
 * the scanning thread: the writing thread then copies the bytes of a long text (a digest) instead
 * of escaping it. Equal by text.
 */
final class Quoted {
    final String text;
    final byte[] turtle;

    private Quoted(String text, byte[] turtle) {
        this.text = text;
        this.turtle = turtle;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quoted q && text.equals(q.text);
    }

    /** The text's length, as the emitter's duplicate check counts a text (no pass over it). */
    @Override
    public int hashCode() {
        return text.length();
    }

    /** Makes Turtle forms on one thread, as {@link TurtleTerms#string} writes them. */
    static final class Maker {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        private final Utf8Out out = new Utf8Out(bytes);
        private final TurtleTerms terms = new TurtleTerms(out);

        Quoted of(String text) {
            terms.string(text);
            out.flush();
            byte[] b = bytes.toByteArray();
            bytes.reset();
            return new Quoted(text, b);
        }
    }
}
