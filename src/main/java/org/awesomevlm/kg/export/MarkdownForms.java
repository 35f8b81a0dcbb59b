package org.awesomevlm.kg.export;

import java.util.List;

/**
 * The canonical Markdown of each piece of an awesome list, shared by the README exporter (which
 * writes it) and the importer (which keeps a piece verbatim when the source differs from it).
 */
public final class MarkdownForms {
    public static final String DETAILS_CLOSE = "</details>";
    public static final String OWN_LINE = "own-line";
    public static final String SAME_LINE = "same-line";
    public static final String MISSING = "missing";

    private static final String SUB = "  - ";
    private static final String DIGEST_INDENT = "    ";

    private MarkdownForms() {}

    /** A title-line link as written: {@code [[label]](url)}. */
    public record LinkText(String label, String url) {}

    public static String heading(int level, String text) {
        return "#".repeat(level) + " " + text;
    }

    /** {@code <details>} and its {@code <summary>}, on two lines or on one. */
    public static String detailsOpening(String summary, boolean inline) {
        return "<details>" + (inline ? "" : "\n") + "<summary>" + summary + "</summary>";
    }

    public static String titleLine(String title, String terminator, List<LinkText> links) {
        StringBuilder sb = new StringBuilder("- ").append(title).append(terminator);
        for (LinkText link : links) {
            sb.append(" [[").append(link.label()).append("]](").append(link.url()).append(')');
        }
        return sb.toString();
    }

    public static String authorsLine(String prefix, String names, String suffix, String venue) {
        return SUB + prefix + names + suffix + venue;
    }

    public static String fieldLine(String label, String value) {
        return SUB + label + ": " + value;
    }

    /**
     * The digest sub-bullet: the summary line, the digest text indented by four spaces, and the
     * closing tag on its own line, glued to the last text line, or missing.
     */
    public static String digestLines(String label, String digest, String closeStyle) {
        StringBuilder sb = new StringBuilder(SUB).append("<details><summary>");
        sb.append(label).append("</summary>");
        if (digest != null) {
            for (String line : digest.split("\n", -1)) {
                sb.append('\n');
                if (!line.isEmpty()) {
                    sb.append(DIGEST_INDENT).append(line);
                }
            }
        }
        if (OWN_LINE.equals(closeStyle)) {
            sb.append("\n  ").append(DETAILS_CLOSE);
        } else if (SAME_LINE.equals(closeStyle)) {
            sb.append(DETAILS_CLOSE);
        }
        return sb.toString();
    }
}
