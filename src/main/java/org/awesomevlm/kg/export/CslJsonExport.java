package org.awesomevlm.kg.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.awesomevlm.kg.query.SparqlTarget;

/**
 * {@code kg export csl-json}: the papers as CSL-JSON, the format Zotero, Mendeley and pandoc's
 * citeproc import. Written with gson's streaming writer; {@code id} is the BibTeX key.
 */
public final class CslJsonExport implements ExportFormat {
    @Override
    public String name() {
        return "csl-json";
    }

    @Override
    public String description() {
        return "CSL-JSON (citation managers, pandoc): one item per paper, id = the BibTeX key";
    }

    @Override
    public void write(SparqlTarget ds, ExportOptions options, Writer out) {
        try {
            JsonWriter json = new JsonWriter(out);
            json.setIndent("  ");
            json.beginArray();
            for (PaperRecord p : PaperRecords.load(ds, options)) {
                item(json, p);
            }
            json.endArray();
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void item(JsonWriter json, PaperRecord p) throws IOException {
        json.beginObject();
        json.name("id").value(p.key());
        json.name("type").value(type(p.kind()));
        field(json, "title", p.title());
        if (!p.authors().isEmpty()) {
            json.name("author").beginArray();
            for (String a : p.authors()) {
                PersonName n = PersonName.parse(a);
                json.beginObject();
                json.name("family").value(n.family());
                field(json, "given", n.given());
                field(json, "non-dropping-particle", n.particle());
                field(json, "suffix", n.suffix());
                json.endObject();
            }
            json.endArray();
        }
        if (p.year() != null && p.year().matches("\\d{1,4}")) {
            json.name("issued").beginObject().name("date-parts").beginArray().beginArray();
            json.value(Integer.parseInt(p.year()));
            json.endArray().endArray().endObject();
        }
        switch (p.kind()) {
            case CONFERENCE, JOURNAL -> field(json, "container-title", p.venue());
            default -> {
                if (p.arxiv() != null) {
                    // how Zotero and arXiv describe a preprint: the repository and its number
                    json.name("publisher").value("arXiv");
                    json.name("number").value("arXiv:" + p.arxiv());
                }
            }
        }
        field(json, "DOI", p.doi());
        field(json, "URL", p.url());
        if (!p.keywords().isEmpty()) {
            json.name("keyword").value(String.join(", ", p.keywords()));
        }
        json.endObject();
    }

    static String type(PaperRecord.Kind kind) {
        return switch (kind) {
            case CONFERENCE -> "paper-conference";
            case JOURNAL -> "article-journal";
            // CSL's "article" is a preprint or working paper
            default -> "article";
        };
    }

    private static void field(JsonWriter json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.name(name).value(value);
        }
    }
}
