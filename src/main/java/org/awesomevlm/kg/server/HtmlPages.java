package org.awesomevlm.kg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML of a resource for browsers: the HTML module's {@code Pages.resourcePage} when it is on the
 * classpath, else a plain table of the resource's description (built with jsoup, so every text is
 * escaped).
 */
final class HtmlPages {
    static final String PAGES = "org.awesomevlm.kg.server.html.Pages";
    private static final Method RESOURCE_PAGE = find();

    private HtmlPages() {}

    static Optional<String> resourcePage(Dataset ds, String iri, String publicBase) {
        if (RESOURCE_PAGE != null) {
            try {
                @SuppressWarnings("unchecked")
                Optional<String> page =
                        (Optional<String>) RESOURCE_PAGE.invoke(null, ds, iri, publicBase);
                return page;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return Txn.calculateRead(
                ds,
                () -> {
                    if (!ResourceDescription.exists(ds.asDatasetGraph(), iri))
                        return Optional.empty();
                    return Optional.of(
                            table(
                                    iri,
                                    ResourceDescription.describe(ds.asDatasetGraph(), iri),
                                    publicBase));
                });
    }

    static void write(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String table(String iri, Graph g, String publicBase) {
        Document doc = Document.createShell(publicBase);
        doc.title(iri);
        Element body = doc.body();
        body.appendElement("h1").text(iri);
        Element table = body.appendElement("table");
        Element head = table.appendElement("tr");
        head.appendElement("th").text("subject");
        head.appendElement("th").text("property");
        head.appendElement("th").text("value");
        g.find().toList().stream()
                .sorted(Comparator.comparing(Triple::toString))
                .forEach(
                        t -> {
                            Element row = table.appendElement("tr");
                            cell(row, t.getSubject(), publicBase);
                            cell(row, t.getPredicate(), publicBase);
                            cell(row, t.getObject(), publicBase);
                        });
        return doc.outerHtml();
    }

    private static void cell(Element row, Node n, String publicBase) {
        Element td = row.appendElement("td");
        if (n.isURI()) {
            String href = ServerSettings.toPublic(n.getURI(), publicBase);
            if (href.startsWith("http://") || href.startsWith("https://"))
                td.appendElement("a").attr("href", href).text(n.getURI());
            else td.text(n.getURI());
        } else if (n.isLiteral()) td.text(n.getLiteralLexicalForm());
        else td.text(n.toString());
    }

    private static Method find() {
        try {
            return Class.forName(PAGES)
                    .getMethod("resourcePage", Dataset.class, String.class, String.class);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
