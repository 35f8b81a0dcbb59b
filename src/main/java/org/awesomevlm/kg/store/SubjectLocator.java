package org.awesomevlm.kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.lang.RiotParsers;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.ParserProfileWrapper;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.sparql.util.Context;

/**
 * Finds where given nodes first occur as a subject in a list of Turtle files, by re-parsing them.
 * Only used after a failed validation, for the few focus nodes reported, so the happy path keeps no
 * positions at all and memory stays bounded by the number of nodes asked for.
 */
final class SubjectLocator {
    /** Where a node was found: the file and the 1-based line. */
    record Where(Path file, long line) {}

    private SubjectLocator() {}

    /**
     * For each node, the first file (in {@code files} order) and line where it is the subject of a
     * triple; a node never used as a subject maps to its first occurrence anywhere; a node not
     * found at all is absent from the result. Blank nodes cannot be found again by a re-parse.
     */
    static Map<Node, Where> locate(List<Path> files, Set<Node> nodes) {
        Map<Node, Where> asSubject = new LinkedHashMap<>();
        Map<Node, Where> anywhere = new HashMap<>();
        for (Path file : files) {
            if (asSubject.size() == nodes.size()) {
                break;
            }
            scan(file, nodes, asSubject, anywhere);
        }
        Map<Node, Where> result = new HashMap<>(anywhere);
        result.putAll(asSubject);
        return result;
    }

    private static void scan(
            Path file, Set<Node> nodes, Map<Node, Where> asSubject, Map<Node, Where> anywhere) {
        ParserProfile base =
                RiotLib.profile(
                        Lang.TURTLE,
                        file.toUri().toString(),
                        ErrorHandlerFactory.errorHandlerNoLogging);
        Tracking profile = new Tracking(base, file, nodes, asSubject, anywhere);
        try (InputStream in = Files.newInputStream(file)) {
            RiotParsers.factoryTTL
                    .create(Lang.TURTLE, profile)
                    .read(
                            in,
                            file.toUri().toString(),
                            null,
                            StreamRDFLib.sinkNull(),
                            Context.emptyContext());
        } catch (AllFound e) {
            // every node has been found as a subject: the rest of the file does not matter
        } catch (IOException | RuntimeException e) {
            // The file parsed in the load; if it cannot be read now, report what was found.
        }
    }

    /** Thrown to stop a parse early. */
    private static final class AllFound extends RuntimeException {
        AllFound() {
            super(null, null, false, false);
        }
    }

    /**
     * Remembers the line of each token that produced a wanted node, and of its first subject use.
     */
    private static final class Tracking extends ParserProfileWrapper {
        private final Path file;
        private final Set<Node> nodes;
        private final Map<Node, Where> asSubject;
        private final Map<Node, Where> anywhere;
        private final Map<Node, Long> lastTokenLine = new HashMap<>();

        Tracking(
                ParserProfile other,
                Path file,
                Set<Node> nodes,
                Map<Node, Where> asSubject,
                Map<Node, Where> anywhere) {
            super(other);
            this.file = file;
            this.nodes = nodes;
            this.asSubject = asSubject;
            this.anywhere = anywhere;
        }

        @Override
        public Node create(Node currentGraph, Token token) {
            Node n = super.create(currentGraph, token);
            if (nodes.contains(n)) {
                lastTokenLine.put(n, token.getLine());
                anywhere.putIfAbsent(n, new Where(file, token.getLine()));
            }
            return n;
        }

        @Override
        public Triple createTriple(Node s, Node p, Node o, long line, long col) {
            // The subject's token was read before its predicate and object, so its last recorded
            // line is where this statement starts; the triple's own line is where it ends.
            if (nodes.contains(s) && !asSubject.containsKey(s)) {
                asSubject.put(s, new Where(file, lastTokenLine.getOrDefault(s, line)));
                if (asSubject.size() == nodes.size()) {
                    throw new AllFound();
                }
            }
            return super.createTriple(s, p, o, line, col);
        }
    }
}
