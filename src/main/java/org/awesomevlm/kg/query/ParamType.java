package org.awesomevlm.kg.query;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The type of a query parameter, given by its variable's suffix; turns a value into an RDF term.
 */
public enum ParamType {
    /** A plain string literal (xsd:string); the default. */
    STRING,
    /** An xsd:integer, suffix {@code _integer}. */
    INTEGER,
    /** An xsd:gYear such as 2024, suffix {@code _year}. */
    YEAR,
    /** An absolute IRI, suffix {@code _iri}. */
    IRI;

    private static final Pattern INTEGER_SYNTAX = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern YEAR_SYNTAX = Pattern.compile("-?[0-9]{4,}");

    /** The variable suffix (and bare name) that selects this type, e.g. "year". */
    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type for a suffix, or null when the suffix names no type. */
    static ParamType forSuffix(String suffix) {
        for (ParamType t : values()) {
            if (t != STRING && t.suffix().equals(suffix)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Parses a value given on the command line or in a URL into an RDF term.
     *
     * @throws IllegalArgumentException saying what is wrong with the value
     */
    public Node parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("no value");
        }
        switch (this) {
            case INTEGER -> {
                String v = value.strip();
                if (!INTEGER_SYNTAX.matcher(v).matches()) {
                    throw new IllegalArgumentException(
                            "'" + value + "' is not an integer (expected digits, e.g. 3)");
                }
                return NodeFactory.createLiteralDT(
                        new BigInteger(v).toString(), XSDDatatype.XSDinteger);
            }
            case YEAR -> {
                String v = value.strip();
                if (!YEAR_SYNTAX.matcher(v).matches()) {
                    throw new IllegalArgumentException(
                            "'" + value + "' is not a year (expected four digits, e.g. 2024)");
                }
                return NodeFactory.createLiteralDT(v, XSDDatatype.XSDgYear);
            }
            case IRI -> {
                String v = value.strip();
                IRIx iri;
                try {
                    iri = IRIx.create(v);
                } catch (IRIException e) {
                    throw new IllegalArgumentException(
                            "'" + value + "' is not a valid IRI: " + e.getMessage());
                }
                if (!iri.isAbsolute()) {
                    throw new IllegalArgumentException(
                            "'" + value + "' is not an absolute IRI (expected e.g. https://...)");
                }
                return NodeFactory.createURI(iri.str());
            }
            default -> {
                return NodeFactory.createLiteralString(value);
            }
        }
    }
}
