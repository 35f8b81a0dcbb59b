package org.awesomevlm.kg.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.awesomevlm.kg.KgException;

/**
 * Queries a SPARQL 1.1 endpoint over HTTP. The query travels as its serialised syntax tree (the
 * parameters already bound in it as RDF terms), by GET, or as an HTML form POST when long.
 */
final class EndpointTarget implements SparqlTarget {
    private final String url;

    EndpointTarget(String url) {
        this.url = check(url);
    }

    private static String check(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new KgException(
                url,
                0,
                "not a SPARQL endpoint URL (expected http://host[:port]/path, e.g."
                        + " http://localhost:8890/sparql)");
    }

    @Override
    public <T> T execute(Query query, Duration timeout, Function<QueryExecution, T> use) {
        // Form POST (not a sparql-query body) for long queries: every SPARQL 1.1 store takes it.
        QueryExecutionHTTPBuilder b =
                QueryExecutionHTTP.service(url)
                        .query(sendable(query))
                        .sendMode(QuerySendMode.asGetWithLimitForm);
        if (timeout != null) {
            b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        try (QueryExecution qe = b.build()) {
            return use.apply(qe);
        } catch (QueryCancelledException e) {
            throw timedOut(timeout, e);
        } catch (QueryExceptionHTTP e) {
            if (hasCause(e, HttpTimeoutException.class)) {
                throw timedOut(timeout, e);
            }
            throw failed(e, httpMessage(e));
        } catch (HttpException | QueryException e) {
            throw failed(e, rootMessage(e));
        }
    }

    /**
     * The query as it is sent. Jena prints IRIs relative to the base the query was parsed with but
     * leaves out the BASE declaration unless the query text had one; the endpoint would then
     * resolve them against its own base. Stating the base keeps their meaning.
     */
    static Query sendable(Query query) {
        if (query.getBaseURI() == null || query.explicitlySetBaseURI()) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setBaseURI(query.getBaseURI());
        return copy;
    }

    @Override
    public String describe() {
        return url;
    }

    private KgException failed(Exception e, String what) {
        boolean unreachable = hasCause(e, java.net.ConnectException.class);
        return new KgException(
                url, 0, (unreachable ? "cannot reach the SPARQL endpoint: " : "") + what, e);
    }

    private KgException timedOut(Duration timeout, Exception e) {
        return new KgException(url, 0, "timed out after " + timeout, e);
    }

    private static String httpMessage(QueryExceptionHTTP e) {
        if (e.getStatusCode() > 0) {
            String body = e.getResponse() == null ? "" : e.getResponse().strip();
            if (body.length() > 500) {
                body = body.substring(0, 500) + "...";
            }
            return "HTTP "
                    + e.getStatusCode()
                    + (e.getStatusLine() == null ? "" : " " + e.getStatusLine())
                    + (body.isEmpty() ? "" : ": " + body);
        }
        return rootMessage(e);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }
}
