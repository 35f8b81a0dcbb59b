package org.awesomevlm.kg.export;

import java.util.List;

/**
 * One paper as the bibliographic exports (BibTeX, CSL-JSON, CSV) see it: the paper's data and, from
 * its first entry in list order, its authors as written and its section.
 *
 * @param iri the paper's IRI
 * @param key its citation key, unique in the export ({@link CitationKeys})
 * @param year "2024", or null
 * @param authors names as written, in order (empty when the list gives none)
 * @param keywords preferred labels of its keywords, sorted
 * @param section label of the innermost section of its first entry, or null
 */
record PaperRecord(
        String iri,
        String key,
        String title,
        String year,
        String arxiv,
        String doi,
        String venue,
        Kind kind,
        boolean review,
        List<String> authors,
        List<String> keywords,
        String section,
        String paperUrl,
        String codeUrl,
        String projectUrl) {

    /** What was published: a venue the importer recognised wins over the arXiv preprint. */
    enum Kind {
        PREPRINT,
        CONFERENCE,
        JOURNAL,
        OTHER
    }

    /** The address to cite: the paper link, else the arXiv abstract page, else null. */
    String url() {
        if (paperUrl != null) {
            return paperUrl;
        }
        return arxiv != null ? "https://arxiv.org/abs/" + arxiv : null;
    }
}
