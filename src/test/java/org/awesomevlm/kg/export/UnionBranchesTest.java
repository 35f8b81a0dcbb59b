package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.awesomevlm.kg.query.SparqlTarget;
import org.junit.jupiter.api.Test;

class UnionBranchesTest {
    private static final String DATA =
            "@prefix : <http://example.org/> .\n"
                    + ":a :p 1 , 2 , 3 .\n"
                    + ":b :q 10 , 20 .\n"
                    + ":c :r \"x\" .\n";

    private static SparqlTarget target() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(m);
        Dataset ds = RoundTrip.dataset(m);
        return SparqlTarget.local(ds);
    }

    private static final String UNION =
            "PREFIX : <http://example.org/> SELECT ?s ?v ?k WHERE {"
                    + " { ?s :p ?v BIND(1 AS ?k) } UNION { ?s :q ?v BIND(2 AS ?k) }"
                    + " UNION { ?s :r ?v BIND(3 AS ?k) } }";

    @Test
    void aUnionSplitsIntoItsBranchesWithTheSameProjectionAndAnythingElseStaysWhole() {
        Query q = QueryFactory.create(UNION);
        List<Query> branches = UnionBranches.of(q);
        assertThat(branches).hasSize(3);
        for (Query b : branches) {
            assertThat(b.getResultVars()).containsExactly("s", "v", "k");
        }
        assertThat(branches.get(1).toString()).contains(":q").doesNotContain(":p ", ":r ");

        Query plain = QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o }");
        assertThat(UnionBranches.of(plain)).containsExactly(plain);
        Query nested =
                QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o { ?s ?q 1 } UNION { ?s ?q 2 } }");
        assertThat(UnionBranches.of(nested)).containsExactly(nested);
    }

    @Test
    void everyBranchHandsItsRowsToItsOwnSinkOnOneOrSeveralThreads() {
        SparqlTarget ds = target();
        List<Query> branches = UnionBranches.of(QueryFactory.create(UNION));
        for (int threads : new int[] {1, 2, 3}) {
            Map<Integer, List<String>> rows = new ConcurrentHashMap<>();
            UnionBranches.forEach(
                    ds,
                    branches,
                    threads,
                    i -> {
                        List<String> mine = Collections.synchronizedList(new ArrayList<>());
                        rows.put(i, mine);
                        return r ->
                                mine.add(
                                        r.getLiteral("k").getInt()
                                                + ":"
                                                + r.get("v").asLiteral().getLexicalForm());
                    });
            assertThat(rows.get(0)).containsExactlyInAnyOrder("1:1", "1:2", "1:3");
            assertThat(rows.get(1)).containsExactlyInAnyOrder("2:10", "2:20");
            assertThat(rows.get(2)).containsExactly("3:x");
        }
    }

    @Test
    void aFailingBranchFailsTheWholeRunWithItsOwnException() {
        SparqlTarget ds = target();
        List<Query> branches = UnionBranches.of(QueryFactory.create(UNION));
        assertThatThrownBy(
                        () ->
                                UnionBranches.forEach(
                                        ds,
                                        branches,
                                        2,
                                        i ->
                                                r -> {
                                                    if (i == 1) {
                                                        throw new IllegalArgumentException(
                                                                "bad row in branch 1");
                                                    }
                                                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad row in branch 1");
    }
}
