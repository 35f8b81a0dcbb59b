package org.awesomevlm.kg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_IRI;
import org.apache.jena.sparql.expr.E_IRI2;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Replaces {@code IRI(...)} of constants (after the parameters are bound) by the IRI itself.
 *
 * <p>Why: {@code FILTER(?paper = IRI("https://..."))} then reads {@code FILTER(?paper =
 * <https://...>)}, which Jena turns into an index look-up (its own constant folding leaves IRI()
 * alone, as it depends on the base), and which engines that reject a FILTER beside a BIND (Virtuoso
 * 7) accept. Only IRI/URI and CONCAT are folded: both are pure, and an argument that is not a valid
 * IRI stays as it was, so it fails at evaluation exactly as before.
 */
public final class IriFolding extends ExprTransformCopy {
    IriFolding() {}

    /** A copy of {@code query} with IRI(...) of constants folded (the base is kept). */
    static Query fold(Query query) {
        Query folded =
                QueryTransformOps.transform(
                        query, new ElementTransformCopyBase(), new IriFolding());
        folded.setBaseURI(query.getBaseURI());
        return folded;
    }

    /**
     * {@code op} with IRI(...) of constants folded, as binding folds a query's syntax: for
     * comparing a bound query's algebra with its template's.
     */
    public static Op fold(Op op) {
        return Transformer.transform(new TransformCopy(), new IriFolding(), op);
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
        Expr copy = super.transform(func, arg);
        return func instanceof E_IRI ? evalIfConstant(copy, arg) : copy;
    }

    @Override
    public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
        Expr copy = super.transform(func, arg1, arg2);
        return func instanceof E_IRI2 ? evalIfConstant(copy, arg1, arg2) : copy;
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        Expr copy = super.transform(func, args);
        return func instanceof E_StrConcat
                ? evalIfConstant(copy, args.getList().toArray(Expr[]::new))
                : copy;
    }

    private static Expr evalIfConstant(Expr function, Expr... args) {
        List<Expr> given = new ArrayList<>();
        for (Expr a : args) {
            if (a != null) {
                given.add(a);
            }
        }
        if (!(function instanceof ExprFunction) || given.stream().anyMatch(a -> !a.isConstant())) {
            return function;
        }
        NodeValue value;
        try {
            value = function.eval(BindingFactory.empty(), new FunctionEnvBase());
        } catch (ExprEvalException | IRIException e) {
            return function; // not an IRI: left to fail at evaluation, as without folding
        }
        // Only an IRI that prints and parses back as itself (IRI("_:b0") gives <_:b0>, which
        // does not): the bound query's text is also sent to other engines.
        if (!value.isIRI()) {
            return value;
        }
        String iri = value.asNode().getURI();
        if (!SCHEME.matcher(iri).lookingAt()) {
            return function;
        }
        try {
            return IRIx.create(iri).isAbsolute() ? value : function;
        } catch (IRIException e) {
            return function;
        }
    }

    /** An RFC 3986 scheme and its colon. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
}
