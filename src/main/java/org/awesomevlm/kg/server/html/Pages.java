package org.awesomevlm.kg.server.html;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.vocab.AV;

/**
 * HTML pages of the graph's resources, for the server's linked-data content negotiation: {@link
 * #resourcePage} renders any minted IRI (paper, person, concept, model, or any other resource),
 * {@link #write} sends a page with the security headers every page needs.
 */
public final class Pages {
    private Pages() {}

    /**
     * Content-Security-Policy of every page: only this server's own scripts, styles and images; no
     * inline script, no frames, no plugins. Defence in depth behind the escaping.
     */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; object-src 'none'; frame-src 'none';"
                    + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final Query TYPES = Sparql.parse("SELECT ?type WHERE { ?s a ?type }");

    private static final Query ANY =
            Sparql.parse("SELECT ?p WHERE { { ?s ?p ?o } UNION { ?x ?p ?s } } LIMIT 1");

    /**
     * The HTML page of a minted IRI ({@code https://w3id.org/awesome-vlm/...}); empty when the IRI
     * is not minted or the graph says nothing about it (the caller answers 404). Links in the page
     * are {@code publicBase + "/paper/..."}; a null or empty base gives root-relative links.
     */
    public static Optional<String> resourcePage(Dataset ds, String iri, String publicBase) {
        if (iri == null || !iri.startsWith(AV.BASE)) {
            return Optional.empty();
        }
        Links links = new Links(publicBase);
        return Txn.calculateRead(
                ds,
                () -> {
                    Map<String, RDFNode> p = Map.of("s", Sparql.iri(iri));
                    List<String> types = new ArrayList<>();
                    for (Sparql.Row r : Sparql.select(ds, TYPES, p)) {
                        types.add(r.iri("type"));
                    }
                    // A typed resource exists; only an untyped one needs the look-up (each query
                    // has a fixed cost that is a good part of a page's).
                    if (types.isEmpty() && Sparql.select(ds, ANY, p).isEmpty()) {
                        return Optional.empty();
                    }
                    if (types.contains(AV.Schema.ScholarlyArticle.getURI())) {
                        return Optional.of(PaperPage.render(ds, iri, links));
                    }
                    if (types.contains(AV.Schema.Person.getURI())) {
                        return Optional.of(PersonPage.render(ds, iri, links));
                    }
                    if (types.contains("http://www.w3.org/2004/02/skos/core#Concept")
                            || types.contains(AV.Model.getURI())
                            || !Kinds.conceptKinds(types).isEmpty()) {
                        return Optional.of(ConceptPage.render(ds, iri, types, links));
                    }
                    return Optional.of(GenericPage.render(ds, iri, links));
                });
    }

    /** The "not found" page, for the server's 404 answers. */
    public static String notFoundPage(String publicBase, String path) {
        Links links = new Links(publicBase);
        return Templates.render(
                "notfound", Map.of("base", links.base(), "title", "Not found", "path", path));
    }

    /** Sends an HTML page: UTF-8, the {@link #CONTENT_SECURITY_POLICY}, no MIME sniffing. */
    public static void write(HttpServletResponse resp, int status, String html) throws IOException {
        write(resp, status, html.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #write(HttpServletResponse, int, String)} with the page already UTF-8 encoded. */
    public static void write(HttpServletResponse resp, int status, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
