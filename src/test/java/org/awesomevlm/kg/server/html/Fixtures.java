package org.awesomevlm.kg.server.html;

import java.io.InputStream;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Test graphs and shared jsoup checks for the HTML tests. */
final class Fixtures {
    private Fixtures() {}

    static final String BASE = "https://w3id.org/awesome-vlm/";

    /** An in-memory dataset with the given Turtle files from src/test/resources/html/. */
    static Dataset load(String... names) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(
                ds,
                () -> {
                    for (String name : names) {
                        try (InputStream in = Fixtures.class.getResourceAsStream("/html/" + name)) {
                            RDFDataMgr.read(ds.getDefaultModel(), in, Lang.TURTLE);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
        return ds;
    }

    /** Every way a page could run script: returns the offending nodes' descriptions. */
    static List<String> activeContent(Document doc, String base) {
        List<String> bad = new java.util.ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script")) {
                String src = e.attr("src");
                if (!src.equals(base + "/static/query.js") || !e.data().isBlank()) {
                    bad.add("script: " + e.outerHtml());
                }
            }
            if (List.of("iframe", "frame", "object", "embed", "svg", "math", "form", "base", "meta")
                            .contains(tag)
                    && !isOurs(e)) {
                bad.add("element: " + e.outerHtml());
            }
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(java.util.Locale.ROOT);
                String value =
                        a.getValue()
                                .replaceAll("[\\s\\u0000-\\u001f]", "")
                                .toLowerCase(java.util.Locale.ROOT);
                if (key.startsWith("on")) {
                    bad.add("handler " + key + " on " + e.outerHtml());
                }
                if ((key.equals("href")
                                || key.equals("src")
                                || key.equals("action")
                                || key.equals("formaction")
                                || key.equals("data")
                                || key.equals("xlink:href"))
                        && (value.startsWith("javascript:")
                                || value.startsWith("vbscript:")
                                || value.startsWith("data:"))) {
                    bad.add("url " + key + "=" + a.getValue());
                }
                if (key.equals("style") && !e.normalName().equals("svg")) {
                    bad.add("inline style on " + e.outerHtml());
                }
            }
        }
        return bad;
    }

    // The layout's own search form, meta tags and the charts' svg are ours: recognised by class.
    private static boolean isOurs(Element e) {
        return switch (e.normalName()) {
            case "meta" -> e.parent() != null && e.parent().normalName().equals("head");
            case "form" ->
                    e.hasClass("search") || e.hasClass("bigsearch") || e.id().equals("query-form");
            case "svg" -> e.hasClass("chart");
            default -> false;
        };
    }
}
