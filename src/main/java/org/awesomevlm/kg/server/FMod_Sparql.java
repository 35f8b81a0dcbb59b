package org.awesomevlm.kg.server;

import java.util.Set;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.Context;

/**
 * Puts the knowledge graph at the server root: {@code /sparql} (query and service description),
 * {@code /data} (Graph Store Protocol, read), and with writes on {@code /update} and GSP writes on
 * {@code /data}, both requiring an authenticated user.
 */
final class FMod_Sparql implements FusekiModule {
    static final String SPARQL = "sparql";
    static final String DATA = "data";
    static final String UPDATE = "update";

    @Override
    public String name() {
        return "kg-sparql";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        ServerSettings settings = ServerSettings.of(builder);
        Context cxt = executionContext(settings);
        DataService.Builder service =
                DataService.newBuilder(settings.dataset().asDatasetGraph())
                        .addEndpoint(
                                Endpoint.create()
                                        .operation(Operation.Query)
                                        .endpointName(SPARQL)
                                        .processor(new BodyLimited(new QueryWithDescription()))
                                        .context(cxt)
                                        .build())
                        .addEndpoint(
                                Endpoint.create()
                                        .operation(Operation.GSP_R)
                                        .endpointName(DATA)
                                        .context(cxt)
                                        .build());
        if (settings.updatable()) {
            // Jetty's constraints (WriteSecurity) challenge for credentials; these policies
            // are the second line: Fuseki refuses the operation to an anonymous user.
            service.addEndpoint(
                            Endpoint.create()
                                    .operation(Operation.Update)
                                    .endpointName(UPDATE)
                                    .processor(new BodyLimited(new SPARQL_Update()))
                                    .authPolicy(Auth.ANY_USER)
                                    .context(cxt)
                                    .build())
                    .addEndpoint(
                            Endpoint.create()
                                    .operation(Operation.GSP_RW)
                                    .endpointName(DATA)
                                    .processor(new BodyLimited(new GSP_RW()))
                                    .authPolicy(Auth.ANY_USER)
                                    .context(cxt)
                                    .build());
            builder.securityHandler(WriteSecurity.handler(settings.passwordFile()));
        }
        builder.add("/", service);
    }

    /**
     * Timeout, no SERVICE to other endpoints, regular expressions that heed the timeout: the
     * context every query of the server runs in.
     */
    static Context executionContext(ServerSettings settings) {
        Context cxt = new Context();
        cxt.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        cxt.set(ARQ.httpServiceAllowed, false);
        CancellableRegex.install(cxt);
        return cxt;
    }

    /**
     * The context of a query the server runs itself (/api, VoID): ARQ's and the dataset's (TDB2's
     * union default graph: the lists are in named graphs) plus {@link #executionContext}. A
     * builder's {@code context(cxt)} replaces those two, so they are merged here.
     */
    static Context queryContext(ServerSettings settings) {
        Context cxt = ARQ.getContext().copy();
        cxt.putAll(settings.dataset().getContext());
        cxt.putAll(executionContext(settings));
        return cxt;
    }
}
