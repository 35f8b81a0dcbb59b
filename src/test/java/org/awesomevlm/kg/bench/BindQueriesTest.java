package org.awesomevlm.kg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.awesomevlm.kg.query.CannedQuery;
import org.awesomevlm.kg.query.QueryCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BindQueriesTest {
    @TempDir Path out;

    @Test
    void writesEveryCannedQueryAsStandaloneTextWithTheSameAlgebra() throws Exception {
        String paper = "https://w3id.org/awesome-vlm/paper/arxiv-2210.10163";
        BindQueries.main(new String[] {"queries", "bench/params.txt", paper, out.toString()});
        QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));
        Map<String, Map<String, String>> params =
                BenchParams.load(Path.of("bench/params.txt"), paper);
        assertThat(catalog.all()).isNotEmpty();
        for (CannedQuery q : catalog.all()) {
            Path file = out.resolve(q.name() + ".rq");
            assertThat(file).exists();
            // Parsed on its own (as Oxigraph and HTTP clients get it): no base from outside.
            Query standalone = QueryFactory.create(Files.readString(file));
            Query bound = q.bind(params.getOrDefault(q.name(), Map.of()));
            assertThat(Algebra.compile(standalone).toString())
                    .as(q.name())
                    .isEqualTo(Algebra.compile(bound).toString());
        }
    }
}
