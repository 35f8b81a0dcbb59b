package org.awesomevlm.kg.server;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finished responses (pages, canned-query results, resource descriptions; see {@link
 * ResponseCacheFilter}) kept by request and {@link DataVersion}: an entry is served only while the
 * database is at the version it was computed from, so every committed write invalidates everything.
 * Least recently used entries go first when the byte budget is full; a budget of 0 turns caching
 * off.
 */
public final class ResponseCache {
    /**
     * A cached body with its content type and the other headers to send with it.
     *
     * @param headers names and values in turn
     */
    public record Response(String contentType, byte[] body, List<String> headers) {
        public Response {
            headers = List.copyOf(headers);
        }

        /** A body without other headers. */
        public Response(String contentType, byte[] body) {
            this(contentType, body, List.of());
        }
    }

    private record Key(Object version, List<String> request) {}

    private final long budget;
    private long used;
    private Object current;
    private final LinkedHashMap<Key, Response> entries = new LinkedHashMap<>(256, 0.75f, true);

    /** A cache holding at most {@code budgetBytes} of bodies (0: off). */
    public ResponseCache(long budgetBytes) {
        if (budgetBytes < 0) throw new IllegalArgumentException("negative cache budget");
        this.budget = budgetBytes;
    }

    /** Whether responses are cached at all. */
    public boolean enabled() {
        return budget > 0;
    }

    /**
     * The response for {@code request} (every part that changes the answer: path, parameters,
     * content type, public base) at data version {@code version}, or null when not cached.
     */
    public synchronized Response get(Object version, List<String> request) {
        if (version == null || !enabled()) return null;
        return entries.get(new Key(version, request));
    }

    /** Keeps {@code response}; a new version drops the entries of the old one. */
    public synchronized void put(Object version, List<String> request, Response response) {
        Objects.requireNonNull(response);
        long size = size(request, response);
        if (version == null || !enabled() || size > maxEntryBytes()) return;
        if (!version.equals(current)) {
            // A write committed: nothing older can hit again.
            entries.clear();
            used = 0;
            current = version;
        }
        Response old = entries.put(new Key(version, request), response);
        if (old != null) used -= size(request, old);
        used += size;
        Iterator<Map.Entry<Key, Response>> it = entries.entrySet().iterator();
        while (used > budget && it.hasNext()) {
            Map.Entry<Key, Response> e = it.next();
            used -= size(e.getKey().request(), e.getValue());
            it.remove();
        }
    }

    /** The largest body worth keeping (a quarter of the budget; 0 when off). */
    public long maxEntryBytes() {
        return budget / 4;
    }

    /** Number of entries (for tests and logs). */
    public synchronized int size() {
        return entries.size();
    }

    private static long size(List<String> request, Response r) {
        long n = 64 + r.body().length;
        for (String s : request) n += 40 + 2L * s.length();
        for (String s : r.headers()) n += 40 + 2L * s.length();
        return n;
    }
}
