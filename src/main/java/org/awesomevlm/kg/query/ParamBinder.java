package org.awesomevlm.kg.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.awesomevlm.kg.KgException;

/** Finds a query's grlc-style parameters and binds values into its syntax tree. */
final class ParamBinder {
    private ParamBinder() {}

    /** The parameter name and optional type suffix after the leading underscores. */
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9]+(?:_[A-Za-z0-9]+)*)");

    static List<QueryParam> discover(Query query, String text, QueryHeader header, String where) {
        Set<Var> vars = new LinkedHashSet<>();
        // Collect exactly the variables the substitution would reach (patterns, filters, having,
        // order by, sub-queries), by running the same transform with an identity function.
        QueryTransformOps.transform(
                query,
                (Node n) -> {
                    if (n instanceof Var v) {
                        vars.add(v);
                    }
                    return n;
                });
        Map<String, QueryParam> byName = new LinkedHashMap<>();
        for (Var v : vars) {
            String var = v.getVarName();
            if (!var.startsWith("_")) {
                continue;
            }
            boolean optional = var.startsWith("__");
            String rest = var.substring(optional ? 2 : 1);
            if (!NAME.matcher(rest).matches()) {
                throw new KgException(
                        where,
                        lineOf(text, var),
                        "parameter variable ?"
                                + var
                                + " must look like ?_name, ?__name or ?_name_type");
            }
            String name = rest;
            ParamType type = ParamType.forSuffix(rest);
            if (type == null) {
                type = ParamType.STRING;
                int us = rest.lastIndexOf('_');
                ParamType suffixType = us > 0 ? ParamType.forSuffix(rest.substring(us + 1)) : null;
                if (suffixType != null) {
                    type = suffixType;
                    name = rest.substring(0, us);
                }
            }
            QueryParam previous = byName.get(name);
            if (previous != null) {
                throw new KgException(
                        where,
                        lineOf(text, var),
                        "?"
                                + var
                                + " and ?"
                                + previous.variable()
                                + " both define parameter '"
                                + name
                                + "'");
            }
            byName.put(name, new QueryParam(name, var, type, !optional, "", null));
        }
        for (String key : header.params().keySet()) {
            if (find(byName, key) == null) {
                throw unknownInHeader(header, "params", key, byName, where);
            }
        }
        for (String key : header.defaults().keySet()) {
            if (find(byName, key) == null) {
                throw unknownInHeader(header, "defaults", key, byName, where);
            }
        }
        List<QueryParam> result = new ArrayList<>();
        for (QueryParam p : byName.values()) {
            String doc = lookup(header.params(), p);
            String dflt = lookup(header.defaults(), p);
            if (dflt != null) {
                try {
                    p.type().parse(dflt);
                } catch (IllegalArgumentException e) {
                    throw new KgException(
                            where,
                            header.lineOf(p.name()),
                            "default of parameter '" + p.name() + "': " + e.getMessage());
                }
            }
            result.add(
                    new QueryParam(
                            p.name(),
                            p.variable(),
                            p.type(),
                            p.required(),
                            doc == null ? "" : doc,
                            dflt));
        }
        result.sort(Comparator.comparingInt(p -> firstUse(text, p.variable())));
        return result;
    }

    static Query bind(CannedQuery q, Map<String, String> values) {
        String where = q.where();
        Map<String, String> given = values == null ? Map.of() : values;
        for (String name : given.keySet()) {
            if (q.param(name).isEmpty()) {
                throw new KgException(
                        where,
                        0,
                        "unknown parameter '"
                                + name
                                + "' for query "
                                + q.name()
                                + " ("
                                + describe(q.params())
                                + ")");
            }
        }
        Map<Var, Node> substitution = new HashMap<>();
        for (QueryParam p : q.params()) {
            String value = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
            if (value == null) {
                if (p.required()) {
                    throw new KgException(
                            where,
                            0,
                            "missing required parameter '"
                                    + p.name()
                                    + "' for query "
                                    + q.name()
                                    + (p.description().isEmpty() ? "" : ": " + p.description()));
                }
                continue;
            }
            try {
                substitution.put(Var.alloc(p.variable()), p.type().parse(value));
            } catch (IllegalArgumentException e) {
                throw new KgException(where, 0, "parameter '" + p.name() + "': " + e.getMessage());
            }
        }
        if (substitution.isEmpty()) {
            // A copy of the shared parse, nothing to bind: parsing the text again was 73% of a
            // query without parameters such as readme-lists (bench/query/README.md, session 6).
            Query shared = parsed(q);
            Query copy = shared.cloneQuery();
            copy.setBaseURI(shared.getBaseURI()); // IRI() in arxiv-ids resolves against it
            return copy;
        }
        try {
            // A copy of the shared parse with the values in place (the parse itself is never
            // changed): parsing the file text again on every call cost more than running a point
            // look-up (bench/findings.md).
            Query shared = parsed(q);
            Query bound = QueryTransformOps.replaceVars(shared, substitution);
            // The copy has no base: its text (sent to endpoints, given to Oxigraph) would resolve
            // IRI() against the reader's base instead.
            bound.setBaseURI(shared.getBaseURI());
            return IriFolding.fold(bound);
        } catch (QueryException e) {
            // e.g. a parameter variable also used in VALUES or "AS ?var": a bug in the query file
            throw new KgException(
                    where, 0, "cannot bind parameters of " + q.name() + ": " + e.getMessage(), e);
        }
    }

    /** Parses of query texts, kept: canned queries are few and run many times. */
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private static final int MAX_PARSED = 1024;

    /** The parse of {@code q}'s text, shared: callers must copy it before changing it. */
    static Query parsed(CannedQuery q) {
        Query query = PARSED.get(q.text());
        if (query == null) {
            query = q.query();
            if (PARSED.size() >= MAX_PARSED) {
                PARSED.clear(); // only a program making queries on the fly gets here
            }
            PARSED.put(q.text(), query);
        }
        return query;
    }

    static String describe(List<QueryParam> params) {
        if (params.isEmpty()) {
            return "it takes no parameters";
        }
        return "its parameters: "
                + params.stream()
                        .map(p -> p.name() + (p.required() ? "" : "?"))
                        .collect(Collectors.joining(", "));
    }

    private static QueryParam find(Map<String, QueryParam> byName, String key) {
        String k = key.replaceFirst("^[?$]?_*", "");
        for (QueryParam p : byName.values()) {
            if (p.name().equals(k) || p.variable().replaceFirst("^_*", "").equals(k)) {
                return p;
            }
        }
        return null;
    }

    private static String lookup(Map<String, String> map, QueryParam p) {
        for (Map.Entry<String, String> e : map.entrySet()) {
            String k = e.getKey().replaceFirst("^[?$]?_*", "");
            if (p.name().equals(k) || p.variable().replaceFirst("^_*", "").equals(k)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static KgException unknownInHeader(
            QueryHeader header,
            String section,
            String key,
            Map<String, QueryParam> byName,
            String where) {
        return new KgException(
                where,
                header.lineOf(key),
                "#+ "
                        + section
                        + ": '"
                        + key
                        + "' is not a parameter of this query ("
                        + describe(List.copyOf(byName.values()))
                        + ")");
    }

    private static Pattern use(String var) {
        return Pattern.compile("[?$]" + Pattern.quote(var) + "(?![A-Za-z0-9_])");
    }

    private static int firstUse(String text, String var) {
        Matcher m = use(var).matcher(text);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    private static int lineOf(String text, String var) {
        int at = firstUse(text, var);
        if (at == Integer.MAX_VALUE) {
            return 0;
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
