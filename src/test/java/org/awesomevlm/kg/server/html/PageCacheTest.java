package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {
    @Test
    void tdb2PagesAreKeptUntilTheDatabaseChanges(@TempDir Path tmp) {
        Dataset ds = TDB2Factory.connectDataset(tmp.resolve("db").toString());
        try {
            Txn.executeWrite(
                    ds,
                    () ->
                            RDFDataMgr.read(
                                    ds.getDefaultModel(), "src/test/resources/html/fixture.ttl"));
            PageCache cache = new PageCache(ds);
            AtomicInteger renders = new AtomicInteger();
            Links links = new Links("");
            java.util.function.Supplier<String> stats =
                    () -> {
                        renders.incrementAndGet();
                        return StatsPage.render(ds, links);
                    };
            String first = cache.get("stats", stats, "");
            assertThat(cache.get("stats", stats, "")).isSameAs(first);
            assertThat(renders).hasValue(1);
            Txn.executeWrite(
                    ds,
                    () ->
                            ds.getDefaultModel()
                                    .add(
                                            ResourceFactory.createResource(
                                                    Fixtures.BASE + "paper/t-x"),
                                            DCTerms.issued,
                                            "1999"));
            String after = cache.get("stats", stats, "");
            assertThat(renders).hasValue(2);
            assertThat(after).contains("1999").isNotEqualTo(first);
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void theBaseIsFilledInPerRequestAndEscaped() {
        String page = "<a href=\"" + PageCache.BASE_MARKER + "/paper/x\">x</a>";
        assertThat(PageCache.withBase(page, "http://a.example:8080/"))
                .isEqualTo("<a href=\"http://a.example:8080/paper/x\">x</a>");
        assertThat(PageCache.withBase(page, "")).isEqualTo("<a href=\"/paper/x\">x</a>");
        assertThat(PageCache.withBase(page, "http://h/\"><script>")).doesNotContain("\"><script>");
    }

    @Test
    void inMemoryDataIsNeverCached() {
        Dataset ds = Fixtures.load("fixture.ttl");
        PageCache cache = new PageCache(ds);
        AtomicInteger renders = new AtomicInteger();
        cache.get("k", () -> "v" + renders.incrementAndGet(), "");
        assertThat(cache.get("k", () -> "v" + renders.incrementAndGet(), "")).isEqualTo("v2");
    }
}
