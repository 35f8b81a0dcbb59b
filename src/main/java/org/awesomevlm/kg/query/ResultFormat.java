package org.awesomevlm.kg.query;

import java.util.Locale;
import org.awesomevlm.kg.KgException;

/**
 * Output formats of query results. Tables (SELECT, ASK): text, csv, tsv, json, xml (SPARQL results
 * formats). Graphs (CONSTRUCT, DESCRIBE): text and ttl (Turtle), json (JSON-LD), xml (RDF/XML).
 */
public enum ResultFormat {
    TEXT,
    CSV,
    TSV,
    JSON,
    XML,
    TTL;

    /** Parses "csv", "TSV", ...; unknown names are a {@link KgException}. */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new KgException(
                    (String) null,
                    0,
                    "unknown format '" + name + "' (expected text, csv, tsv, json, xml or ttl)");
        }
    }

    public boolean forTables() {
        return this != TTL;
    }

    public boolean forGraphs() {
        return this != CSV && this != TSV;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
