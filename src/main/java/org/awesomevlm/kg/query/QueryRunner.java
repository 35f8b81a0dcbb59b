package org.awesomevlm.kg.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.ModelUtils;
import org.apache.jena.vocabulary.XSD;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.vocab.AV;

/**
 * Runs canned queries on a {@link SparqlTarget} (a local dataset, read inside a transaction, or a
 * remote SPARQL 1.1 endpoint), with parameters bound into the parsed query, and writes results in a
 * {@link ResultFormat}. The {@code Dataset} overloads are shorthand for {@link SparqlTarget#local}.
 *
 * <pre>{@code
 * List<QuerySolution> rows = new QueryRunner().select(SparqlTarget.endpoint(url),
 *         catalog.get("papers-by-year"), Map.of("year", "2024"));
 * }</pre>
 */
public final class QueryRunner {
    private final Duration timeout;

    /** A runner without timeout. */
    public QueryRunner() {
        this(null);
    }

    /** A runner that cancels queries running longer than {@code timeout} (null: never). */
    public QueryRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Calls {@code row} for each solution of a SELECT query as it arrives (inside the read
     * transaction of a local target).
     */
    public void forEach(
            SparqlTarget target,
            CannedQuery q,
            Map<String, String> params,
            Consumer<QuerySolution> row) {
        Query query = bound(q, params, Query::isSelectType, "a SELECT");
        run(
                target,
                q,
                query,
                qe -> {
                    ResultSet rs = qe.execSelect();
                    rs.forEachRemaining(row);
                    return null;
                });
    }

    /** {@link #forEach(SparqlTarget, CannedQuery, Map, Consumer)} on a local dataset. */
    public void forEach(
            Dataset ds, CannedQuery q, Map<String, String> params, Consumer<QuerySolution> row) {
        forEach(SparqlTarget.local(ds), q, params, row);
    }

    /** The solutions of a SELECT query, copied out of the transaction. */
    public List<QuerySolution> select(
            SparqlTarget target, CannedQuery q, Map<String, String> params) {
        List<QuerySolution> rows = new ArrayList<>();
        forEach(target, q, params, s -> rows.add(copy(s)));
        return rows;
    }

    /** {@link #select(SparqlTarget, CannedQuery, Map)} on a local dataset. */
    public List<QuerySolution> select(Dataset ds, CannedQuery q, Map<String, String> params) {
        return select(SparqlTarget.local(ds), q, params);
    }

    /** The graph a CONSTRUCT or DESCRIBE query builds, as an independent in-memory model. */
    public Model construct(SparqlTarget target, CannedQuery q, Map<String, String> params) {
        Query query =
                bound(q, params, x -> x.isConstructType() || x.isDescribeType(), "a CONSTRUCT");
        return run(
                target,
                q,
                query,
                qe -> query.isConstructType() ? qe.execConstruct() : qe.execDescribe());
    }

    /** {@link #construct(SparqlTarget, CannedQuery, Map)} on a local dataset. */
    public Model construct(Dataset ds, CannedQuery q, Map<String, String> params) {
        return construct(SparqlTarget.local(ds), q, params);
    }

    /** The answer of an ASK query. */
    public boolean ask(SparqlTarget target, CannedQuery q, Map<String, String> params) {
        Query query = bound(q, params, Query::isAskType, "an ASK");
        return run(target, q, query, QueryExecution::execAsk);
    }

    /** {@link #ask(SparqlTarget, CannedQuery, Map)} on a local dataset. */
    public boolean ask(Dataset ds, CannedQuery q, Map<String, String> params) {
        return ask(SparqlTarget.local(ds), q, params);
    }

    /** {@link #write(SparqlTarget, CannedQuery, Map, ResultFormat, OutputStream)} locally. */
    public void write(
            Dataset ds,
            CannedQuery q,
            Map<String, String> params,
            ResultFormat format,
            OutputStream out) {
        write(SparqlTarget.local(ds), q, params, format, out);
    }

