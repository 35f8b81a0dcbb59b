package org.awesomevlm.kg.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.awesomevlm.kg.vocab.AV;

/**
 * Writes the document structure into the model (the list, blocks, sections, year groups) and
 * collects the labels of shared resources (people, concepts) so that each gets one stable preferred
 * spelling when the import {@link #finish finishes}.
 */
final class GraphBuilder {
    final Model model;
    final String listSlug;
    final Resource list;
    private final Map<Resource, TreeSet<String>> personNames = new TreeMap<>(GraphBuilder::byIri);
    private final Map<Resource, TreeSet<String>> conceptLabels = new TreeMap<>(GraphBuilder::byIri);
    private final Map<Resource, TreeSet<String>> modelNames = new TreeMap<>(GraphBuilder::byIri);
    private final Set<String> entryIris = new HashSet<>();
    private final Map<Resource, String> digests = new HashMap<>();

    GraphBuilder(Model model, String listSlug, String file) {
        this.model = model;
        this.listSlug = listSlug;
        this.list = model.createResource(AV.minted("list/" + listSlug).getURI());
        list.addProperty(RDF.type, AV.AwesomeList).addProperty(AV.sourceFile, file);
    }

    private static int byIri(Resource a, Resource b) {
        return a.getURI().compareTo(b.getURI());
    }

    static Literal integer(int n) {
        return ResourceFactory.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    static Literal bool(boolean b) {
        return ResourceFactory.createTypedLiteral(String.valueOf(b), XSDDatatype.XSDboolean);
    }

    static Literal year(String y) {
        return ResourceFactory.createTypedLiteral(y, XSDDatatype.XSDgYear);
    }

    void listEnd(String title, int blankAfter, boolean finalNewline) {
        if (title != null) {
            list.addProperty(DCTerms.title, title);
        }
        list.addLiteral(AV.blankLinesAfter, integer(blankAfter));
        list.addLiteral(AV.finalNewline, bool(finalNewline));
    }

    /** The properties every block has: list, order, blank line, section and position. */
    Resource block(Resource iri, int order, int blank, SectionTracker.Section in, int position) {
        Resource r = model.createResource(iri.getURI());
        r.addProperty(AV.inList, list)
                .addLiteral(AV.order, integer(order))
                .addLiteral(AV.blankLinesBefore, integer(blank));
        if (in != null) {
            r.addProperty(AV.inSection, model.createResource(in.iri.getURI()))
                    .addLiteral(AV.position, integer(position));
        }
        return r;
    }

    void section(
            Resource r, SectionTracker.Section s, SectionTracker.Section parent, String override) {
        r.addProperty(RDF.type, AV.Section)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, s.label)
                .addProperty(SKOS.inScheme, AV.SCHEME_SECTIONS);
        if (s.level > 0) {
            r.addLiteral(AV.headingLevel, integer(s.level));
        }
        if (parent != null) {
            r.addProperty(SKOS.broader, model.createResource(parent.iri.getURI()));
        }
        if (s.conceptType != null) {
            r.addProperty(RDF.type, s.conceptType).addProperty(SKOS.inScheme, schemeOf(s));
        }
        if (override != null) {
            r.addProperty(AV.markdown, override);
        }
    }

    void yearGroup(Resource r, String topic, String year, boolean details, boolean inline) {
        r.addProperty(RDF.type, AV.YearGroup)
                .addProperty(AV.topic, topic)
                .addLiteral(DCTerms.date, year(year))
                .addProperty(AV.groupStyle, details ? "details" : "heading");
        if (inline) {
            r.addLiteral(AV.summaryInline, bool(true));
        }
    }

    void closeGroup(SectionTracker.Section s, int closeBlank, String override) {
        Resource r = model.createResource(s.iri.getURI());
        r.addLiteral(AV.closeBlankLinesBefore, integer(closeBlank));
        if (override != null) {
            r.addProperty(AV.closeMarkdown, override);
        }
    }

    void verbatim(Resource r, String kind, String markdown) {
        r.addProperty(RDF.type, AV.VerbatimBlock)
                .addProperty(AV.blockKind, kind)
                .addProperty(AV.markdown, markdown);
    }

    /** A fresh entry IRI in this list for a paper key (a paper listed twice gets "-2"). */
    Resource entryIri(String paperKey) {
        String base = "entry/" + listSlug + "/" + paperKey;
        String iri = base;
        for (int n = 2; !entryIris.add(iri); n++) {
            iri = base + "-" + n;
        }
        return AV.minted(iri);
    }

    Resource person(String nameAsWritten) {
        Resource p =
                model.createResource(
                        AV.minted("person/" + Slugs.personKey(nameAsWritten)).getURI());
        p.addProperty(RDF.type, AV.Schema.Person);
        personNames.computeIfAbsent(p, k -> new TreeSet<>()).add(nameAsWritten);
        return p;
    }

    Resource concept(String kind, String label) {
        String norm = ConceptNormalizer.normalize(label);
        Resource c = model.createResource(AV.minted(kind + "/" + Slugs.slug(norm)).getURI());
        if (!conceptLabels.containsKey(c)) {
            Resource type =
                    switch (kind) {
                        case "modality" -> AV.Modality;
                        case "dataset" -> AV.Dataset;
                        default -> AV.Keyword;
                    };
            Resource scheme =
                    switch (kind) {
                        case "modality" -> AV.SCHEME_MODALITIES;
                        case "dataset" -> AV.SCHEME_DATASETS;
                        default -> AV.SCHEME_KEYWORDS;
                    };
            c.addProperty(RDF.type, SKOS.Concept)
                    .addProperty(RDF.type, type)
                    .addProperty(SKOS.inScheme, scheme);
        }
        conceptLabels.computeIfAbsent(c, k -> new TreeSet<>()).add(label);
        return c;
    }

    Resource model(String name, Resource family) {
        Resource m = model.createResource(AV.minted("model/" + Slugs.slug(name)).getURI());
        m.addProperty(RDF.type, AV.Model);
        if (family != null) {
            m.addProperty(AV.modelFamily, family);
        }
        modelNames.computeIfAbsent(m, k -> new TreeSet<>()).add(name);
        return m;
    }

    /**
     * Records the paper's digest; false when the paper already has another digest in this list (the
     * caller then keeps the second one on its line).
     */
    boolean digest(Resource paper, String digest) {
        String before = digests.putIfAbsent(paper, digest);
        if (before == null) {
            paper.addProperty(AV.digest, digest);
        }
        return before == null || before.equals(digest);
    }

    /** Preferred spelling = the lexicographically smallest; the others become variants. */
    void finish() {
        label(personNames, AV.Schema.name, AV.nameVariant);
        label(conceptLabels, SKOS.prefLabel, SKOS.altLabel);
        label(modelNames, AV.Schema.name, null);
    }

    private void label(Map<Resource, TreeSet<String>> names, Property pref, Property alt) {
        for (Map.Entry<Resource, TreeSet<String>> e : names.entrySet()) {
            Resource r = e.getKey();
            r.addProperty(pref, e.getValue().first());
            for (String other : e.getValue().tailSet(e.getValue().first(), false)) {
                if (alt != null) {
                    r.addProperty(alt, other);
                }
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
