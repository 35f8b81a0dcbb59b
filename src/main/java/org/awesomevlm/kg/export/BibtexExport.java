package org.awesomevlm.kg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.awesomevlm.kg.query.SparqlTarget;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * {@code kg export bibtex}: one entry per paper, written by jbibtex's formatter. Preprints are
 * {@code @misc} with arXiv's {@code eprint}/{@code archivePrefix}, papers from a recognised venue
 * {@code @inproceedings}/{@code @article}; authors as {@code Family, Given} joined with {@code
 * and}.
 */
public final class BibtexExport implements ExportFormat {
    @Override
    public String name() {
        return "bibtex";
    }

    @Override
    public String description() {
        return "BibTeX (.bib): one entry per paper, keys like hartsock2024visionlanguage";
    }

    @Override
    public void write(SparqlTarget ds, ExportOptions options, Writer out) {
        BibTeXDatabase db = new BibTeXDatabase();
        for (PaperRecord p : PaperRecords.load(ds, options)) {
            db.addObject(entry(p));
        }
        BibTeXFormatter formatter = new BibTeXFormatter();
        formatter.setIndent("  ");
        try {
            formatter.format(db, out);
            if (!db.getObjects().isEmpty()) {
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BibTeXEntry entry(PaperRecord p) {
        Key type =
                switch (p.kind()) {
                    case CONFERENCE -> BibTeXEntry.TYPE_INPROCEEDINGS;
                    case JOURNAL -> BibTeXEntry.TYPE_ARTICLE;
                    default -> BibTeXEntry.TYPE_MISC;
                };
        BibTeXEntry e = new BibTeXEntry(type, new Key(p.key()));
        field(e, BibTeXEntry.KEY_TITLE, p.title() == null ? null : TeX.title(p.title()));
        field(e, BibTeXEntry.KEY_AUTHOR, authors(p.authors()));
        field(e, BibTeXEntry.KEY_YEAR, p.year());
        String venue = p.venue() == null ? null : TeX.escape(p.venue());
        switch (p.kind()) {
            case CONFERENCE -> field(e, BibTeXEntry.KEY_BOOKTITLE, venue);
            case JOURNAL -> field(e, BibTeXEntry.KEY_JOURNAL, venue);
            default -> field(e, BibTeXEntry.KEY_HOWPUBLISHED, venue);
        }
        if (p.arxiv() != null) {
            field(e, BibTeXEntry.KEY_EPRINT, p.arxiv());
            field(e, new Key("archivePrefix"), "arXiv");
            // primaryClass: the list does not give arXiv categories, so there is none to write
        }
        field(e, BibTeXEntry.KEY_DOI, p.doi());
        // URLs and DOIs are read verbatim by biblatex/url.sty: no TeX escaping, and IRIs hold no
        // braces that could unbalance the field
        field(e, BibTeXEntry.KEY_URL, p.url());
        field(
                e,
                new Key("keywords"),
                p.keywords().isEmpty()
                        ? null
                        : p.keywords().stream().map(TeX::escape).collect(Collectors.joining(", ")));
        return e;
    }

    /** {@code Family, Given and …}; "and" inside a name is braced so it does not split it. */
    static String authors(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        return names.stream()
                .map(
                        n -> {
                            if (List.of(n.toLowerCase(Locale.ROOT).split("\\s+")).contains("and")) {
                                return "{" + TeX.escape(n) + "}";
                            }
                            PersonName pn = PersonName.parse(n);
                            StringBuilder b = new StringBuilder(TeX.escape(pn.fullFamily()));
                            if (!pn.suffix().isEmpty()) {
                                b.append(", ").append(TeX.escape(pn.suffix()));
                            }
                            if (!pn.given().isEmpty()) {
                                b.append(", ").append(TeX.escape(pn.given()));
                            }
                            return b.toString();
                        })
                .collect(Collectors.joining(" and "));
    }

    private static void field(BibTeXEntry e, Key key, String value) {
        if (value != null && !value.isBlank()) {
            e.addField(key, new StringValue(value, StringValue.Style.BRACED));
        }
    }
}
