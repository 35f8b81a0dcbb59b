package org.awesomevlm.kg.server.html;

import java.util.List;
import org.apache.jena.query.Dataset;

/** A paper as one line of a list: title link, year and first authors. */
record PaperRow(String title, String href, String year, List<Ref> authors) {
    static final int AUTHORS_SHOWN = 6;

    /** From a row with ?paper, ?title and ?year. */
    static PaperRow of(Dataset ds, Sparql.Row r, Links links) {
        String paper = r.iri("paper");
        String title = r.str("title") == null ? paper : r.str("title");
        return new PaperRow(
                title,
                links.local(paper),
                r.str("year"),
                Authors.of(ds, paper, links, AUTHORS_SHOWN));
    }
}
