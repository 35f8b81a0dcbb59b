package org.awesomevlm.kg.server;

import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Fuseki's SPARQL query processor, plus the SPARQL 1.1 Service Description on a GET without a query
 * string (Fuseki answers that with 404).
 */
final class QueryWithDescription extends SPARQL_QueryDataset {
    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestQueryString() == null) {
            describe(action);
            return;
        }
        super.execGet(action);
    }

    @Override
    public void execHead(HttpAction action) {
        if (action.getRequestQueryString() == null) {
            describe(action);
            return;
        }
        super.execHead(action);
    }

    @Override
    public void execOptions(HttpAction action) {
        ActionLib.doOptionsGetPostHead(action);
        ServletOps.success(action);
    }

    private static void describe(HttpAction action) {
        ServerSettings settings = ServerSettings.of(action.getRequest().getServletContext());
        String base = settings.publicBase(action.getRequest());
        RdfOutput.send(
                action.getRequest(),
                action.getResponse(),
                ServiceDescription.of(settings.dataset(), base),
                null);
        ServletOps.success(action);
    }
}
