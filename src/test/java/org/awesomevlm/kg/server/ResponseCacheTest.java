package org.awesomevlm.kg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private static ResponseCache.Response body(String s) {
        return new ResponseCache.Response("text/plain", s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void hitsOnlyAtTheVersionItWasComputedFrom() {
        ResponseCache cache = new ResponseCache(1 << 20);
        cache.put("v1", List.of("a"), body("one"));
        assertThat(cache.get("v1", List.of("a")).body())
                .asString(StandardCharsets.UTF_8)
                .isEqualTo("one");
        assertThat(cache.get("v1", List.of("b"))).isNull();
        assertThat(cache.get("v2", List.of("a"))).isNull();
        cache.put("v2", List.of("b"), body("two"));
        // the new version dropped everything of the old one
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("v1", List.of("a"))).isNull();
    }

    @Test
    void evictsLeastRecentlyUsedBeyondTheBudget() {
        ResponseCache cache = new ResponseCache(8000);
        String kb = "x".repeat(1500);
        cache.put("v", List.of("a"), body(kb));
        cache.put("v", List.of("b"), body(kb));
        cache.put("v", List.of("c"), body(kb));
        cache.get("v", List.of("a")); // a is now more recent than b
        cache.put("v", List.of("d"), body(kb));
        cache.put("v", List.of("e"), body(kb));
        assertThat(cache.get("v", List.of("a"))).isNotNull();
        assertThat(cache.get("v", List.of("b"))).isNull();
        assertThat(cache.get("v", List.of("e"))).isNotNull();
    }

    @Test
    void offAndNullVersionKeepNothing() {
        ResponseCache off = new ResponseCache(0);
        off.put("v", List.of("a"), body("x"));
        assertThat(off.enabled()).isFalse();
        assertThat(off.get("v", List.of("a"))).isNull();
        ResponseCache on = new ResponseCache(1 << 20);
        on.put(null, List.of("a"), body("x"));
        assertThat(on.size()).isZero();
        // an entry above a quarter of the budget is not kept
        ResponseCache small = new ResponseCache(1000);
        small.put("v", List.of("a"), body("x".repeat(400)));
        assertThat(small.size()).isZero();
    }
}
