package org.awesomevlm.kg.server;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX and REPLACE that stop when their query is cancelled. Jena 5.6.0 evaluates them with
 * java.util.regex to the end: a backtracking pattern such as {@code (.*a){26}} on a 65-character
 * string runs for minutes, past the query timeout (which only sets a cancel flag that the iterators
 * check between rows), and constant arguments are even evaluated by the optimizer before execution
 * starts. The server's queries are rewritten before optimization to call the same regular
 * expressions over a character sequence that checks the cancel flag as the matcher reads it; the
 * answers are unchanged.
 */
final class CancellableRegex {
    static final String REGEX = "urn:x-awesome-vlm:fn:regex";
    static final String REPLACE = "urn:x-awesome-vlm:fn:replace";

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL_FN = "http://www.w3.org/ns/sparql#";
    private static final Set<String> MATCHES = Set.of(FN + "matches", SPARQL_FN + "regex");
    private static final Set<String> REPLACES = Set.of(FN + "replace", SPARQL_FN + "replace");

    static {
        FunctionRegistry.get().put(REGEX, Regex.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
    }

    private CancellableRegex() {}

    /** Puts the rewrite, then Jena's standard optimizer, into {@code cxt}. */
    static void install(Context cxt) {
        RewriteFactory std = Optimize.stdOptimizationFactory;
        RewriteFactory ours = c -> op -> std.create(c).rewrite(rewrite(op));
        cxt.set(ARQConstants.sysOptimizerFactory, ours);
    }

    /** {@code op} with every regular-expression call replaced by its cancellable twin. */
    static Op rewrite(Op op) {
        return Transformer.transform(new TransformCopy(), new Calls(), op);
    }

    private static final class Calls extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) return new E_Function(REGEX, args);
            if (func instanceof E_StrReplace) return new E_Function(REPLACE, args);
            if (func instanceof E_Function f) {
                if (MATCHES.contains(f.getFunctionIRI())) return new E_Function(REGEX, args);
                if (REPLACES.contains(f.getFunctionIRI())) return new E_Function(REPLACE, args);
            }
            return super.transform(func, args);
        }
    }

    /** A string whose reads throw once the query is cancelled. */
    record Checked(String s, AtomicBoolean cancel) implements CharSequence {
        @Override
        public char charAt(int index) {
            // One volatile read per character: small beside the matcher's own work.
            if (cancel.get()) throw new QueryCancelledException();
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Checked(s.substring(start, end), cancel);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    private static CharSequence checked(String s, FunctionEnv env) {
        AtomicBoolean cancel =
                env instanceof ExecutionContext ec
                        ? ec.getCancelSignal()
                        : Context.getCancelSignal(env.getContext());
        return cancel == null ? s : new Checked(s, cancel);
    }

    private static String string(String fn, NodeValue v) {
        return NodeValueOps.checkAndGetStringLiteral(fn, v).getLiteralLexicalForm();
    }

    /** REGEX(text, pattern [, flags]) as Jena's default (java.util.regex) engine does it. */
    public static final class Regex extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3)
                throw new QueryBuildException("REGEX: 2 or 3 arguments");
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            String text = string("REGEX", args.get(0));
            Pattern p = pattern("Regex", args);
            return NodeValue.makeBoolean(p.matcher(checked(text, env)).find());
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            throw new ExprEvalException("REGEX needs its execution context");
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]) as Jena's XSDFuncOp.strReplace does it. */
    public static final class Replace extends FunctionBase {
        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4)
                throw new QueryBuildException("REPLACE: 3 or 4 arguments");
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            NodeValue nvStr = args.get(0);
            String text = string("replace", nvStr);
            String rep = string("replace", args.get(2));
            String flags = args.size() == 4 ? string("replace", args.get(3)) : null;
            Pattern p = RegexEngine.makePattern("replace", string("replace", args.get(1)), flags);
            String x = replaceAll(p.matcher(checked(text, env)), rep);
            if (x == null || x.equals(text)) return nvStr;
            Node n = nvStr.asNode();
            return NodeValue.makeNode(
                    NodeFactory.createLiteral(x, n.getLiteralLanguage(), n.getLiteralDatatype()));
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            throw new ExprEvalException("REPLACE needs its execution context");
        }
    }

    private static Pattern pattern(String label, List<NodeValue> args) {
        if (!args.get(1).isString())
            // Not an evaluation error, as in Jena: the query fails.
            throw new ExprException("REGEX: Pattern is not a string: " + args.get(1));
        String flags = args.size() == 3 ? string("REGEX", args.get(2)) : null;
        return RegexEngine.makePattern(label, args.get(1).getString(), flags);
    }

    /**
     * As XSDFuncOp's (Jena 5.6.0): null when nothing matched; after the first match, empty matches
     * are skipped.
     */
    private static String replaceAll(Matcher matcher, String rep) {
        try {
            StringBuilder sb = null;
            while (matcher.find()) {
                if (sb == null) sb = new StringBuilder();
                else if (matcher.start() == matcher.end()) continue;
                matcher.appendReplacement(sb, rep);
            }
            if (sb == null) return null;
            matcher.appendTail(sb);
            return sb.toString();
        } catch (IndexOutOfBoundsException ex) {
            throw new ExprEvalException("IndexOutOfBounds", ex);
        }
    }
}
