package org.awesomevlm.kg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Content negotiation and writing of RDF responses: Turtle, JSON-LD, N-Triples, RDF/XML. */
final class RdfOutput {
    /** The formats served, in order of preference (the first is the default). */
    enum Format {
        TURTLE(Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "ttl"),
        JSONLD(Lang.JSONLD, RDFFormat.JSONLD_PRETTY, "jsonld"),
        NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES, "nt"),
        RDFXML(Lang.RDFXML, RDFFormat.RDFXML_PLAIN, "rdf");

        final Lang lang;
        final RDFFormat format;
        final String suffix;

        Format(Lang lang, RDFFormat format, String suffix) {
            this.lang = lang;
            this.format = format;
            this.suffix = suffix;
        }

        String contentType() {
            return lang.getContentType().getContentTypeStr();
        }

        static Optional<Format> bySuffix(String suffix) {
            for (Format f : values()) if (f.suffix.equals(suffix)) return Optional.of(f);
            return Optional.empty();
        }

        static Optional<Format> byContentType(String contentType) {
            for (Format f : values())
                if (f.contentType().equals(contentType)) return Optional.of(f);
            return Optional.empty();
        }
    }

    private static final AcceptList OFFER =
            AcceptList.create(
                    List.of(Format.values()).stream()
                            .map(Format::contentType)
                            .toArray(String[]::new));

    private RdfOutput() {}

    /** The format the request asks for by its Accept header; Turtle when it names none of ours. */
    static Format negotiate(HttpServletRequest request) {
        MediaType mt =
                ConNeg.chooseContentType(
                        request, OFFER, MediaType.create(Format.TURTLE.contentType()));
        return Format.byContentType(mt.getContentTypeStr()).orElse(Format.TURTLE);
    }

    /**
     * Writes a model with status 200, in {@code forced} or else in the negotiated format (then with
     * {@code Vary: Accept}).
     */
    static void send(
            HttpServletRequest request, HttpServletResponse response, Model model, Format forced) {
        Format format = forced;
        if (format == null) {
            format = negotiate(request);
            if (response.getHeader("Vary") == null) response.setHeader("Vary", "Accept");
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setCharacterEncoding("UTF-8");
        if ("HEAD".equals(request.getMethod())) return;
        try {
            OutputStream out = response.getOutputStream();
            RDFDataMgr.write(out, model, format.format);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
