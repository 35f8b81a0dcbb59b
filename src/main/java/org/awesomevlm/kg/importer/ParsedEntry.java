package org.awesomevlm.kg.importer;

import java.util.List;

/**
 * An entry as the entry parser read it: what it says and how it is written. A non-null {@code
 * override} holds the exact source of a piece whose canonical form differs from it.
 */
record ParsedEntry(
        int line,
        String titleAsWritten,
        String terminator,
        String title,
        String alias,
        String titleOverride,
        List<Link> links,
        List<SubLine> lines) {

    /** A link on the title line; {@code url} is null when the destination is not an IRI. */
    record Link(String label, String destination, String url) {}

    /** A sub-bullet of the entry. */
    sealed interface SubLine {
        int blank();

        String override();
    }

    /**
     * {@code persons}: each name's person IRI (null for "et al."), resolved as the entry is read
     * ({@link NameTables}).
     */
    record Authors(
            int blank,
            String override,
            String prefix,
            List<String> names,
            List<String> persons,
            String placeholder,
            String suffix,
            String venueAsWritten,
            String venue)
            implements SubLine {}

    /** {@code concepts}: each value's concept IRI. */
    record Field(
            int blank,
            String override,
            String label,
            String value,
            String kind,
            List<String> values,
            List<String> concepts)
            implements SubLine {}

    /**
     * {@code hash} and {@code quoted}: the digest's {@link GraphBuilder#hash} and Turtle form (null
     * without a digest), made on the scanning thread.
     */
    record Digest(
            int blank,
            String override,
            String label,
            String digest,
            long hash,
            Quoted quoted,
            String closeStyle,
            List<String> models,
            List<String> artefacts)
            implements SubLine {}

    record Verbatim(int blank, String override) implements SubLine {}
}
