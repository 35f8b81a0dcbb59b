package org.awesomevlm.kg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiFunction;
import org.awesomevlm.kg.server.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GET-only servlet answering with one HTML page built from the request and its public base
 * ({@code --base}, else the URL the client used).
 */
final class PageServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(PageServlet.class);

    private final BiFunction<HttpServletRequest, String, String> page;

    PageServlet(BiFunction<HttpServletRequest, String, String> page) {
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String html;
        try {
            html = page.apply(req, ServerSettings.of(getServletContext()).publicBase(req));
        } catch (RuntimeException e) {
            LOG.error("Page {} failed", req.getRequestURI(), e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        Pages.write(resp, HttpServletResponse.SC_OK, html);
    }
}
