package org.awesomevlm.kg.server.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.awesomevlm.kg.vocab.AV;

/**
 * Turns IRIs into hrefs: minted IRIs into the server's own paths under the public base, outside
 * URLs into links only when they are plain http(s).
 */
final class Links {
    // A minted path must look like one (slugs, dots, slashes); anything else is not linked, so an
    // IRI such as BASE + "/evil.example/x" can never become a protocol-relative href.
    private static final Pattern LOCAL_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~\\-/]*");

    private final String base;

    Links(String publicBase) {
        String b = publicBase == null ? "" : publicBase.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        this.base = b;
    }

    /** The public base without a trailing slash ("" means root-relative links). */
    String base() {
        return base;
    }

    /** A path of this server, e.g. {@code path("/stats")}. */
    String path(String absolutePath) {
        return base + absolutePath;
    }

    /** The server's href for a minted IRI, or null when the IRI is not one of ours. */
    String local(String iri) {
        if (iri == null || !iri.startsWith(AV.BASE)) {
            return null;
        }
        String rest = iri.substring(AV.BASE.length());
        if (!LOCAL_PATH.matcher(rest).matches() || rest.contains("..")) {
            return null;
        }
        return base + "/" + rest;
    }

    /** The href of any IRI shown on a page: ours → local path, else a safe external URL or null. */
    String href(String iri) {
        String local = local(iri);
        return local != null ? local : external(iri);
    }

    /** The URL itself when it is an absolute http or https URL with a host, else null. */
    static String external(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return null;
            }
            String s = scheme.toLowerCase(Locale.ROOT);
            return s.equals("http") || s.equals("https") ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The arXiv abstract page of an id such as {@code 2403.02469}. */
    static String arxiv(String id) {
        return "https://arxiv.org/abs/" + encodePath(id);
    }

    /** The doi.org resolver URL of a DOI such as {@code 10.1000/xyz}. */
    static String doi(String doi) {
        return "https://doi.org/" + encodePath(doi);
    }

    // Percent-encodes everything outside RFC 3986 unreserved characters and '/', so an id can
    // only ever be a path under the fixed https host.
    private static String encodePath(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.strip().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
