package org.awesomevlm.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

/**
 * An Atom feed (RFC 4287) of the papers added to the lists, newest first, from the {@code
 * av:PaperAdded} events {@code kg import --history} records; papers removed since are left out.
 */
final class FeedServlet extends HttpServlet {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final int MAX_ENTRIES = 100;

    /** Fixed text: nothing from the request goes into the query. */
    private static final Query QUERY =
            QueryFactory.create(
                    """
                    PREFIX av:      <https://w3id.org/awesome-vlm/ontology#>
                    PREFIX prov:    <http://www.w3.org/ns/prov#>
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    SELECT ?change ?paper ?title ?at ?list ?listTitle ?commit
                    WHERE {
                      ?change a av:PaperAdded ;
                              av:changedPaper ?paper ;
                              av:changedList ?list ;
                              av:paperTitle ?title ;
                              prov:atTime ?at .
                      OPTIONAL { ?change av:gitCommit ?commit }
                      OPTIONAL { ?list dcterms:title ?listTitle }
                      FILTER NOT EXISTS {
                        ?gone a av:PaperRemoved ; av:changedPaper ?paper ;
                              av:changedList ?list ; prov:atTime ?goneAt .
                        FILTER(?goneAt >= ?at)
                      }
                    }
                    ORDER BY DESC(?at) ?paper ?list
                    LIMIT\s"""
                            + MAX_ENTRIES);

    record Item(
            String id, String paper, String title, String updated, String list, String commit) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ServerSettings settings = ServerSettings.of(getServletContext());
        String base = settings.publicBase(req);
        List<Item> items = items(settings.dataset());
        resp.setContentType("application/atom+xml");
        resp.setCharacterEncoding("UTF-8");
        if ("HEAD".equals(req.getMethod())) return;
        try (OutputStream out = resp.getOutputStream()) {
            write(items, base, out);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    static List<Item> items(Dataset ds) {
        return Txn.calculateRead(
                ds,
                () -> {
                    List<Item> items = new ArrayList<>();
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).build()) {
                        ResultSet rs = qe.execSelect();
                        while (rs.hasNext()) {
                            QuerySolution s = rs.next();
                            String list =
                                    s.contains("listTitle")
                                            ? s.getLiteral("listTitle").getString()
                                            : s.getResource("list").getURI();
                            items.add(
                                    new Item(
                                            s.getResource("change").getURI(),
                                            s.getResource("paper").getURI(),
                                            s.getLiteral("title").getString(),
                                            s.getLiteral("at").getLexicalForm(),
                                            list,
                                            s.contains("commit")
                                                    ? s.getLiteral("commit").getString()
                                                    : null));
                        }
                    }
                    return items;
                });
    }

    /** Writes the feed; the XML writer escapes every text and attribute value. */
    static void write(List<Item> items, String base, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace(ATOM);
        text(w, "id", base + "feed.atom");
        text(w, "title", "awesome-vlm: papers new in the lists");
        // The newest entry dates the feed; an empty feed is dated at the epoch (stable output).
        text(w, "updated", items.isEmpty() ? "1970-01-01T00:00:00Z" : items.get(0).updated());
        link(w, "self", base + "feed.atom");
        w.writeStartElement("author");
        text(w, "name", "awesome-vlm-kg");
        w.writeEndElement();
        for (Item i : items) {
            w.writeStartElement("entry");
            text(w, "id", i.id());
            text(w, "title", i.title());
            text(w, "updated", i.updated());
            link(w, "alternate", ServerSettings.toPublic(i.paper(), base));
            text(
                    w,
                    "summary",
                    "Added to "
                            + i.list()
                            + (i.commit() == null ? "" : " in commit " + i.commit()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    /** XML 1.0 cannot carry control characters even escaped; the writer does not drop them. */
    static String xmlChars(String s) {
        return NOT_XML.matcher(s).replaceAll("\uFFFD");
    }

    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile(
                    "[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private static void text(XMLStreamWriter w, String name, String value)
            throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(xmlChars(value));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", xmlChars(href));
    }
}
