package org.awesomevlm.kg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The home page at {@code /}. The dataset sits at the root, so Fuseki's dispatch would claim {@code
 * /} itself; a filter hands GET and HEAD of {@code /} to the servlet mapped to the root ({@code
 * ""}). This module maps a plain index page there; the HTML module may replace it by mapping its
 * own servlet to {@code ""}.
 */
final class FMod_Root implements FusekiModule {
    /** The servlet path spec matching exactly the root. */
    static final String ROOT_SPEC = "";

    @Override
    public String name() {
        return "kg-root";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new RootForward());
        builder.addServlet(ROOT_SPEC, new IndexServlet());
    }

    /** Forwards {@code GET /} past Fuseki's dataset dispatch (filters see only REQUEST). */
    static final class RootForward implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String method = request.getMethod();
            if (("/".equals(path) || path.isEmpty())
                    && ("GET".equals(method) || "HEAD".equals(method))
                    && request.getQueryString() == null) {
                request.getRequestDispatcher("/").forward(req, resp);
                return;
            }
            chain.doFilter(req, resp);
        }
    }

    /** A plain page listing the endpoints. */
    static final class IndexServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String base = ServerSettings.of(getServletContext()).publicBase(req);
            Document doc = Document.createShell(base);
            doc.title("awesome-vlm knowledge graph");
            Element body = doc.body();
            body.appendElement("h1").text("awesome-vlm knowledge graph");
            Element ul = body.appendElement("ul");
            link(ul, base + "sparql", "SPARQL endpoint (service description on GET)");
            link(ul, base + "api", "Canned queries (HTTP API)");
            link(ul, base + ".well-known/void", "VoID description");
            link(ul, base + "dump.ttl", "Dump (Turtle)");
            link(ul, base + "ontology", "Ontology");
            resp.setContentType("text/html");
            resp.setCharacterEncoding("UTF-8");
            resp.getWriter().write(doc.outerHtml());
        }

        private static void link(Element ul, String href, String text) {
            ul.appendElement("li").appendElement("a").attr("href", href).text(text);
        }
    }
}
