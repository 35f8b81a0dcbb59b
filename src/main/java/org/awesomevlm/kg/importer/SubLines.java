package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awesomevlm.kg.export.MarkdownForms;

/** Reads an entry's sub-bullets from their lines: authors, {@code Label: value} fields, digest. */
final class SubLines {
    private static final Pattern DIGEST_START =
            Pattern.compile(
                    "^<details>\\s*<summary>(.*?)</summary>(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORS_PREFIX =
            Pattern.compile("^(Authors?\\s*:\\s*)(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][\\w '/&()-]{0,39}?): (.*)$");
    private static final Pattern WITH_VENUE = Pattern.compile("^(.*?)(\\.?)(\\s+[*_].*[*_]\\.?)$");
    private static final Pattern NO_VENUE = Pattern.compile("^(.*?)(\\.?)$");
    private static final Pattern VENUE_TEXT = Pattern.compile("[*_]+([^*_]+)[*_]+");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    private static final Pattern PLACEHOLDER =
            Pattern.compile(
                    "^(\\[.*not provided.*\\]|unknown|n/a|anonymous)$", Pattern.CASE_INSENSITIVE);

    private final EntryParser p;
    private final NameTables tables;
    private final DigestReader digests = new DigestReader();

    SubLines(EntryParser p, NameTables tables) {
        this.p = p;
        this.tables = tables;
    }

    /** One sub-bullet; an entry has at most one authors line (the first, or "Authors: ..."). */
    ParsedEntry.SubLine read(
            int from, int to, int contentCol, int blank, boolean first, boolean authorsSeen) {
        SourceText src = p.source();
        String exact = src.join(from, to);
        String line = src.line(from);
        String content = line.substring(Math.min(contentCol, line.length()));
        // the regular expressions only where their literal start is (a matcher per line was a cost)
        if (content.regionMatches(true, 0, "<details>", 0, 9)) {
            Matcher digest = DIGEST_START.matcher(content);
            if (digest.matches()) {
                return digests.read(from, to, digest.group(1), digest.group(2), blank, exact, p);
            }
        }
        String joined = content;
        for (int i = from + 1; i <= to; i++) {
            joined += " " + src.line(i).strip();
        }
        if (!authorsSeen && content.regionMatches(true, 0, "author", 0, 6)) {
            Matcher prefixed = AUTHORS_PREFIX.matcher(content);
            if (prefixed.matches()) {
                return authors(
                        from, prefixed.group(1), joined.substring(prefixed.end(1)), blank, exact);
            }
        }
        Matcher field = FIELD.matcher(content);
        if (field.matches()) {
            String label = field.group(1);
            String value = joined.substring(field.start(2));
            String kind = fieldKind(label);
            String canonical = MarkdownForms.fieldLine(label, field.group(2));
            String override = p.checked(from, exact, canonical);
            List<String> values = values(kind, value);
            List<String> concepts = new ArrayList<>(values.size());
            for (String v : values) {
                concepts.add(tables.concept(kind, v));
            }
            return new ParsedEntry.Field(
                    blank, override, label, field.group(2), kind, values, concepts);
        }
        if (first) {
            return authors(from, "", joined, blank, exact);
        }
        p.warn(from, "sub-bullet not understood, kept verbatim: " + content);
        return new ParsedEntry.Verbatim(blank, exact);
    }

    private ParsedEntry.Authors authors(
            int from, String prefix, String text, int blank, String exact) {
        String names;
        String suffix;
        String venueAsWritten = "";
        Matcher m = AuthorsText.mayHaveVenue(text) ? WITH_VENUE.matcher(text) : null;
        if (m != null && m.matches()) {
            names = m.group(1);
            suffix = m.group(2);
            venueAsWritten = m.group(3);
        } else if (text.chars().anyMatch(AuthorsText::isLineTerminator)) {
            m = NO_VENUE.matcher(text); // no match: '.' stops at these (as it always did)
            m.matches();
            names = m.group(1);
            suffix = m.group(2);
        } else { // NO_VENUE: a final '.' is the suffix
            suffix = text.endsWith(".") ? "." : "";
            names = text.substring(0, text.length() - suffix.length());
        }
        String venue = null;
        Matcher v = VENUE_TEXT.matcher(venueAsWritten);
        if (v.find()) {
            venue = v.group(1).strip();
        }
        String placeholder = null;
        List<String> list = new ArrayList<>();
        if (PLACEHOLDER.matcher(names.strip()).matches()) {
            placeholder = names;
        } else {
            for (String n : AuthorsText.splitNames(names, NAME_SPLIT)) {
                if (!n.isBlank()) {
                    list.add(n.strip());
                }
            }
        }
        String rendered = placeholder != null ? placeholder : String.join(", ", list);
        String canonical = MarkdownForms.authorsLine(prefix, rendered, suffix, venueAsWritten);
        String override = p.checked(from, exact, canonical);
        List<String> persons = new ArrayList<>(list.size());
        for (String name : list) {
            persons.add(tables.author(name));
        }
        return new ParsedEntry.Authors(
                blank, override, prefix, list, persons, placeholder, suffix, venueAsWritten, venue);
    }

    static String fieldKind(String label) {
        String l = label.toLowerCase().replace(" ", "");
        return switch (l) {
            case "keywords", "keyword" -> "keyword";
            case "modality", "modalities" -> "modality";
            case "datasets", "dataset" -> "dataset";
            default -> "other";
        };
    }

    /** Splits a field value on ';' (or ',' when there is no ';'); a final '.' is dropped. */
    static List<String> values(String kind, String value) {
        List<String> out = new ArrayList<>();
        if (kind.equals("other")) {
            return out;
        }
        String v = value.strip();
        if (v.endsWith(".")) {
            v = v.substring(0, v.length() - 1);
        }
        for (String part : v.split(v.contains(";") ? ";" : ",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
