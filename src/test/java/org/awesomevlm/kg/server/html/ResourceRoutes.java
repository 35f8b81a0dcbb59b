package org.awesomevlm.kg.server.html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.awesomevlm.kg.server.ServerSettings;
import org.awesomevlm.kg.vocab.AV;

/**
 * Test stand-in for the server's linked-data routes: GET /paper/..., /person/..., ... answer with
 * {@link Pages#resourcePage}, the way the server's content negotiation calls it for HTML.
 */
final class ResourceRoutes implements FusekiModule {
    static final List<String> KINDS =
            List.of(
                    "paper",
                    "person",
                    "keyword",
                    "modality",
                    "dataset",
                    "section",
                    "model",
                    "entry",
                    "list",
                    "scheme");

    @Override
    public String name() {
        return "test-resource-routes";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> names, Model config) {
        HttpServlet servlet =
                new HttpServlet() {
                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
                            throws IOException {
                        ServerSettings settings = ServerSettings.of(getServletContext());
                        String path = req.getRequestURI().substring(req.getContextPath().length());
                        String base = settings.publicBase(req);
                        var page =
                                Pages.resourcePage(
                                        settings.dataset(), AV.BASE + path.substring(1), base);
                        if (page.isPresent()) {
                            Pages.write(resp, 200, page.get());
                        } else {
                            Pages.write(resp, 404, Pages.notFoundPage(base, path));
                        }
                    }
                };
        KINDS.forEach(k -> b.addServlet("/" + k + "/*", servlet));
    }
}
