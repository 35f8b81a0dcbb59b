package org.awesomevlm.kg.server;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.server.RdfOutput.Format;
import org.awesomevlm.kg.server.html.Pages;

/**
 * The canned queries as an HTTP API: {@code /api} lists them (JSON or HTML by Accept), {@code
 * /api/openapi.json} describes them in OpenAPI 3, {@code /api/NAME?param=value} runs one with the
 * parameters bound into the parsed query, answering in the format the Accept header asks for.
 */
final class ApiServlet extends HttpServlet {
    static final String OPENAPI = "openapi.json";
    private static final AcceptList LISTING = AcceptList.create("application/json", "text/html");
    private static final AcceptList TABLES =
            AcceptList.create(
                    "application/sparql-results+json",
                    "application/json",
                    "text/csv",
                    "text/tab-separated-values",
                    "application/sparql-results+xml",
                    "application/xml");
    private static final AcceptList GRAPHS =
            AcceptList.create(
                    Format.TURTLE.contentType(),
                    Format.JSONLD.contentType(),
                    Format.NTRIPLES.contentType(),
                    Format.RDFXML.contentType());

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ServerSettings settings = ServerSettings.of(getServletContext());
        String base = settings.publicBase(req);
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty() || "/".equals(path)) {
            resp.setHeader("Vary", "Accept");
            MediaType mt =
                    ConNeg.chooseContentType(req, LISTING, MediaType.create("application/json"));
            if ("text/html".equals(mt.getContentTypeStr()))
                Pages.write(resp, 200, ApiDocs.html(settings.queries(), base));
            else json(resp, ApiDocs.listing(settings.queries(), base));
            return;
        }
        String name = path.substring(1);
        if (OPENAPI.equals(name)) {
            json(resp, ApiDocs.openApi(settings.queries(), base));
            return;
        }
        Optional<CannedQuery> q =
                settings.catalog() == null ? Optional.empty() : settings.catalog().find(name);
        if (q.isEmpty()) {
            Errors.send(
                    resp,
                    HttpServletResponse.SC_NOT_FOUND,
                    "No canned query named '" + name + "'; see " + base + "api");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getValue().length != 1) {
                Errors.send(
                        resp,
                        400,
                        "parameter '" + e.getKey() + "' given " + e.getValue().length + " times");
                return;
            }
            params.put(e.getKey(), e.getValue()[0]);
        }
        Query query;
        try {
            query = q.get().bind(params);
        } catch (KgException e) {
            // The message names the parameter; the query file's path stays private.
            Errors.send(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        run(req, resp, settings, query, name, params);
    }

    private static void run(
            HttpServletRequest req,
            HttpServletResponse resp,
            ServerSettings settings,
            Query query,
            String name,
            Map<String, String> params)
            throws IOException {
        Dataset ds = settings.dataset();
        boolean graph = query.isConstructType() || query.isDescribeType();
        MediaType mt =
                graph
                        ? ConNeg.chooseContentType(
                                req, GRAPHS, MediaType.create(Format.TURTLE.contentType()))
                        : ConNeg.chooseContentType(
                                req, TABLES, MediaType.create("application/sparql-results+json"));
        String type = mt.getContentTypeStr();
        resp.setHeader("Vary", "Accept");
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        // Results stream to the client (ResponseCacheFilter keeps a copy while it stays small).
        OutputStream out = resp.getOutputStream();
        try {
            Txn.executeRead(
                    ds,
                    () -> {
                        try (QueryExecution qe =
                                QueryExecution.dataset(ds)
                                        .query(query)
                                        .context(FMod_Sparql.queryContext(settings))
                                        .build()) {
                            if (graph) {
                                Model m =
                                        query.isConstructType()
                                                ? qe.execConstruct()
                                                : qe.execDescribe();
                                m.setNsPrefixes(query.getPrefixMapping());
                                RDFDataMgr.write(
                                        out,
                                        m,
                                        Format.byContentType(type).orElse(Format.TURTLE).format);
                            } else if (query.isAskType()) {
                                ResultSetMgr.write(out, qe.execAsk(), tableLang(type));
                            } else {
                                ResultSet rs = qe.execSelect();
                                // The first row before any output: a query that times out
                                // while computing it (any aggregate) still gets a clean 503.
                                rs.hasNext();
                                ResultSetMgr.write(out, rs, tableLang(type));
                            }
                            out.flush();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        } catch (QueryCancelledException e) {
            if (resp.isCommitted()) throw e;
            resp.reset();
            Errors.send(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
        }
    }

    private static Lang tableLang(String type) {
        return switch (type) {
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            case "application/sparql-results+xml", "application/xml" -> ResultSetLang.RS_XML;
            default -> ResultSetLang.RS_JSON;
        };
    }

    private static void json(HttpServletResponse resp, JsonObject json) throws IOException {
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        byte[] body =
                new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(json)
                        .getBytes(StandardCharsets.UTF_8);
        resp.getOutputStream().write(body);
    }
}
