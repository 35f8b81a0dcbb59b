package org.awesomevlm.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.server.RdfOutput.Format;

/**
 * The whole graph at {@code /dump.ttl}, {@code /dump.nt} and {@code /dump.jsonld}, written from one
 * read transaction. Turtle and N-Triples stream triple by triple; JSON-LD is built in memory by its
 * writer.
 */
final class DumpServlet extends HttpServlet {
    private final Format format;

    DumpServlet(Format format) {
        this.format = format;
    }

    /** Streaming variants of the formats: nothing collects the graph first. */
    private RDFFormat streaming() {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE_BLOCKS;
            case NTRIPLES -> RDFFormat.NTRIPLES;
            default -> format.format;
        };
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Dataset ds = ServerSettings.of(getServletContext()).dataset();
        resp.setContentType(format.contentType());
        resp.setCharacterEncoding("UTF-8");
        if ("HEAD".equals(req.getMethod())) return;
        OutputStream out = resp.getOutputStream();
        Txn.executeRead(
                ds,
                () -> {
                    var g = org.awesomevlm.kg.store.Store.dataGraph(ds.asDatasetGraph());
                    if (format == Format.TURTLE) {
                        // Prefixes make the Turtle readable; the blocks writer still streams.
                        var w = org.apache.jena.riot.RDFWriter.source(g).format(streaming());
                        w.output(out);
                    } else RDFDataMgr.write(out, g, streaming());
                });
        out.flush();
    }
}
