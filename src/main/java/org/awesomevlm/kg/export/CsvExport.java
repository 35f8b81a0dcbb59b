package org.awesomevlm.kg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.awesomevlm.kg.query.SparqlTarget;

/**
 * {@code kg export csv}: one paper per row (RFC 4180, written by commons-csv), authors and keywords
 * joined with "; ".
 */
public final class CsvExport implements ExportFormat {
    static final String[] HEADER = {
        "iri",
        "title",
        "year",
        "arxiv",
        "doi",
        "authors",
        "keywords",
        "section",
        "paper_url",
        "code_url"
    };

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV: one paper per row (iri, title, year, arxiv, doi, authors, keywords, section,"
                + " paper_url, code_url)";
    }

    @Override
    public void write(SparqlTarget ds, ExportOptions options, Writer out) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try {
            CSVPrinter csv = new CSVPrinter(out, format);
            for (PaperRecord p : PaperRecords.load(ds, options)) {
                csv.printRecord(
                        p.iri(),
                        p.title(),
                        p.year(),
                        p.arxiv(),
                        p.doi(),
                        String.join("; ", p.authors()),
                        String.join("; ", p.keywords()),
                        p.section(),
                        p.paperUrl(),
                        p.codeUrl());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
