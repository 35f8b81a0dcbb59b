package org.awesomevlm.kg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.server.html.HtmlModule;

/**
 * The knowledge-graph web server: an embedded Fuseki serving SPARQL, the Graph Store Protocol, the
 * canned-query API, linked data and dumps over one dataset.
 *
 * <pre>{@code
 * KgServer server = KgServer.builder().dataset(ds).port(0).build().start();
 * try { ... server.port() ... } finally { server.stop(); }
 * }</pre>
 */
public final class KgServer {
    /** Default query timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Default number of requests served at once. */
    public static final int DEFAULT_MAX_ACTIVE = 16;

    /** Default request body limit of a read-only server (queries are small). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    /** Default request body limit when writes are on (room for data uploads). */
    public static final long DEFAULT_MAX_REQUEST_BYTES_UPDATE = 64L << 20;

    /** Default budget of the response cache (pages, API results, resource descriptions). */
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private KgServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    public KgServer start() {
        fuseki.start();
        return this;
    }

    /** The HTTP port (the real one after {@link #start()} when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://localhost:PORT/}: where this process can reach the server. */
    public String localUrl() {
        return "http://localhost:" + port() + "/";
    }

    public ServerSettings settings() {
        return settings;
    }

    /** The embedded Fuseki server (for tests of its Jetty set-up). */
    FusekiServer fuseki() {
        return fuseki;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Builds a {@link KgServer}; only the dataset is required. */
    public static final class Builder {
        private Dataset dataset;
        private int port = 3030;
        private String base;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxActive = DEFAULT_MAX_ACTIVE;
        private Duration maxWait;
        private Path passwordFile;
        private QueryCatalog catalog;
        private Long maxRequestBytes;
        private boolean localhostOnly;
        private boolean html = true;
        private long cacheBytes = DEFAULT_CACHE_BYTES;
        private final List<FusekiModule> extraModules = new ArrayList<>();

        private Builder() {}

        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** HTTP port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Public URL clients are told, e.g. {@code https://kg.example.org/}; null: per request. */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** The canned queries served under {@code /api}. */
        public Builder catalog(QueryCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /** Turns on SPARQL Update and GSP writes for the users of this Jetty realm file. */
        public Builder update(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /**
         * Requests served at once (default {@value #DEFAULT_MAX_ACTIVE}, below Fuseki's 20 Jetty
         * threads); others wait at most {@code maxWait} (default: the query timeout), then 503.
         */
        public Builder overload(int maxActive, Duration maxWait) {
            this.maxActive = maxActive;
            this.maxWait = Objects.requireNonNull(maxWait);
            return this;
        }

        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** Listen on the loopback interface only. */
        public Builder localhostOnly(boolean localhostOnly) {
            this.localhostOnly = localhostOnly;
            return this;
        }

        /** Whether to add the HTML user interface ({@link HtmlModule}; default true). */
        public Builder html(boolean html) {
            this.html = html;
            return this;
        }

        /**
         * Bytes of finished responses kept until the database changes (default {@value
         * #DEFAULT_CACHE_BYTES}); 0 turns the cache off. Only TDB2 data is cached.
         */
        public Builder cacheBytes(long cacheBytes) {
            this.cacheBytes = cacheBytes;
            return this;
        }

        /** Adds a Fuseki module after the server's own. */
        public Builder module(FusekiModule module) {
            extraModules.add(Objects.requireNonNull(module));
            return this;
        }

        public KgServer build() {
            Objects.requireNonNull(dataset, "dataset");
            long limit =
                    maxRequestBytes != null
                            ? maxRequestBytes
                            : passwordFile != null
                                    ? DEFAULT_MAX_REQUEST_BYTES_UPDATE
                                    : DEFAULT_MAX_REQUEST_BYTES;
            ServerSettings settings =
                    new ServerSettings(
                            dataset,
                            base,
                            timeout,
                            passwordFile,
                            limit,
                            catalog,
                            new ResponseCache(cacheBytes));
            List<FusekiModule> modules = new ArrayList<>();
            modules.add(new FMod_OutputBuffers());
            modules.add(new FMod_Cors());
            modules.add(new FMod_Sparql());
            modules.add(new FMod_Root());
            modules.add(new FMod_LinkedData());
            modules.add(new FMod_Api());
            modules.add(new FMod_Feed());
            modules.add(new FMod_Backup());
            modules.add(new FMod_RequestLimit(limit));
            modules.add(new FMod_Overload(maxActive, maxWait != null ? maxWait : timeout));
            if (html) modules.add(new HtmlModule());
            modules.addAll(extraModules);
            FusekiServer fuseki =
                    FusekiServer.create()
                            .port(port)
                            .loopback(localhostOnly)
                            .addServletAttribute(ServerSettings.ATTRIBUTE, settings)
                            .fusekiModules(FusekiModules.create(modules))
                            .build();
            return new KgServer(fuseki, settings);
        }
    }
}
