package org.awesomevlm.kg.server;

import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;
import org.eclipse.jetty.http.HttpException;

/**
 * Answers 413 when a body without Content-Length (chunked) grows past the request limit while a
 * Fuseki processor reads it, and 400 when its chunked encoding is malformed. Jetty then fails the
 * read with its own status, which Fuseki would report as a 500; bodies with a Content-Length over
 * the limit never get this far.
 */
final class BodyLimited implements ActionProcessor {
    private final ActionProcessor delegate;

    BodyLimited(ActionProcessor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void process(HttpAction action) {
        try {
            delegate.process(action);
        } catch (RuntimeException e) {
            // The size limit's 413 may be wrapped in a 400: look for it through the whole chain.
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof HttpException h && h.getCode() == HttpSC.PAYLOAD_TOO_LARGE_413)
                    ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "Request body too large");
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof HttpException h && h.getCode() / 100 == 4)
                    ServletOps.error(h.getCode(), "Malformed request body: " + h.getReason());
            throw e;
        }
    }
}
