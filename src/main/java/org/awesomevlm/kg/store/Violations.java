package org.awesomevlm.kg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.sparql.util.FmtUtils;

/** Turns SHACL report entries into located, readable violation lines. */
final class Violations {
    /** One violation with the place its focus node is written (file null, line 0 when unknown). */
    record Located(Path file, long line, String text) {}

    /** How many distinct focus nodes are looked up in the files (a bound on a mass failure). */
    static final int MAX_LOCATED = 1000;

    private Violations() {}

    static List<Located> locate(List<ReportEntry> entries, List<Path> sources, Graph shapesGraph) {
        if (entries.isEmpty()) {
            return List.of();
        }
        // Only reported nodes are searched for, and at most MAX_LOCATED of them: bounded work and
        // memory at any data size; the others sort last, without a line.
        Set<Node> focus = new LinkedHashSet<>();
        for (ReportEntry e : entries) {
            if (focus.size() == MAX_LOCATED) {
                break;
            }
            if (!e.focusNode().isBlank()) {
                focus.add(e.focusNode());
            }
        }
        Map<Node, SubjectLocator.Where> where = SubjectLocator.locate(sources, focus);
        PrefixMapping pm = shapesGraph.getPrefixMapping();
        List<Located> out = new ArrayList<>();
        for (ReportEntry e : entries) {
            SubjectLocator.Where w = where.get(e.focusNode());
            out.add(
                    new Located(
                            w == null ? null : w.file(),
                            w == null ? 0 : w.line(),
                            text(e, shapesGraph, pm)));
        }
        Comparator<Located> bySource =
                Comparator.comparingInt(
                                (Located l) ->
                                        l.file() == null
                                                ? Integer.MAX_VALUE
                                                : sources.indexOf(l.file()))
                        .thenComparingLong(Located::line)
                        .thenComparing(Located::text);
        out.sort(bySource);
        return out;
    }

    private static String text(ReportEntry e, Graph shapesGraph, PrefixMapping pm) {
        StringBuilder sb = new StringBuilder();
        sb.append(FmtUtils.stringForNode(e.focusNode()))
                .append(" violates ")
                .append(shapeName(e.source(), shapesGraph, pm));
        if (e.resultPath() != null) {
            sb.append(" (path ")
                    .append(
                            PathWriter.asString(
                                    e.resultPath(), new org.apache.jena.sparql.core.Prologue(pm)))
                    .append(')');
        }
        sb.append(": ").append(e.message());
        return sb.toString();
    }

    /** Named shapes by their prefixed name; a blank property shape by the node shape owning it. */
    private static String shapeName(Node shape, Graph shapesGraph, PrefixMapping pm) {
        Node named = shape;
        if (shape != null && shape.isBlank()) {
            List<Triple> owners = shapesGraph.find(Node.ANY, SHACL.property, shape).toList();
            if (!owners.isEmpty()) {
                named = owners.get(0).getSubject();
            }
        }
        if (named == null) {
            return "a shape";
        }
        return named.isURI() ? FmtUtils.stringForNode(named, pm) : SSE.str(named);
    }

    /** The message of a failed load: the first {@code max} violations, one a line, and a count. */
    static String describe(List<Located> violations, int max) {
        StringBuilder sb = new StringBuilder();
        int n = violations.size();
        for (int i = 0; i < Math.min(n, max); i++) {
            Located v = violations.get(i);
            if (i > 0) {
                sb.append('\n');
                if (v.file() != null) {
                    sb.append(v.file()).append(v.line() > 0 ? ":" + v.line() : "").append(": ");
                }
            }
            sb.append(v.text());
        }
        if (n > max) {
            sb.append("\n... and ").append(n - max).append(" more");
        }
        sb.append('\n')
                .append(n)
                .append(n == 1 ? " shape violation" : " shape violations")
                .append(": nothing loaded");
        return sb.toString();
    }
}
