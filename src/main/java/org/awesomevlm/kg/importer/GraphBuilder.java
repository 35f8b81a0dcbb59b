package org.awesomevlm.kg.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.awesomevlm.kg.vocab.AV;

/**
 * Writes the document structure (the list, blocks, sections, year groups) to the emitter as it is
 * read, and keeps the small tables a streaming import needs: the labels of shared resources (people
 * and concepts from {@link NameTables}, models), written once with one stable preferred spelling
 * when the import {@link #finish finishes}, and per paper what must be said only once (title, year,
 * digest).
 */
final class GraphBuilder {
    final Emitter out;
    final String listSlug;
    private final String listIri;
    // hash maps while reading (sorted once at the end); the name → IRI cache skips the Unicode
    // folding for every spelling already seen. People and concepts are in the names' tables.
    private final NameTables names;
    private final Map<String, TreeSet<String>> modelNames = new HashMap<>();
    private final Map<String, String> modelIri = new HashMap<>();
    private final Map<String, TreeSet<String>> modelFamilies = new HashMap<>();
    private final Set<String> entryIris = new HashSet<>();
    private final Map<String, PaperOnce> papers = new HashMap<>();

    /** What a paper says only once in a list, and where it first said it. */
    static final class PaperOnce {
        final int line;
        String title;
        String year;
        long digest; // a hash: the text itself would keep every digest of the list in memory
        boolean hasDigest;

        PaperOnce(int line) {
            this.line = line;
        }
    }

    /** {@code names} is read only at the end, after every entry has been parsed. */
    GraphBuilder(Emitter out, String listSlug, String file, NameTables names) {
        this.out = out;
        this.names = names;
        this.listSlug = listSlug;
        this.listIri = AV.minted("list/" + listSlug).getURI();
        out.subject(listIri).add(RDF.type, AV.AwesomeList).add(AV.sourceFile, file);
        out.flush();
    }

    /** The paper's once-only facts, created on its first entry. */
    PaperOnce paper(String iri, int line) {
        return papers.computeIfAbsent(iri, k -> new PaperOnce(line));
    }

    int papers() {
        return papers.size();
    }

    int people() {
        return names.people();
    }

    void listEnd(String title, int blankAfter, boolean finalNewline) {
        Emitter.Subject list = out.subject(listIri);
        if (title != null) {
            list.add(DCTerms.title, title);
        }
        list.add(AV.blankLinesAfter, Emitter.integer(blankAfter));
        list.add(AV.finalNewline, Emitter.bool(finalNewline));
        out.flush();
    }

    /** The properties every block has: list, order, blank line, section and position. */
    Emitter.Subject block(String iri, int order, int blank, SectionTracker.Section in, int pos) {
        Emitter.Subject r = out.subject(iri);
        r.add(AV.inList, NodeFactory.createURI(listIri))
                .add(AV.order, Emitter.integer(order))
                .add(AV.blankLinesBefore, Emitter.integer(blank));
        if (in != null) {
            r.add(AV.inSection, in.iri).add(AV.position, Emitter.integer(pos));
        }
        return r;
    }

    void section(
            Emitter.Subject r,
            SectionTracker.Section s,
            SectionTracker.Section parent,
            String override) {
        r.add(RDF.type, AV.Section)
                .add(RDF.type, SKOS.Concept)
                .add(SKOS.prefLabel, s.label)
                .add(SKOS.inScheme, AV.SCHEME_SECTIONS);
        if (s.level > 0) {
            r.add(AV.headingLevel, Emitter.integer(s.level));
        }
        if (parent != null) {
            r.add(SKOS.broader, parent.iri);
        }
        if (s.conceptType != null) {
            r.add(RDF.type, s.conceptType).add(SKOS.inScheme, schemeOf(s));
        }
        if (override != null) {
            r.add(AV.markdown, override);
        }
    }

    void yearGroup(Emitter.Subject r, String topic, String year, boolean details, boolean inline) {
        r.add(RDF.type, AV.YearGroup)
                .add(AV.topic, topic)
                .add(DCTerms.date, Emitter.year(year))
                .add(AV.groupStyle, details ? "details" : "heading");
        if (inline) {
            r.add(AV.summaryInline, Emitter.bool(true));
        }
    }

