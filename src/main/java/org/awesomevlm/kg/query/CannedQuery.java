package org.awesomevlm.kg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QueryType;
import org.apache.jena.query.Syntax;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.vocab.AV;

/**
 * A SPARQL query file with a grlc-style {@code #+} header: its name, documentation and parameters.
 * See {@code queries/README.md} for the header convention.
 *
 * @param name the file name without {@code .rq}
 * @param summary one line for listings
 * @param description longer text, "" when none
 * @param tags free-form tags
 * @param params the parameters, in order of first appearance in the query text
 * @param text the whole file text (header included, so parse errors report file lines)
 * @param source the file, or null for a query not read from a file
 */
public record CannedQuery(
        String name,
        String summary,
        String description,
        List<String> tags,
        List<QueryParam> params,
        String text,
        Path source) {

    public CannedQuery {
        tags = List.copyOf(tags);
        params = List.copyOf(params);
    }

    /** Reads and checks a query file: its header, its SPARQL syntax and its parameters. */
    public static CannedQuery load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KgException(
                    String.valueOf(file), 0, "cannot read query file: " + e.getMessage(), e);
        }
        String fileName = file.getFileName().toString();
        String name =
                fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return parse(name, text, file);
    }

    /** Parses query text; {@code source} (may be null) names it in errors. */
    public static CannedQuery parse(String name, String text, Path source) {
        String where = source != null ? source.toString() : name;
        Query query = parseSparql(text, where);
        QueryHeader header = QueryHeader.parse(text, where);
        List<QueryParam> params = ParamBinder.discover(query, text, header, where);
        return new CannedQuery(
                name, header.summary(), header.description(), header.tags(), params, text, source);
    }

    /** Where this query came from, for error messages: the file or the name. */
    public String where() {
        return source != null ? source.toString() : name;
    }

    /** A fresh parse of the query (callers may change it). */
    public Query query() {
        return parseSparql(text, where());
    }

    /** The parameter named {@code name}, if any. */
    public Optional<QueryParam> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The query with the parameter values bound as RDF terms in its syntax tree (never spliced into
     * the text). Missing optional parameters without default stay unbound.
     *
     * @throws KgException naming the parameter when a name is unknown, a required one missing, or a
     *     value malformed
     */
    public Query bind(Map<String, String> values) {
        return ParamBinder.bind(this, values);
    }

    /**
     * SELECT, ASK, CONSTRUCT or DESCRIBE, from a parse shared between calls (a fresh parse per call
     * cost more than running a point look-up).
     */
    public QueryType queryType() {
        return ParamBinder.parsed(this).queryType();
    }

    private static final Pattern AT_LINE = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");

    static Query parseSparql(String text, String where) {
        try {
            // A fixed base keeps relative IRIs in query files independent of the working directory.
            return QueryFactory.create(text, AV.BASE, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            // The message names the offending token; getLine() may name the token before it.
            String message = firstLine(e.getMessage());
            Matcher m = AT_LINE.matcher(message);
            int line = m.find() ? Integer.parseInt(m.group(1)) : Math.max(e.getLine(), 0);
            int column = m.find(0) ? Integer.parseInt(m.group(2)) : e.getColumn();
            message = AT_LINE.matcher(message).replaceFirst("").strip();
            String at = line > 0 ? " at line " + line + ", column " + column : "";
            throw new KgException(where, line, "SPARQL syntax error" + at + ": " + message, e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
