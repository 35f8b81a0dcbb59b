package org.awesomevlm.kg.store;

/** How a load writes the database; both leave it unchanged when the load fails. */
public enum LoadMode {
    /** One TDB2 write transaction on the live database: clear, add, validate, commit or abort. */
    TRANSACTION,
    /**
     * TDB2's bulk loader into a fresh database next to the live one, validated there and swapped in
     * by an atomic rename. Faster for large data; the live dataset is reopened afterwards.
     */
    REBUILD
}
