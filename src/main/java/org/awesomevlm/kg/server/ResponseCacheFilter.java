package org.awesomevlm.kg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Serves GET requests from the {@link ResponseCache}, keyed by the {@link DataVersion}: the request
 * (path, sorted parameters, Accept, public base) at the version read before the servlet runs. A
 * miss runs the servlet with its output copied, and a 200 answer written through the output stream
 * is kept with the headers the servlet set (not those of filters in front, such as CORS). A request
 * with {@code Cache-Control: no-cache} is computed and not kept (benchmarks use it for the real
 * cost of a page).
 */
final class ResponseCacheFilter implements Filter {
    private static final Set<String> UNKEPT = Set.of("content-type", "content-length", "date");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        ServerSettings settings = ServerSettings.of(req.getServletContext());
        ResponseCache cache = settings.responses();
        if (!cache.enabled() || !"GET".equals(req.getMethod()) || noCache(req)) {
            chain.doFilter(req, resp);
            return;
        }
        // Read before anything is computed (see DataVersion.of).
        Object version = DataVersion.of(settings.dataset());
        if (version == null) {
            chain.doFilter(req, resp);
            return;
        }
        List<String> key = key(req, settings.publicBase(req));
        ResponseCache.Response hit = cache.get(version, key);
        if (hit != null) {
            replay(hit, resp);
            return;
        }
        Map<String, List<String>> before = new HashMap<>();
        for (String name : resp.getHeaderNames()) {
            before.put(name, List.copyOf(resp.getHeaders(name)));
        }
        Capture capture = new Capture(resp, cache.maxEntryBytes());
        chain.doFilter(req, capture);
        byte[] body = capture.body();
        if (body == null || capture.getStatus() != HttpServletResponse.SC_OK) return;
        List<String> headers = new ArrayList<>();
        for (String name : resp.getHeaderNames()) {
            List<String> values = List.copyOf(resp.getHeaders(name));
            if (values.equals(before.get(name)) || UNKEPT.contains(name.toLowerCase(Locale.ROOT)))
                continue; // set in front of this filter (CORS) or by the replay itself
            for (String value : values) headers.addAll(List.of(name, value));
        }
        cache.put(version, key, new ResponseCache.Response(resp.getContentType(), body, headers));
    }

    private static boolean noCache(HttpServletRequest req) {
        for (String v : Collections.list(req.getHeaders("Cache-Control"))) {
            if (v.toLowerCase(Locale.ROOT).contains("no-cache")) return true;
        }
        return false;
    }

    /** Every part of the request that can change the answer. */
    private static List<String> key(HttpServletRequest req, String publicBase) {
        List<String> key = new ArrayList<>();
        key.add(req.getRequestURI());
        key.add(String.valueOf(req.getHeader("Accept")));
        key.add(publicBase);
        new TreeMap<>(req.getParameterMap())
                .forEach(
                        (k, values) -> {
                            key.add(k);
                            key.addAll(List.of(values));
                            key.add("\u0000"); // ends the values of one name
                        });
        return key;
    }

    private static void replay(ResponseCache.Response r, HttpServletResponse resp)
            throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        List<String> h = r.headers();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + 1 < h.size(); i += 2) {
            // the first value replaces one a filter in front set; more values add to it
            if (seen.add(h.get(i))) resp.setHeader(h.get(i), h.get(i + 1));
            else resp.addHeader(h.get(i), h.get(i + 1));
        }
        resp.setContentType(r.contentType());
        resp.setContentLength(r.body().length);
        resp.getOutputStream().write(r.body());
    }

    /** The response with its output stream copied (up to the cache's entry limit). */
    private static final class Capture extends HttpServletResponseWrapper {
        private final long limit;
        private CopyingStream copy;
        private ServletOutputStream stream;
        private boolean writer;

        Capture(HttpServletResponse resp, long limit) {
            super(resp);
            this.limit = limit;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                copy = new CopyingStream(out, limit);
                stream = new CopyingServletStream(out, copy);
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            writer = true; // text written as characters is not kept
            return super.getWriter();
        }

        @Override
        public void reset() {
            super.reset();
            copy = null; // a timeout answer replaced what was written
            stream = null;
        }

        /** The body written, or null when not kept (too big, a writer, reset, nothing). */
        byte[] body() {
            return writer || copy == null ? null : copy.copied();
        }
    }

    private static final class CopyingServletStream extends ServletOutputStream {
        private final ServletOutputStream out;
        private final CopyingStream copy;

        CopyingServletStream(ServletOutputStream out, CopyingStream copy) {
            this.out = out;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            copy.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            copy.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            copy.flush();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
