package org.awesomevlm.kg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.export.ExportFormats;
import org.awesomevlm.kg.export.ExportOptions;
import org.awesomevlm.kg.server.ServerSettings;

/**
 * {@code /README.md[?list=SLUG]}: the list regenerated from the graph by the README exporter, as
 * {@code text/markdown; charset=utf-8}, streamed from one read transaction.
 */
final class ReadmeServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ServerSettings settings = ServerSettings.of(getServletContext());
        Dataset ds = settings.dataset();
        Path queries = settings.catalog() != null ? settings.catalog().dir() : Home.queries();
        ExportOptions options = new ExportOptions(req.getParameter("list"), queries);
        resp.setContentType("text/markdown; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        Writer out =
                new BufferedWriter(
                        new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8),
                        1 << 16);
        try {
            Txn.executeRead(ds, () -> ExportFormats.get("readme").write(ds, options, out));
            out.flush();
        } catch (KgException e) {
            // No list, several lists and none chosen, or an unknown one: nothing written yet
            // (the store is checked before the first line), so the answer can still change.
            if (resp.isCommitted()) {
                throw e;
            }
            resp.reset();
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.setContentType("text/plain; charset=utf-8");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.getOutputStream().write((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
