package org.awesomevlm.kg.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Collection;
import java.util.List;
import org.apache.jena.query.QueryType;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.ParamType;
import org.awesomevlm.kg.query.QueryParam;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The documents describing the canned-query API: the listing (JSON, HTML) and OpenAPI 3. */
final class ApiDocs {
    /** Media types of a SELECT or ASK answer, the first the default. */
    static final List<String> TABLE_TYPES =
            List.of(
                    "application/sparql-results+json",
                    "text/csv",
                    "text/tab-separated-values",
                    "application/sparql-results+xml");

    /** Media types of a CONSTRUCT or DESCRIBE answer, the first the default. */
    static final List<String> GRAPH_TYPES =
            List.of(
                    "text/turtle",
                    "application/ld+json",
                    "application/n-triples",
                    "application/rdf+xml");

    private ApiDocs() {}

    static JsonObject listing(Collection<CannedQuery> queries, String publicBase) {
        JsonArray list = new JsonArray();
        for (CannedQuery q : queries) {
            JsonObject o = new JsonObject();
            o.addProperty("name", q.name());
            o.addProperty("summary", q.summary());
            o.addProperty("description", q.description());
            o.add("tags", strings(q.tags()));
            o.addProperty("url", url(publicBase, q));
            JsonArray params = new JsonArray();
            for (QueryParam p : q.params()) {
                JsonObject po = new JsonObject();
                po.addProperty("name", p.name());
                po.addProperty("type", p.type().suffix());
                po.addProperty("required", p.mandatory());
                po.addProperty("description", p.description());
                if (p.defaultValue() != null) po.addProperty("default", p.defaultValue());
                params.add(po);
            }
            o.add("params", params);
            list.add(o);
        }
        JsonObject root = new JsonObject();
        root.addProperty("openapi", publicBase + "api/openapi.json");
        root.add("queries", list);
        return root;
    }

    static String html(Collection<CannedQuery> queries, String publicBase) {
        Document doc = Document.createShell(publicBase);
        doc.title("Canned queries");
        Element body = doc.body();
        body.appendElement("h1").text("Canned queries");
        body.appendElement("p")
                .appendText("Run one with GET ")
                .appendElement("code")
                .text(publicBase + "api/NAME?param=value");
        body.appendElement("p")
                .appendElement("a")
                .attr("href", publicBase + "api/openapi.json")
                .text("OpenAPI description");
        Element table = body.appendElement("table");
        Element head = table.appendElement("tr");
        for (String h : new String[] {"query", "summary", "parameters"})
            head.appendElement("th").text(h);
        for (CannedQuery q : queries) {
            Element row = table.appendElement("tr");
            row.appendElement("td")
                    .appendElement("a")
                    .attr("href", url(publicBase, q))
                    .text(q.name());
            row.appendElement("td").text(q.summary());
            Element params = row.appendElement("td").appendElement("ul");
            for (QueryParam p : q.params())
                params.appendElement("li")
                        .text(
                                p.name()
                                        + " ("
                                        + p.type().suffix()
                                        + (p.mandatory() ? ", required" : "")
                                        + ")"
                                        + (p.description().isEmpty()
                                                ? ""
                                                : ": " + p.description()));
        }
        return doc.outerHtml();
    }

    /** An OpenAPI 3.0 description: one GET operation per canned query. */
    static JsonObject openApi(Collection<CannedQuery> queries, String publicBase) {
        JsonObject root = new JsonObject();
        root.addProperty("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.addProperty("title", "awesome-vlm knowledge graph: canned queries");
        info.addProperty("version", "0.1.0");
        info.addProperty(
                "description",
                "Each operation runs one canned SPARQL query over the knowledge graph. Parameters"
                        + " are bound as RDF terms into the parsed query. The answer format follows"
                        + " the Accept header.");
        JsonObject license = new JsonObject();
        license.addProperty("name", "CC-BY-4.0");
        license.addProperty("url", VoidDescription.LICENSE);
        info.add("license", license);
        root.add("info", info);
        JsonArray servers = new JsonArray();
        JsonObject server = new JsonObject();
        server.addProperty("url", publicBase.substring(0, publicBase.length() - 1));
        servers.add(server);
        root.add("servers", servers);
        JsonObject paths = new JsonObject();
        paths.add("/api", listOperation());
        for (CannedQuery q : queries) paths.add("/api/" + q.name(), queryOperation(q));
        root.add("paths", paths);
        return root;
    }

    private static JsonObject listOperation() {
        JsonObject get = new JsonObject();
        get.addProperty("operationId", "listQueries");
        get.addProperty("summary", "List the canned queries");
        JsonObject responses = new JsonObject();
        responses.add(
                "200", response("The canned queries", List.of("application/json", "text/html")));
        get.add("responses", responses);
        JsonObject op = new JsonObject();
        op.add("get", get);
        return op;
    }

    private static JsonObject queryOperation(CannedQuery q) {
        JsonObject get = new JsonObject();
        get.addProperty("operationId", q.name());
        get.addProperty("summary", q.summary());
        if (!q.description().isEmpty()) get.addProperty("description", q.description());
        if (!q.tags().isEmpty()) get.add("tags", strings(q.tags()));
        JsonArray params = new JsonArray();
        for (QueryParam p : q.params()) {
            JsonObject po = new JsonObject();
            po.addProperty("name", p.name());
            po.addProperty("in", "query");
            po.addProperty("required", p.mandatory());
            if (!p.description().isEmpty()) po.addProperty("description", p.description());
            JsonObject schema = schema(p.type());
            if (p.defaultValue() != null) schema.addProperty("default", p.defaultValue());
            po.add("schema", schema);
            params.add(po);
        }
        get.add("parameters", params);
        List<String> types = isGraph(q) ? GRAPH_TYPES : TABLE_TYPES;
        JsonObject responses = new JsonObject();
        responses.add("200", response("The query's answer", types));
        responses.add(
                "400",
                response(
                        "A parameter is missing, unknown or malformed (the message names it)",
                        List.of("text/plain")));
        responses.add("503", response("The query ran out of time", List.of("text/plain")));
        get.add("responses", responses);
        JsonObject op = new JsonObject();
        op.add("get", get);
        return op;
    }

    private static JsonObject schema(ParamType type) {
        JsonObject s = new JsonObject();
        switch (type) {
            case INTEGER -> s.addProperty("type", "integer");
            case YEAR -> {
                s.addProperty("type", "string");
                s.addProperty("pattern", "^-?[0-9]{4,}$");
                s.addProperty("example", "2024");
            }
            case IRI -> {
                s.addProperty("type", "string");
                s.addProperty("format", "uri");
            }
            default -> s.addProperty("type", "string");
        }
        return s;
    }

    private static JsonObject response(String description, List<String> types) {
        JsonObject r = new JsonObject();
        r.addProperty("description", description);
        JsonObject content = new JsonObject();
        for (String t : types) content.add(t, new JsonObject());
        r.add("content", content);
        return r;
    }

    static boolean isGraph(CannedQuery q) {
        QueryType form = q.queryType();
        return form == QueryType.CONSTRUCT || form == QueryType.DESCRIBE;
    }

    private static String url(String publicBase, CannedQuery q) {
        return publicBase + "api/" + q.name();
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
