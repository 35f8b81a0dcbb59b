package org.awesomevlm.kg.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.vocab.AV;

/**
 * Per paper IRI, a signature of its statements and those of its entries (their lines, links,
 * authorships), gathered from a stream of triples in any order: a sum of 64-bit hashes per subject
 * group, combined at the end. Two versions of a paper have the same signature when they say the
 * same (moving in the document alone is not a change); it needs memory per paper, not per triple.
 */
public final class PaperSignatures extends StreamRDFBase implements Emitter.Statements {
    /** Properties that only say where a block is in the document. */
    private static final Set<Node> PLACE =
            Set.of(AV.order.asNode(), AV.position.asNode(), AV.blankLinesBefore.asNode());

    private static final Node TYPE = RDF.type.asNode();
    private static final Node ARTICLE = AV.Schema.ScholarlyArticle.asNode();
    private static final Node DESCRIBES = AV.describes.asNode();
    private static final Node TITLE = DCTerms.title.asNode();
    private static final String ENTRY = AV.BASE + "entry/";

    private final Map<String, long[]> groups = new HashMap<>();
    private final Map<String, String> paperOfEntry = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, Boolean> papers = new HashMap<>();

    /** False: papers and titles only (a first import: every paper is added, none can change). */
    private final boolean hashing;

    public PaperSignatures() {
        this(true);
    }

    private PaperSignatures(boolean hashing) {
        this.hashing = hashing;
    }

    /**
     * Collects what a diff against {@code before} needs: the papers and their titles only when
     * {@code before} is empty (hashing every triple of a first import would be wasted work).
     */
    public static PaperSignatures against(PaperSignatures before) {
        return new PaperSignatures(!before.isEmpty());
    }

    /** True when no paper and no statement was seen (no previous file, or a broken one). */
    public boolean isEmpty() {
        return papers.isEmpty() && groups.isEmpty();
    }

    /** The signatures of the Turtle file {@code ttl}; none when it is missing or broken. */
    public static PaperSignatures of(Path ttl) {
        PaperSignatures s = new PaperSignatures();
        if (Files.isRegularFile(ttl)) {
            try {
                RDFParser.source(ttl).lang(Lang.TURTLE).parse(s);
            } catch (RiotException e) {
                return new PaperSignatures();
            }
        }
        return s;
    }

    public static PaperSignatures of(Model m) {
        PaperSignatures s = new PaperSignatures();
        m.getGraph().find().forEachRemaining(s::triple);
        return s;
    }

    @Override
    public void triple(Triple t) {
        statement(t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void statement(Node s, Node p, Node o) {
        if (!s.isURI()) {
            return;
        }
        String subject = s.getURI();
        if (p.equals(TYPE) && o.equals(ARTICLE)) {
            papers.put(subject, Boolean.TRUE);
        } else if (p.equals(DESCRIBES) && o.isURI()) {
            paperOfEntry.put(subject, o.getURI());
        } else if (p.equals(TITLE) && o.isLiteral()) {
            titles.putIfAbsent(subject, o.getLiteralLexicalForm());
        }
        if (!hashing || PLACE.contains(p)) {
            return;
        }
        groups.computeIfAbsent(entryOf(subject), k -> new long[1])[0] +=
                hash(Triple.create(s, p, o));
    }

    /** As {@link #statement(Node, Node, Node)} with the plain literal; its node only to hash. */
    @Override
    public void statement(Node s, Node p, String literal) {
        if (!s.isURI()) {
            return;
        }
        if (p.equals(TITLE)) {
            titles.putIfAbsent(s.getURI(), literal);
        }
        if (hashing && !PLACE.contains(p)) {
            statement(s, p, NodeFactory.createLiteralString(literal));
        }
    }

    /** As the others; without hashing only papers, entries' papers and titles are kept. */
    @Override
    public void statement(Emitter.Subject s, Node p, Object o) {
        if (hashing || p.equals(TYPE) || p.equals(DESCRIBES) || p.equals(TITLE)) {
            Emitter.Statements.super.statement(s, p, o);
        }
    }

    @Override
    public void quad(Quad q) {
        triple(q.asTriple());
    }

    /** The paper IRIs, sorted. */
    String[] papers() {
        String[] iris = papers.keySet().toArray(new String[0]);
        Arrays.sort(iris);
        return iris;
    }

    /** Paper IRI → signature, sorted by IRI. */
    Map<String, Long> signatures() {
        Map<String, Long> out = new TreeMap<>();
        for (String paper : papers.keySet()) {
            long[] own = groups.get(paper);
            out.put(paper, own == null ? 0 : own[0]);
        }
        for (Map.Entry<String, String> e : paperOfEntry.entrySet()) {
            Long sum = out.get(e.getValue());
            long[] entry = groups.get(e.getKey());
            if (sum != null && entry != null) {
                out.put(e.getValue(), sum + entry[0] * 31);
            }
        }
        return out;
    }

    /** "<iri> title" for the report. */
    String label(String iri) {
        String t = titles.get(iri);
        return "<" + iri + ">" + (t == null ? "" : "  " + t);
    }

    private static long hash(Triple t) {
        long h = hash(t.getSubject());
        h = h * 0x9E3779B97F4A7C15L + hash(t.getPredicate());
        h = h * 0x9E3779B97F4A7C15L + hash(t.getObject());
        // murmur3's finaliser: the sum of many hashes stays well spread
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** A node's hash from its parts (no {@code toString()}: escaping a long literal is costly). */
    private static long hash(Node n) {
        if (n.isURI()) {
            return GraphBuilder.hash(n.getURI());
        }
        if (n.isLiteral()) {
            long h = GraphBuilder.hash(n.getLiteralLexicalForm()) * 31;
            h += GraphBuilder.hash(n.getLiteralDatatypeURI());
            return h * 31 + GraphBuilder.hash(n.getLiteralLanguage());
        }
        return GraphBuilder.hash(n.toString()) * 17;
    }

    /** "…/entry/list/key/line/2" → "…/entry/list/key". */
    static String entryOf(String iri) {
        if (!iri.startsWith(ENTRY)) {
            return iri;
        }
        int a = iri.indexOf('/', ENTRY.length());
        int b = a < 0 ? -1 : iri.indexOf('/', a + 1);
        return b < 0 ? iri : iri.substring(0, b);
    }
}
