package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;

class SortedRowsTest {
    private static final List<String> VARS = List.of("list", "order", "part", "n", "p", "o", "url");
    private static final Node LIST = NodeFactory.createURI("https://example.org/list/a");

    /** Rows with ties on (order, part, n, p) that must keep their arrival order. */
    private static List<QuerySolution> rows(int n) {
        var m = ModelFactory.createDefaultModel();
        List<QuerySolution> rows = new ArrayList<>();
        Node[] objects = {
            NodeFactory.createLiteralLang("Über \"x\"\n", "de"),
            NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralString("plain é 🙂"),
            NodeFactory.createURI("https://example.org/x"),
            null
        };
        for (int i = 0; i < n; i++) {
            QuerySolutionMap r = new QuerySolutionMap();
            r.add("list", m.asRDFNode(LIST));
            // numbers compared as numbers: 10 sorts after 9, not between 1 and 2
            r.add("order", m.createTypedLiteral(BigInteger.valueOf(i / 6)));
            r.add("part", m.createTypedLiteral(BigInteger.valueOf(i % 2)));
            r.add("n", m.createTypedLiteral(BigInteger.valueOf((i / 2) % 3)));
            if (i % 3 != 0) {
                r.add("p", m.createResource("https://example.org/p" + (i % 2)));
            }
            Node o = objects[i % objects.length];
            if (o != null) {
                r.add("o", m.asRDFNode(o));
            }
            r.add("url", m.createLiteral("row " + i));
            rows.add(r);
        }
        return rows;
    }

    private static List<String> sorted(List<QuerySolution> input, long memoryBytes) {
        List<String> out = new ArrayList<>();
        try (SortedRows sorted = new SortedRows(VARS, LIST, memoryBytes)) {
            input.forEach(sorted::add);
            sorted.forEachSorted(r -> out.add(render(r)));
        }
        return out;
    }

    private static String render(QuerySolution r) {
        StringBuilder b = new StringBuilder();
        for (String v : VARS) {
            RDFNode n = r.get(v);
            b.append(v).append('=').append(n == null ? "-" : n.asNode().toString()).append(' ');
        }
        return b.toString();
    }

    @Test
    void sortsByTheNumbersThenPredicateKeepingTiesInArrivalOrderWithEveryTermIntact() {
        List<QuerySolution> input = rows(3000);
        Collections.shuffle(input, new Random(7));
        List<String> expected = new ArrayList<>();
        // the oracle: a stable sort by (order, part, n, p), unbound p first
        List<QuerySolution> byOrder = new ArrayList<>(input);
        byOrder.sort(
                (a, b) -> {
                    for (String v : List.of("order", "part", "n")) {
                        int c = Long.compare(a.getLiteral(v).getLong(), b.getLiteral(v).getLong());
                        if (c != 0) {
                            return c;
                        }
                    }
                    String pa = a.contains("p") ? a.getResource("p").getURI() : "";
                    String pb = b.contains("p") ? b.getResource("p").getURI() : "";
                    return pa.compareTo(pb);
                });
        byOrder.forEach(r -> expected.add(render(r)));

        assertThat(sorted(input, 1L << 30)).containsExactlyElementsOf(expected);
    }

    @Test
    void runsOnDiskMergeBackToTheSameRowsAsInMemory() {
        List<QuerySolution> input = rows(5000);
        Collections.shuffle(input, new Random(11));
        // 4 KB: about 200 runs on disk, more than the 100 SortedDataBag merges at once
        assertThat(sorted(input, 4_000)).containsExactlyElementsOf(sorted(input, 1L << 30));
    }
}
