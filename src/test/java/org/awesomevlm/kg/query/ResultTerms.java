package org.awesomevlm.kg.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Results of two SPARQL engines made comparable. Exactly these differences are normalised away,
 * nothing else:
 *
 * <ul>
 *   <li>a literal of a numeric XSD datatype (integer and its derived types such as int, long,
 *       nonNegativeInteger; decimal, float, double) becomes its numeric value, so {@code
 *       "3"^^xsd:integer}, {@code "3"^^xsd:int} and {@code "3.0"^^xsd:decimal} are equal (stores
 *       type COUNT and arithmetic results differently);
 *   <li>an xsd:boolean becomes its value, so {@code "1"^^xsd:boolean} equals {@code "true"}
 *       (Virtuoso writes booleans as 1 and 0);
 *   <li>language tags compare case-insensitively (they are case-insensitive in RDF);
 *   <li>blank nodes compare equal to each other (labels are per result).
 * </ul>
 *
 * Every other literal compares by lexical form and datatype exactly (a simple literal is an
 * xsd:string in RDF 1.1), IRIs by their text; a row is compared as a whole and rows as multisets.
 */
final class ResultTerms {
    private ResultTerms() {}

    /** The normalised form of one term; "UNDEF" for an unbound variable. */
    static String term(Node n) {
        if (n == null) {
            return "UNDEF";
        }
        if (n.isBlank()) {
            return "_:b";
        }
        if (n.isURI()) {
            return "<" + n.getURI() + ">";
        }
        if (!n.isLiteral()) {
            return n.toString();
        }
        String lex = n.getLiteralLexicalForm();
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return quote(lex) + "@" + lang.toLowerCase(Locale.ROOT);
        }
        NodeValue nv = NodeValue.makeNode(n);
        if (nv.isNumber()) {
            return "number " + numeric(nv);
        }
        if (nv.isBoolean()) {
            return "boolean " + nv.getBoolean();
        }
        return quote(lex) + "^^<" + n.getLiteralDatatypeURI() + ">";
    }

    /** One row: variable=term for every variable of the result, in sorted variable order. */
    static String row(QuerySolution s, List<String> vars) {
        Map<String, String> sorted = new TreeMap<>();
        for (String v : vars) {
            RDFNode n = s.get(v);
            sorted.put(v, term(n == null ? null : n.asNode()));
        }
        for (Iterator<String> it = s.varNames(); it.hasNext(); ) {
            String v = it.next();
            sorted.putIfAbsent(v, term(s.get(v).asNode()) + " (not projected)");
        }
        return sorted.toString();
    }

    /** The rows, normalised and sorted: equal lists mean equal multisets. */
    static List<String> rows(List<QuerySolution> solutions, List<String> vars) {
        List<String> out = new ArrayList<>();
        for (QuerySolution s : solutions) {
            out.add(row(s, vars));
        }
        out.sort(null);
        return out;
    }

    /** The triples of a graph, normalised and sorted. */
    static List<String> triples(Model m) {
        List<String> out = new ArrayList<>();
        for (Iterator<Statement> it = m.listStatements(); it.hasNext(); ) {
            Statement st = it.next();
            out.add(
                    term(st.getSubject().asNode())
                            + " "
                            + term(st.getPredicate().asNode())
                            + " "
                            + term(st.getObject().asNode()));
        }
        out.sort(null);
        return out;
    }

    private static String numeric(NodeValue nv) {
        BigDecimal d;
        if (nv.isInteger()) {
            d = new BigDecimal(nv.getInteger());
        } else if (nv.isDecimal()) {
            d = nv.getDecimal();
        } else if (Double.isFinite(nv.getDouble())) {
            d = BigDecimal.valueOf(nv.getDouble());
        } else {
            return String.valueOf(nv.getDouble());
        }
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
