package org.awesomevlm.kg.server.html;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Renders a digest's Markdown (bold, emphasis, links) as HTML that is safe to embed: commonmark
 * escapes raw HTML and blanks unsafe URLs, then jsoup keeps only {@link Safelist#basic()} tags and
 * http/https links.
 */
final class Digest {
    private Digest() {}

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST =
            Safelist.basic().removeProtocols("a", "href", "ftp", "mailto");

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return Jsoup.clean(html, SAFELIST);
    }
}
