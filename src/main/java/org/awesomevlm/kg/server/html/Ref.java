package org.awesomevlm.kg.server.html;

/** A label with an optional href (null → rendered as plain text); both escaped by the template. */
record Ref(String label, String href, String note) {
    Ref(String label, String href) {
        this(label, href, null);
    }
}
