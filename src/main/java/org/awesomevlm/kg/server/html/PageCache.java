package org.awesomevlm.kg.server.html;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;

/**
 * Keeps the pages that aggregate the whole graph (home, stats) until the TDB2 database changes (the
 * same storage fingerprint as the text index). Data without a fingerprint (in memory) is never
 * cached. One computation per page at a time: concurrent first visitors wait for it.
 */
final class PageCache {
    private record Entry(String fingerprint, String html) {}

    private final Dataset ds;
    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    PageCache(Dataset ds) {
        this.ds = ds;
    }

    String get(String key, Supplier<String> render) {
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
}
