package org.awesomevlm.kg.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a paper's links and venue say about it: arXiv id, DOI, the key of its IRI (MODEL.md: arXiv
 * id, else DOI, else title), its year and whether the venue is a conference.
 */
final class PaperKeys {
    private static final Pattern ARXIV =
            Pattern.compile(
                    "arxiv\\.org/(?:abs|pdf|html)/(\\d{4}\\.\\d{4,5}|[a-z][a-z.-]*/\\d{7})(?:v\\d+)?",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI =
            Pattern.compile("doi\\.org/(10\\.\\d{4,9}/[^\\s?#]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern WRAPPER_YEAR = Pattern.compile("\\(((?:19|20)\\d{2})\\)\\s*$");
    private static final Pattern CONFERENCE =
            Pattern.compile(
                    "\\b(conference|proceedings|workshop|symposium|cvpr|iccv|eccv|neurips|nips"
                            + "|iclr|icml|miccai|aaai|ijcai|acl|emnlp|naacl|midl|isbi|wacv|bmvc"
                            + "|kdd|chil|ml4h)\\b",
                    Pattern.CASE_INSENSITIVE);

    final String arxivId;
    final String doi;
    final String key;

    PaperKeys(List<ParsedEntry.Link> links, String title) {
        String a = null;
        String d = null;
        for (ParsedEntry.Link link : links) {
            Matcher m = ARXIV.matcher(link.destination());
            if (a == null && m.find()) {
                a = m.group(1);
            }
            Matcher n = DOI.matcher(link.destination());
            if (d == null && n.find()) {
                d = n.group(1);
            }
        }
        this.arxivId = a;
        this.doi = d;
        if (a != null) {
            key = "arxiv-" + a.toLowerCase(Locale.ROOT).replace('/', '-');
        } else if (d != null) {
            key = "doi-" + Slugs.keySlug(d);
        } else {
            key = "t-" + Slugs.slug(title);
        }
    }

    /** The year in "(2022)" at the end of a wrapper summary, or null. */
    static String wrapperYear(String summary) {
        Matcher m = summary == null ? null : WRAPPER_YEAR.matcher(summary);
        return m != null && m.find() ? m.group(1) : null;
    }

    /** A year named in a venue such as "ICLR 2022", or null. */
    static String venueYear(String venue) {
        Matcher m = venue == null ? null : YEAR.matcher(venue);
        return m != null && m.find() ? m.group(1) : null;
    }

    static boolean isConference(String venue) {
        return CONFERENCE.matcher(venue).find();
    }
}
