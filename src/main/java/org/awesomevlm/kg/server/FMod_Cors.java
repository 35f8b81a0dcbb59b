package org.awesomevlm.kg.server;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;
import org.apache.jena.rdf.model.Model;

/**
 * CORS for browser clients on other origins: any origin may read (GET, HEAD, POST for SPARQL
 * queries); no credentials, so a page elsewhere cannot use a user's login to write.
 */
final class FMod_Cors implements FusekiModule {
    static final Map<String, String> PARAMS =
            Map.of(
                    CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
                    CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD,POST,OPTIONS",
                    CrossOriginFilter.ALLOWED_HEADERS_PARAM,
                            "X-Requested-With, Content-Type, Accept, Origin, Last-Modified",
                    CrossOriginFilter.EXPOSED_HEADERS_PARAM,
                            "Cache-Control, Content-Language, Content-Length, Content-Type,"
                                    + " Content-Location, Expires, Last-Modified, Link, Pragma,"
                                    + " Vary",
                    CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                    CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");

    @Override
    public String name() {
        return "kg-cors";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new ConfiguredCorsFilter());
    }

    /** Fuseki's CORS filter with our parameters instead of web.xml init parameters. */
    static final class ConfiguredCorsFilter extends CrossOriginFilter {
        @Override
        public void init(FilterConfig config) throws ServletException {
            super.init(
                    new FilterConfig() {
                        @Override
                        public String getFilterName() {
                            return config.getFilterName();
                        }

                        @Override
                        public ServletContext getServletContext() {
                            return config.getServletContext();
                        }

                        @Override
                        public String getInitParameter(String name) {
                            return PARAMS.get(name);
                        }

                        @Override
                        public Enumeration<String> getInitParameterNames() {
                            return Collections.enumeration(PARAMS.keySet());
                        }
                    });
        }
    }
}
