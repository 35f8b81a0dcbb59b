package org.awesomevlm.kg.importer;

/** Something the importer kept verbatim or changed, with the line it is about. */
public record ImportWarning(String file, long line, String message) {
    /** "file:line: warning: message", the form compilers use. */
    @Override
    public String toString() {
        return file + ":" + line + ": warning: " + message;
    }
}