    void closeGroup(SectionTracker.Section s, int closeBlank, String override) {
        Emitter.Subject r = out.subject(s.iri);
        r.add(AV.closeBlankLinesBefore, Emitter.integer(closeBlank));
        if (override != null) {
            r.add(AV.closeMarkdown, override);
        }
        out.flush();
    }

    void verbatim(Emitter.Subject r, String kind, String markdown) {
        r.add(RDF.type, AV.VerbatimBlock).add(AV.blockKind, kind).add(AV.markdown, markdown);
    }

    /** A fresh entry IRI in this list for a paper key (a paper listed twice gets "-2"). */
    String entryIri(String paperKey) {
        String base = AV.BASE + "entry/" + listSlug + "/" + paperKey;
        String iri = base;
        for (int n = 2; !entryIris.add(iri); n++) {
            iri = base + "-" + n;
        }
        return iri;
    }

    String model(String name, Resource family) {
        String iri = modelIri.get(name);
        if (iri == null) {
            iri = AV.BASE + "model/" + Slugs.slug(name);
            modelNames.computeIfAbsent(iri, k -> new TreeSet<>()).add(name);
            modelIri.put(name, iri);
        }
        if (family != null) {
            modelFamilies.computeIfAbsent(iri, k -> new TreeSet<>()).add(family.getURI());
        }
        return iri;
    }

    /**
     * Gives the paper its digest on its first entry; false when the paper already has another
     * digest in this list (the caller then keeps the second one on its line); {@code h} is the
     * digest's {@link #hash}.
     */
    boolean digest(PaperOnce facts, Emitter.Subject paper, Quoted digest, long h) {
        if (!facts.hasDigest) {
            facts.hasDigest = true;
            facts.digest = h;
            paper.add(AV.digest, digest);
            return true;
        }
        return facts.digest == h;
    }

    /**
     * A 64-bit hash of a string: four chars to a 64-bit word, multiplied in and folded, then
     * murmur3's finaliser (a quarter of the multiplications of a hash per char).
     */
    static long hash(String s) {
        int n = s.length();
        long h = n * 0x9E3779B97F4A7C15L;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long k =
                    s.charAt(i)
                            | (long) s.charAt(i + 1) << 16
                            | (long) s.charAt(i + 2) << 32
                            | (long) s.charAt(i + 3) << 48;
            h = (h + k) * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 29;
        }
        for (; i < n; i++) {
            h = (h + s.charAt(i)) * 0xC2B2AE3D27D4EB4FL;
        }
        return finish(h);
    }

    /** murmur3's finaliser. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /**
     * Writes the shared resources, sorted by IRI: people and concepts ({@code blocks}, those the
     * scanning thread rendered ahead go straight into {@code turtle}), then models.
     */
    void finish(NameBlocks blocks, TurtleStream turtle) {
        out.addTriples(blocks.write(out, turtle));
        for (Map.Entry<String, TreeSet<String>> e : new TreeMap<>(modelNames).entrySet()) {
            Emitter.Subject m = out.subject(e.getKey()).add(RDF.type, AV.Model);
            for (String family : modelFamilies.getOrDefault(e.getKey(), new TreeSet<>())) {
                m.add(AV.modelFamily, NodeFactory.createURI(family));
            }
            labels(m, e.getValue(), AV.Schema.name, null);
            out.flush();
        }
    }

    static void labels(Emitter.Subject r, NavigableSet<String> names, Property pref, Property alt) {
        r.add(pref, names.first());
        if (alt != null) {
            for (String other : names.tailSet(names.first(), false)) {
                r.add(alt, other);
            }
        }
    }

    private static Resource schemeOf(SectionTracker.Section s) {
        if (AV.Task.equals(s.conceptType)) {
            return AV.SCHEME_TASKS;
        }
        if (AV.ResearchArea.equals(s.conceptType)) {
            return AV.SCHEME_RESEARCH_AREAS;
        }
        return AV.SCHEME_MODEL_FAMILIES;
    }
}
