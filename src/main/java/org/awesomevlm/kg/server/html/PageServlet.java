package org.awesomevlm.kg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiFunction;
import org.awesomevlm.kg.server.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A GET-only servlet answering with one HTML page built from the request. */
final class PageServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);

    private final BiFunction<HttpServletRequest, Links, String> page;

    PageServlet(BiFunction<HttpServletRequest, Links, String> page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Links links = new Links(ServerSettings.of(getServletContext()).publicBase(req));
        String html;
        try {
            html = page.apply(req, links);
        } catch (RuntimeException e) {
            LOG.error("Page {} failed", req.getRequestURI(), e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        Pages.write(resp, HttpServletResponse.SC_OK, html);
    }
}
