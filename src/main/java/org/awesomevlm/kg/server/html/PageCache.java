package org.awesomevlm.kg.server.html;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.jsoup.nodes.Entities;

/**
 * Keeps the pages that aggregate the whole graph (home, stats) until the TDB2 database changes (the
 * same storage fingerprint as the text index). Data without a fingerprint (in memory) is never
 * cached. One computation per page at a time: concurrent first visitors wait for it.
 */
final class PageCache {
    private record Entry(String fingerprint, String html) {}

    /** Stands for the public base in cached pages (survives HTML escaping unchanged). */
    static final String BASE_MARKER = "kg-public-base-7f3a9c";

    private final Dataset ds;
    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    PageCache(Dataset ds) {
        this.ds = ds;
    }

    /**
     * The page {@code key} for a request whose public base is {@code base}; {@code render} builds
     * it with links made by {@code new Links(BASE_MARKER)}.
     */
    String get(String key, Supplier<String> render, String base) {
        return withBase(cached(key, render), base);
    }

    /** Renders into the cache (at start-up, before any request). */
    void warm(String key, Supplier<String> render) {
        cached(key, render);
    }

    private String cached(String key, Supplier<String> render) {
        String fingerprint = TextIndexFiles.fingerprint(ds);
        if (fingerprint == null) {
            return render.get();
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Entry e = pages.get(key);
            if (e != null && e.fingerprint().equals(fingerprint)) {
                return e.html();
            }
            String html = render.get();
            pages.put(key, new Entry(fingerprint, html));
            return html;
        }
    }

    static String withBase(String html, String base) {
        return html.replace(BASE_MARKER, Entities.escape(new Links(base).base()));
    }
}
