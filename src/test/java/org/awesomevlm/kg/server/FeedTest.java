package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code /feed.atom}: the papers added to the lists, newest first, as well-formed Atom. */
class FeedTest {
    static final String HISTORY =
            """
            @prefix av:   <https://w3id.org/awesome-vlm/ontology#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix avr:  <https://w3id.org/awesome-vlm/> .
            <https://w3id.org/awesome-vlm/list/l/change/c1/p1> a av:PaperAdded, av:ListChange ;
                av:changedList avr:list\\/l ; av:changedPaper avr:paper\\/arxiv-1111.00001 ;
                av:paperTitle "Old & <b>tagged</b> \\"title\\"" ; av:gitCommit "c1" ;
                prov:atTime "2024-01-10T09:00:00Z"^^xsd:dateTime .
            <https://w3id.org/awesome-vlm/list/l/change/c2/p2> a av:PaperAdded, av:ListChange ;
                av:changedList avr:list\\/l ; av:changedPaper avr:paper\\/arxiv-2222.00002 ;
                av:paperTitle "Newer paper" ; av:gitCommit "c2" ;
                prov:atTime "2024-02-10T09:00:00Z"^^xsd:dateTime .
            <https://w3id.org/awesome-vlm/list/l/change/c1/p3> a av:PaperAdded, av:ListChange ;
                av:changedList avr:list\\/l ; av:changedPaper avr:paper\\/arxiv-3333.00003 ;
                av:paperTitle "Gone paper" ; av:gitCommit "c1" ;
                prov:atTime "2024-01-10T09:00:00Z"^^xsd:dateTime .
            <https://w3id.org/awesome-vlm/list/l/change/c3/p3> a av:PaperRemoved, av:ListChange ;
                av:changedList avr:list\\/l ; av:changedPaper avr:paper\\/arxiv-3333.00003 ;
                av:paperTitle "Gone paper" ; av:gitCommit "c3" ;
                prov:atTime "2024-03-10T09:00:00Z"^^xsd:dateTime .
            """;

    @Test
    void feedListsAddedPapersNewestFirst() throws Exception {
        Dataset ds = TestServers.fixture();
        Txn.executeWrite(
                ds,
                () ->
                        RDFParser.fromString(HISTORY, Lang.TURTLE)
                                .parse(ds.asDatasetGraph().getDefaultGraph()));
        KgServer server = KgServer.builder().dataset(ds).port(0).build().start();
        try {
            HttpResponse<String> r = TestServers.get(server.localUrl() + "feed.atom", null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/atom+xml");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc =
                    f.newDocumentBuilder()
                            .parse(
                                    new ByteArrayInputStream(
                                            r.body().getBytes(StandardCharsets.UTF_8)));
            Element feed = doc.getDocumentElement();
            assertThat(feed.getNamespaceURI()).isEqualTo(FeedServlet.ATOM);
            assertThat(feed.getLocalName()).isEqualTo("feed");
            assertThat(child(feed, "updated")).isEqualTo("2024-02-10T09:00:00Z");
            NodeList entries = feed.getElementsByTagNameNS(FeedServlet.ATOM, "entry");
            List<String> titles = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (int i = 0; i < entries.getLength(); i++) {
                Element e = (Element) entries.item(i);
                titles.add(child(e, "title"));
                links.add(
                        ((Element) e.getElementsByTagNameNS(FeedServlet.ATOM, "link").item(0))
                                .getAttribute("href"));
            }
            // The removed paper is not new; the markup in a title stays text.
            assertThat(titles).containsExactly("Newer paper", "Old & <b>tagged</b> \"title\"");
            assertThat(links)
                    .containsExactly(
                            server.localUrl() + "paper/arxiv-2222.00002",
                            server.localUrl() + "paper/arxiv-1111.00001");
            assertThat(r.body()).doesNotContain("<b>");
        } finally {
            server.stop();
        }
    }

    @Test
    void emptyHistoryGivesAnEmptyFeed() throws Exception {
        KgServer server = KgServer.builder().dataset(TestServers.fixture()).port(0).build().start();
        try {
            HttpResponse<String> r = TestServers.get(server.localUrl() + "feed.atom", null);
            assertThat(r.statusCode()).isEqualTo(200);
            Document doc =
                    DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(
                                    new ByteArrayInputStream(
                                            r.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("entry").getLength()).isZero();
        } finally {
            server.stop();
        }
    }

    @Test
    void controlCharactersCannotBreakTheXml() {
        assertThat(FeedServlet.xmlChars("a\u0001b\u0000c")).isEqualTo("a\uFFFDb\uFFFDc");
    }

    private static String child(Element e, String name) {
        return e.getElementsByTagNameNS(FeedServlet.ATOM, name).item(0).getTextContent();
    }
}
