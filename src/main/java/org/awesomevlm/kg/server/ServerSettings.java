package org.awesomevlm.kg.server;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.vocab.AV;

/**
 * What a running {@link KgServer} serves and how: shared with the modules (including the HTML
 * module) through a servlet-context attribute; see {@link #of(ServletContext)}.
 *
 * @param dataset the knowledge graph (TDB2 or in-memory); read in transactions
 * @param base the public URL clients are told (ends with "/"), or null to derive it from each
 *     request's Host
 * @param timeout the query timeout for every query the server runs
 * @param passwordFile the Jetty realm file guarding writes, or null when the server is read-only
 * @param maxRequestBytes the largest request body accepted (413 above it)
 * @param catalog the canned queries served under /api (null: none)
 * @param responses finished responses kept until the database changes (budget 0: off)
 */
public record ServerSettings(
        Dataset dataset,
        String base,
        Duration timeout,
        Path passwordFile,
        long maxRequestBytes,
        QueryCatalog catalog,
        ResponseCache responses) {

    /** The servlet-context (and builder) attribute holding the settings. */
    public static final String ATTRIBUTE = ServerSettings.class.getName();

    public ServerSettings {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(responses, "responses");
        if (base != null && !base.endsWith("/")) base = base + "/";
    }

    /** The canned queries, sorted by name (empty without a catalog). */
    public java.util.Collection<CannedQuery> queries() {
        return catalog == null ? java.util.List.of() : catalog.all();
    }

    /** Whether SPARQL Update and Graph Store Protocol writes are on (behind authentication). */
    public boolean updatable() {
        return passwordFile != null;
    }

    /** The settings of the server this servlet context belongs to. */
    public static ServerSettings of(ServletContext cxt) {
        return (ServerSettings) Objects.requireNonNull(cxt.getAttribute(ATTRIBUTE), ATTRIBUTE);
    }

    /** The settings of the server being built (for {@code FusekiModule.prepare}). */
    public static ServerSettings of(FusekiServer.Builder builder) {
        return (ServerSettings)
                Objects.requireNonNull(builder.getServletAttribute(ATTRIBUTE), ATTRIBUTE);
    }

    /**
     * The public base URL for a request: the configured base, else scheme, host and port of the
     * request plus the context path. Always ends with "/".
     */
    public String publicBase(HttpServletRequest request) {
        if (base != null) return base;
        StringBuilder sb = new StringBuilder();
        sb.append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort =
                ("http".equals(request.getScheme()) && port == 80)
                        || ("https".equals(request.getScheme()) && port == 443);
        if (port > 0 && !defaultPort) sb.append(':').append(port);
        sb.append(request.getContextPath());
        if (sb.charAt(sb.length() - 1) != '/') sb.append('/');
        return sb.toString();
    }

    /**
     * The public URL of a minted IRI ({@code https://w3id.org/awesome-vlm/X} becomes {@code
     * publicBase + X}); other IRIs are returned unchanged.
     */
    public static String toPublic(String iri, String publicBase) {
        if (iri != null && iri.startsWith(AV.BASE) && publicBase != null)
            return publicBase + iri.substring(AV.BASE.length());
        return iri;
    }
}
