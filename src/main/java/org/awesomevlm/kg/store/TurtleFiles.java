package org.awesomevlm.kg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.awesomevlm.kg.KgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the Turtle files a load reads and parses them, turning RIOT errors into KgExceptions. */
final class TurtleFiles {
    private static final Logger LOG = LoggerFactory.getLogger(TurtleFiles.class);

    /** The shapes graph lives next to the ontology but is not part of the data. */
    static final String SHAPES_FILE = "shapes.ttl";

    /** Stock Fuseki's assembler file, also next to the ontology: server configuration, not data. */
    static final String FUSEKI_CONFIG_FILE = "fuseki-config.ttl";

    private TurtleFiles() {}

    /**
     * The files a load reads, in load order: {@code dataDir/*.ttl} then {@code ontologyDir/*.ttl}
     * except shapes.ttl and fuseki-config.ttl, each sorted by name.
     */
    static List<Path> sources(Path dataDir, Path ontologyDir) {
        List<Path> files = new ArrayList<>(list(dataDir, List.of()));
        files.addAll(list(ontologyDir, List.of(SHAPES_FILE, FUSEKI_CONFIG_FILE)));
        return files;
    }

    private static List<Path> list(Path dir, List<String> except) {
        if (!Files.isDirectory(dir)) {
            throw new KgException(dir, 0, "no such directory");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(p -> !except.contains(p.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new KgException(dir.toString(), 0, "cannot list directory: " + e.getMessage(), e);
        }
    }

    /**
     * Streams the triples of one Turtle file into {@code sink}; bytes that are not UTF-8, bad
     * syntax, a bad IRI or an ill-formed literal (RIOT's warnings too) or I/O: KgException.
     */
    static void parse(Path file, StreamRDF sink) {
        parse(file, sink, UnaryOperator.identity());
    }

    /** As {@link #parse(Path, StreamRDF)}, reading the file through {@code wrap}. */
    static void parse(Path file, StreamRDF sink, UnaryOperator<InputStream> wrap) {
        Utf8Check.check(file);
        try (InputStream in = wrap.apply(Files.newInputStream(file))) {
            RDFParser.source(in)
                    .base(file.toAbsolutePath().toUri().toString())
                    .lang(Lang.TURTLE)
                    .errorHandler(handler(file, "Turtle", true))
                    .parse(sink);
        } catch (KgException e) {
            throw e;
        } catch (IOException e) {
            throw new KgException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new KgException(
                    file.toString(), 0, "cannot read: " + e.getCause().getMessage(), e);
        } catch (RiotException e) {
            // Errors the handler did not see (e.g. the file vanished): no position known.
            throw new KgException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a whole (small) Turtle file, such as the shapes graph, into memory. */
    static Graph read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KgException(file, 0, "no such file");
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).errorHandler(handler(file)).parse(g);
        return g;
    }

    static ErrorHandler handler(Path file) {
        return handler(file, "Turtle");
    }

    /** Syntax errors stop the parse with the file, line and column; warnings are logged. */
    static ErrorHandler handler(Path file, String syntax) {
        return handler(file, syntax, false);
    }

    /**
     * Syntax errors stop the parse with the file, line and column; so do warnings (a bad IRI, an
     * ill-formed literal such as "first"^^xsd:integer) when {@code strict}, else they are logged.
     */
    static ErrorHandler handler(Path file, String syntax, boolean strict) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                if (strict) {
                    throw new KgException(
                            file,
                            Math.max(line, 0),
                            "bad "
                                    + syntax
                                    + (col > 0 ? " at column " + col : "")
                                    + ": "
                                    + message);
                }
                LOG.warn("{}:{}: col {}: {}", file, line, col, message);
            }

            @Override
            public void error(String message, long line, long col) {
                fatal(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new KgException(
                        file,
                        Math.max(line, 0),
                        syntax
                                + " syntax error"
                                + (col > 0 ? " at column " + col : "")
                                + ": "
                                + message);
            }
        };
    }
}
