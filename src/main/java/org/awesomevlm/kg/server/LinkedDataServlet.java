package org.awesomevlm.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.server.RdfOutput.Format;
import org.awesomevlm.kg.server.html.Pages;
import org.awesomevlm.kg.vocab.AV;

/**
 * Dereferences minted IRIs: {@code https://w3id.org/awesome-vlm/X} is served at {@code /X} as HTML
 * for browsers or as RDF by Accept, and at {@code /X.ttl}, {@code .jsonld}, {@code .nt}, {@code
 * .rdf}, {@code .html} in one format. Unknown IRIs are 404.
 */
final class LinkedDataServlet extends HttpServlet {
    static final String HTML = "text/html";
    static final String HTML_SUFFIX = "html";
    private static final AcceptList OFFER =
            AcceptList.create(
                    Format.TURTLE.contentType(),
                    Format.JSONLD.contentType(),
                    Format.NTRIPLES.contentType(),
                    Format.RDFXML.contentType(),
                    HTML,
                    "application/xhtml+xml");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ServerSettings settings = ServerSettings.of(getServletContext());
        Dataset ds = settings.dataset();
        String local = req.getRequestURI().substring(req.getContextPath().length() + 1);
        String publicBase = settings.publicBase(req);

        // The IRI itself, else the IRI without a format suffix.
        String resource = local;
        String suffix = null;
        boolean exists = exists(ds, AV.BASE + local);
        int dot = local.lastIndexOf('.');
        if (!exists && dot > 0 && local.indexOf('/', dot) < 0) {
            String s = local.substring(dot + 1);
            if ((Format.bySuffix(s).isPresent() || HTML_SUFFIX.equals(s))
                    && exists(ds, AV.BASE + local.substring(0, dot))) {
                resource = local.substring(0, dot);
                suffix = s;
                exists = true;
            }
        }
        if (!exists) {
            if (suffix == null && HTML.equals(negotiate(req))) {
                Pages.write(
                        resp,
                        HttpServletResponse.SC_NOT_FOUND,
                        Pages.notFoundPage(publicBase, "/" + local));
            } else {
                Errors.send(
                        resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + AV.BASE + local);
            }
            return;
        }
        String iri = AV.BASE + resource;
        String page = publicBase + resource;
        String chosen;
        if (suffix != null) {
            chosen =
                    HTML_SUFFIX.equals(suffix) ? HTML : Format.bySuffix(suffix).get().contentType();
        } else {
            chosen = negotiate(req);
            resp.setHeader("Vary", "Accept");
            String chosenSuffix =
                    HTML.equals(chosen)
                            ? HTML_SUFFIX
                            : Format.byContentType(chosen).map(f -> f.suffix).orElse("ttl");
            resp.setHeader("Content-Location", page + "." + chosenSuffix);
        }
        resp.setHeader("Link", links(iri, page));
        if (HTML.equals(chosen)) {
            Optional<String> html = Pages.resourcePage(ds, iri, publicBase);
            if (html.isEmpty()) {
                Pages.write(
                        resp,
                        HttpServletResponse.SC_NOT_FOUND,
                        Pages.notFoundPage(publicBase, "/" + resource));
                return;
            }
            Pages.write(
                    resp, HttpServletResponse.SC_OK, html.get().getBytes(StandardCharsets.UTF_8));
            return;
        }
        Model m =
                Txn.calculateRead(
                        ds,
                        () -> {
                            Model d =
                                    ModelFactory.createModelForGraph(
                                            ResourceDescription.describe(ds.asDatasetGraph(), iri));
                            // Copy out of the transaction: the writer runs after it ends.
                            return ModelFactory.createDefaultModel().add(d);
                        });
        m.setNsPrefixes(Prefixes.STANDARD);
        Format format = Format.byContentType(chosen).orElse(Format.TURTLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(out, m, format.format);
        byte[] body = out.toByteArray();
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.contentType());
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(body);
    }

    /** The media type the Accept header prefers: one of the RDF formats or {@link #HTML}. */
    private static String negotiate(HttpServletRequest req) {
        MediaType mt =
                ConNeg.chooseContentType(req, OFFER, MediaType.create(Format.TURTLE.contentType()));
        String chosen = mt.getContentTypeStr();
        return "application/xhtml+xml".equals(chosen) ? HTML : chosen;
    }

    private static boolean exists(Dataset ds, String iri) {
        return Txn.calculateRead(ds, () -> ResourceDescription.exists(ds.asDatasetGraph(), iri));
    }

    /** The canonical IRI and the per-format documents, as a Link header. */
    static String links(String iri, String page) {
        StringJoiner j = new StringJoiner(", ");
        j.add("<" + iri + ">; rel=\"canonical\"");
        for (Format f : Format.values())
            j.add(
                    "<"
                            + page
                            + "."
                            + f.suffix
                            + ">; rel=\"alternate\"; type=\""
                            + f.contentType()
                            + "\"");
        j.add("<" + page + "." + HTML_SUFFIX + ">; rel=\"alternate\"; type=\"" + HTML + "\"");
        return j.toString();
    }
}
