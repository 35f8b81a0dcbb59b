package org.awesomevlm.kg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.awesomevlm.kg.KgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCatalogTest {
    @TempDir Path dir;

    @Test
    void loadsEveryRqFileByName() throws IOException {
        Files.writeString(dir.resolve("b.rq"), "#+ summary: second\nSELECT * { ?s ?p ?o }");
        Files.writeString(dir.resolve("a.rq"), "#+ summary: first\nASK { ?s ?p ?_o }");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        QueryCatalog c = QueryCatalog.load(dir);
        assertThat(c.all()).extracting(CannedQuery::name).containsExactly("a", "b");
        assertThat(c.get("a").summary()).isEqualTo("first");
        assertThat(c.get("a").source()).isEqualTo(dir.resolve("a.rq"));
        assertThat(c.find("notes")).isEmpty();
    }

    @Test
    void resolvesNamesAndPaths() throws IOException {
        Files.writeString(dir.resolve("a.rq"), "SELECT * { ?s ?p ?o }");
        Path adhoc = Files.writeString(dir.resolve("other.sparql"), "ASK {}");
        QueryCatalog c = QueryCatalog.load(dir);
        assertThat(c.resolve("a")).isSameAs(c.get("a"));
        assertThat(c.resolve(adhoc.toString()).name()).isEqualTo("other.sparql");
        assertThat(c.resolve(dir.resolve("a.rq").toString()).text()).contains("SELECT");
        assertThatThrownBy(() -> c.resolve("missing"))
                .isInstanceOf(KgException.class)
                .hasMessageContaining("unknown query 'missing'");
        assertThatThrownBy(() -> c.resolve("nowhere/missing.rq"))
                .isInstanceOf(KgException.class)
                .hasMessageContaining("query file not found");
    }

    @Test
    void aBrokenFileIsReportedWithItsName() throws IOException {
        Files.writeString(dir.resolve("bad.rq"), "SELECT * {\n ?s ?p \n}");
        assertThatThrownBy(() -> QueryCatalog.load(dir))
                .isInstanceOfSatisfying(
                        KgException.class,
                        e -> {
                            assertThat(e.file()).isEqualTo(dir.resolve("bad.rq").toString());
                            assertThat(e.line()).isEqualTo(3);
                        });
        assertThatThrownBy(() -> QueryCatalog.load(dir.resolve("none")))
                .hasMessageContaining("query directory not found");
    }

    @Test
    void loadsOnlyTheNamedQueries() throws IOException {
        Files.writeString(dir.resolve("a.rq"), "#+ summary: first\nASK { ?s ?p ?_o }");
        Files.writeString(dir.resolve("b.rq"), "SELECT * { ?s ?p ?o }");
        Files.writeString(dir.resolve("bad.rq"), "SELECT * {\n ?s ?p \n}");
        QueryCatalog c = QueryCatalog.load(dir, "b", "a");
        assertThat(c.all()).extracting(CannedQuery::name).containsExactly("a", "b");
        assertThat(c.get("a").summary()).isEqualTo("first");
        assertThat(c.find("bad")).isEmpty();
        assertThatThrownBy(() -> QueryCatalog.load(dir, "a", "missing"))
                .isInstanceOfSatisfying(
                        KgException.class,
                        e -> {
                            assertThat(e.file()).isEqualTo(dir.resolve("missing.rq").toString());
                            assertThat(e).hasMessageContaining("query file not found");
                        });
        assertThatThrownBy(() -> QueryCatalog.load(dir, "bad"))
                .isInstanceOfSatisfying(KgException.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThatThrownBy(() -> QueryCatalog.load(dir.resolve("none"), "a"))
                .hasMessageContaining("query directory not found");
    }
}
