package org.awesomevlm.kg.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL_MultiLine;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.AtomicFiles;
import org.awesomevlm.kg.vocab.AV;

/**
 * Writes a graph as Turtle a person can review in a diff: the same graph always gives the same
 * bytes. Subjects, predicates (rdf:type first) and objects are sorted, numbers in IRIs in numeric
 * order; nodes are formatted by Jena (escaping, prefixes, base-relative IRIs).
 */
public final class TurtleOut {
    private static final String INDENT = "    ";
    private static final int LINE = 100;

    private TurtleOut() {}

    /** Writes {@code model} to {@code target} via a temporary file and an atomic move. */
    public static void writeAtomically(Model model, Path target) {
        AtomicFiles.write(target, out -> write(model, out));
    }

    public static String toString(Model model) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(model, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    public static void write(Model model, OutputStream out) {
        PrefixMap prefixes = PrefixMapFactory.create(model.getNsPrefixMap());
        NodeFormatter fmt = new NodeFormatterTTL_MultiLine(AV.BASE, prefixes);
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("@base <" + AV.BASE + "> .\n");
            for (Map.Entry<String, String> p : new TreeMap<>(model.getNsPrefixMap()).entrySet()) {
                w.write("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
            }
            // grouped in hash maps, sorted once: by subject IRI (an entry before its lines), then
            // predicate, then object
            Map<Node, Map<String, List<String>>> bySubject = new HashMap<>();
            Map<Node, String> formatted = new HashMap<>();
            model.getGraph()
                    .find()
                    .forEachRemaining(
                            t ->
                                    bySubject
                                            .computeIfAbsent(t.getSubject(), k -> new HashMap<>())
                                            .computeIfAbsent(
                                                    formatted.computeIfAbsent(
                                                            t.getPredicate(),
                                                            n -> predicate(fmt, n)),
                                                    k -> new ArrayList<>())
                                            .add(
                                                    formatted.computeIfAbsent(
                                                            t.getObject(), n -> format(fmt, n))));
            List<Node> subjects = new ArrayList<>(bySubject.keySet());
            subjects.sort(Comparator.comparing(Node::toString, NATURAL));
            for (Node subject : subjects) {
                w.write("\n" + formatted.computeIfAbsent(subject, n -> format(fmt, n)) + "\n");
                List<String> predicates = new ArrayList<>(bySubject.get(subject).keySet());
                predicates.sort(PREDICATES);
                int n = 0;
                for (String p : predicates) {
                    List<String> objects = bySubject.get(subject).get(p);
                    objects.sort(NATURAL);
                    w.write(INDENT + p);
                    String oneLine = String.join(", ", objects);
                    if (objects.size() == 1
                            || (oneLine.length() < LINE && !oneLine.contains("\n"))) {
                        w.write(" " + oneLine);
                    } else {
                        String sep = ",\n" + INDENT + INDENT;
                        w.write("\n" + INDENT + INDENT + String.join(sep, objects));
                    }
                    w.write(++n < predicates.size() ? " ;\n" : " .\n");
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String predicate(NodeFormatter fmt, Node p) {
        return p.equals(RDF.type.asNode()) ? "a" : format(fmt, p);
    }

    private static String format(NodeFormatter fmt, Node n) {
        IndentedLineBuffer b = new IndentedLineBuffer();
        fmt.format(b, n);
        return b.asString();
    }

    private static final Comparator<String> NATURAL = TurtleOut::natural;

    private static final Comparator<String> PREDICATES =
            Comparator.comparing((String p) -> !p.equals("a")).thenComparing(NATURAL);

    /** String order, except that runs of digits compare as numbers ("line/2" before "line/10"). */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int si = i;
                int sj = j;
                while (si < ei - 1 && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < ej - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                int c = (ei - si) - (ej - sj);
                for (int k = 0; c == 0 && k < ei - si; k++) {
                    c = a.charAt(si + k) - b.charAt(sj + k);
                }
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = (a.length() - i) - (b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