    /**
     * Runs any query form and writes its result to {@code out} in {@code format}; the format is
     * checked against the query form before anything runs or is written.
     */
    public void write(
            SparqlTarget target,
            CannedQuery q,
            Map<String, String> params,
            ResultFormat format,
            OutputStream out) {
        Query query = q.bind(params);
        boolean graph = query.isConstructType() || query.isDescribeType();
        if (graph ? !format.forGraphs() : !format.forTables()) {
            throw new KgException(
                    q.where(),
                    0,
                    "format "
                            + format
                            + " does not fit a "
                            + query.queryType()
                            + " query (tables: text, csv, tsv, json, xml; graphs: text, ttl,"
                            + " json, xml)");
        }
        if (graph) {
            Model m = construct(target, q, params);
            m.setNsPrefixes(query.getPrefixMapping());
            RDFDataMgr.write(out, m, graphFormat(format));
            return;
        }
        run(
                target,
                q,
                query,
                qe -> {
                    if (query.isAskType()) {
                        boolean answer = qe.execAsk();
                        if (format == ResultFormat.TEXT) {
                            ResultSetFormatter.out(out, answer);
                        } else {
                            ResultSetMgr.write(out, answer, tableLang(format));
                        }
                    } else {
                        ResultSet rs = qe.execSelect();
                        if (format == ResultFormat.TEXT) {
                            ResultSetFormatter.out(out, rs, textPrefixes(query));
                        } else {
                            ResultSetMgr.write(out, rs, tableLang(format));
                        }
                    }
                    return null;
                });
    }

    /**
     * The query's prefixes plus xsd: and the minted-resource prefixes the importer's Turtle uses,
     * so text tables read paper:arxiv-2403.02469 and "2024"^^xsd:gYear.
     */
    private static PrefixMapping textPrefixes(Query query) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("xsd", XSD.NS);
        for (String kind : MINTED_KINDS) {
            pm.setNsPrefix(kind, AV.BASE + kind + "/");
        }
        pm.setNsPrefixes(query.getPrefixMapping());
        return pm;
    }

    private static final List<String> MINTED_KINDS =
            List.of("paper", "person", "keyword", "modality", "dataset", "model", "list", "scheme");

    private static RDFFormat graphFormat(ResultFormat f) {
        return switch (f) {
            case JSON -> RDFFormat.JSONLD_PRETTY;
            case XML -> RDFFormat.RDFXML_PRETTY;
            default -> RDFFormat.TURTLE_PRETTY;
        };
    }

    private static Lang tableLang(ResultFormat f) {
        return switch (f) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            default -> throw new IllegalArgumentException(f.toString());
        };
    }

    private static Query bound(
            CannedQuery q,
            Map<String, String> params,
            java.util.function.Predicate<Query> form,
            String expected) {
        Query query = q.bind(params);
        if (!form.test(query)) {
            throw new KgException(
                    q.where(),
                    0,
                    "query "
                            + q.name()
                            + " is a "
                            + query.queryType()
                            + " query, not "
                            + expected
                            + " query");
        }
        return query;
    }

    private <T> T run(
            SparqlTarget target, CannedQuery q, Query query, Function<QueryExecution, T> use) {
        try {
            return target.execute(query, timeout, use);
        } catch (KgException e) {
            // name the query file as well as the target
            throw new KgException(
                    q.where(),
                    0,
                    "query " + q.name() + " on " + target.describe() + ": " + e.getMessage(),
                    e);
        }
    }

    /** A solution that no longer refers to the store (usable after the transaction). */
    private static QuerySolution copy(QuerySolution s) {
        QuerySolutionMap m = new QuerySolutionMap();
        for (Iterator<String> it = s.varNames(); it.hasNext(); ) {
            String v = it.next();
            RDFNode n = s.get(v);
            if (n != null) {
                m.add(v, ModelUtils.convertGraphNodeToRDFNode(n.asNode()));
            }
        }
        return m;
    }
}
