package org.awesomevlm.kg.store;

/**
 * What a load did: files read, statements stored afterwards (a triple once per named graph it is
 * in), wall-clock milliseconds.
 */
public record LoadReport(int files, long triples, long millis) {
    /** The one-line summary the CLI prints. */
    public String summary(String dbName) {
        return String.format(
                "loaded %d triples from %d files into %s in %.1f s",
                triples, files, dbName, millis / 1000.0);
    }
}
