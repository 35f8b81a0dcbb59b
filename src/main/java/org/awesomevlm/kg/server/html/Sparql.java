package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.vocab.AV;

/** Runs the pages' private SELECT queries with parameters bound into the parsed query. */
final class Sparql {
    private Sparql() {}

    static final String PREFIXES =
            """
            PREFIX av:      <%s>
            PREFIX avr:     <%s>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX schema:  <http://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX fabio:   <http://purl.org/spar/fabio/>
            PREFIX bibo:    <http://purl.org/ontology/bibo/>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX text:    <http://jena.apache.org/text#>
            """
                    .formatted(AV.NS, AV.BASE);

    /** Parses a query written against {@link #PREFIXES}; done once per query, at class load. */
    static Query parse(String body) {
        return QueryFactory.create(PREFIXES + body);
    }

    /** Runs a SELECT in a read transaction (joining one already open) and keeps the rows. */
    static List<Row> select(Dataset ds, Query query, Map<String, RDFNode> params) {
        return select(ds, query, params, null, null);
    }

    /** As {@link #select(Dataset, Query, Map)} with one execution-context setting (may be null). */
    static List<Row> select(
            Dataset ds, Query query, Map<String, RDFNode> params, Symbol key, Object value) {
        return Txn.calculateRead(
                ds,
                () -> {
                    var builder = QueryExecution.dataset(ds).query(query);
                    if (key != null) {
                        builder.set(key, value);
                    }
                    params.forEach(builder::substitution);
                    try (QueryExecution qe = builder.build()) {
                        ResultSet rs = qe.execSelect();
                        List<Row> rows = new ArrayList<>();
                        while (rs.hasNext()) {
                            rows.add(new Row(rs.next()));
                        }
                        return rows;
                    }
                });
    }

    static List<Row> select(Dataset ds, Query query) {
        return select(ds, query, Map.of());
    }

    static RDFNode iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    static RDFNode string(String s) {
        return ResourceFactory.createPlainLiteral(s);
    }

    static RDFNode integer(long n) {
        return ResourceFactory.createTypedLiteral(n);
    }

    /** One result row with null-safe accessors. */
    record Row(QuerySolution solution) {
        String str(String var) {
            RDFNode n = solution.get(var);
            if (n == null) {
                return null;
            }
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        }

        String iri(String var) {
            RDFNode n = solution.get(var);
            return n != null && n.isURIResource() ? n.asResource().getURI() : null;
        }

        double dbl(String var) {
            RDFNode n = solution.get(var);
            if (n == null || !n.isLiteral()) {
                return 0;
            }
            try {
                return n.asLiteral().getDouble();
            } catch (RuntimeException e) {
                return 0;
            }
        }

        long num(String var) {
            RDFNode n = solution.get(var);
            if (n == null || !n.isLiteral()) {
                return 0;
            }
            Literal l = n.asLiteral();
            try {
                return l.getLong();
            } catch (RuntimeException e) {
                return 0;
            }
        }
    }
}
