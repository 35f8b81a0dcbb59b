package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.export.MarkdownForms;
import org.awesomevlm.kg.vocab.AV;

/**
 * Writes one parsed entry as RDF: the entry (how it is written), its lines, links and authorships,
 * and the paper it describes with its people, concepts and models.
 */
final class EntryWriter {
    /** Where an entry sits and what its surroundings say about it. */
    record Context(
            int order,
            int blank,
            SectionTracker.Section in,
            int position,
            String groupYear,
            boolean survey,
            SectionTracker.Section typed) {}

    /** The {@code <details>} wrapping an entry. */
    record Wrapper(String summary, boolean inline, int blankAfterSummary, int closeBlank) {}

    private final GraphBuilder g;
    private final Emitter out;
    private final String file;
    private final List<ImportWarning> warnings;

    EntryWriter(GraphBuilder g, String file, List<ImportWarning> warnings) {
        this.g = g;
        this.out = g.out;
        this.file = file;
        this.warnings = warnings;
    }

    /**
     * True when the paper may be given {@code value}: no earlier entry of the same paper in this
     * list gave it another one (a paper has one title and one year). Otherwise the first stays,
     * with a warning, and this entry keeps its own text only as written.
     */
    private boolean once(String paper, String known, String value, int line, String what) {
        if (known == null || known.equals(value)) {
            return known == null;
        }
        warnings.add(
                new ImportWarning(
                        file,
                        line,
                        "paper "
                                + paper.substring(AV.BASE.length())
                                + " is listed at line "
                                + g.paper(paper, line).line
                                + " with another "
                                + what
                                + " ("
                                + known
                                + "); that one is kept"));
        return false;
    }

    /** Writes the entry, its lines, links and authorships and its paper, as one unit. */
    void write(ParsedEntry e, Context ctx, Wrapper w) {
        PaperKeys keys = new PaperKeys(e.links(), e.title());
        String paperIri = AV.BASE + "paper/" + keys.key;
        GraphBuilder.PaperOnce facts = g.paper(paperIri, e.line());
        Emitter.Subject entry =
                g.block(g.entryIri(keys.key), ctx.order(), ctx.blank(), ctx.in(), ctx.position());
        Emitter.Subject paper = out.subject(paperIri);
        entry.add(RDF.type, AV.Entry)
                .add(AV.describes, paper)
                .add(AV.titleAsWritten, e.titleAsWritten())
                .add(AV.titleTerminator, e.terminator());
        if (e.titleOverride() != null) {
            entry.add(AV.titleMarkdown, e.titleOverride());
        }
        if (w != null) {
            entry.add(AV.wrapperSummary, w.summary())
                    .add(AV.wrapperBlankLines, Emitter.integer(w.blankAfterSummary()))
                    .add(AV.closeBlankLinesBefore, Emitter.integer(w.closeBlank()));
            if (w.inline()) {
                entry.add(AV.summaryInline, Emitter.bool(true));
            }
        }
        paper.add(RDF.type, AV.Schema.ScholarlyArticle);
        if (once(paperIri, facts.title, e.title(), e.line(), "title")) {
            facts.title = e.title();
            paper.add(DCTerms.title, e.title());
        }
        if (keys.arxivId != null) {
            paper.add(AV.Fabio.hasArXivId, keys.arxivId);
        }
        if (keys.doi != null) {
            paper.add(AV.Fabio.doi, keys.doi);
        }
        links(entry, paper, e.links());
        String venue = null;
        List<String> models = new ArrayList<>();
        if (e.alias() != null) {
            models.add(e.alias());
        }
        int n = 0;
        for (ParsedEntry.SubLine line : e.lines()) {
            Emitter.Subject r = out.part(entry, "/line/", ++n);
            entry.add(AV.hasLine, r);
            String override = line.override();
            if (line instanceof ParsedEntry.Authors a) {
                venue = a.venue() != null ? a.venue() : venue;
                authors(entry, paper, r, a);
            } else if (line instanceof ParsedEntry.Field f) {
                field(paper, r, f);
            } else if (line instanceof ParsedEntry.Digest d) {
                // the text is the paper's; when this entry's differs (or is empty), keep its own
                boolean own = d.digest() != null && g.digest(facts, paper, d.quoted(), d.hash());
                if (!own && override == null) {
                    override = MarkdownForms.digestLines(d.label(), d.digest(), d.closeStyle());
                }
                models.addAll(d.models());
                d.artefacts().forEach(a -> paper.add(AV.hasArtefact, a));
            }
            lineKind(r, line, n, override);
        }
        classify(paper, facts, ctx, w, keys, venue, models, e.line());
        out.flush();
    }

    /** The line's own statements, after those of what it holds. */
    private static void lineKind(Emitter.Subject r, ParsedEntry.SubLine line, int n, String md) {
        r.add(RDF.type, AV.EntryLine)
                .add(AV.ordinal, Emitter.integer(n))
                .add(AV.blankLinesBefore, Emitter.integer(line.blank()));
        if (line instanceof ParsedEntry.Digest d) {
            r.add(AV.lineKind, AV.DigestLine)
                    .add(AV.summaryLabel, d.label())
                    .add(AV.closeStyle, d.closeStyle());
        } else if (line instanceof ParsedEntry.Verbatim) {
            r.add(AV.lineKind, AV.VerbatimLine);
        }
        if (md != null) {
            r.add(AV.markdown, md);
        }
    }

    private void classify(
            Emitter.Subject paper,
            GraphBuilder.PaperOnce facts,
            Context ctx,
            Wrapper w,
            PaperKeys keys,
            String venue,
            List<String> models,
            int line) {
        String year = ctx.groupYear();
        year = year != null ? year : PaperKeys.wrapperYear(w == null ? null : w.summary());
        year = year != null ? year : PaperKeys.venueYear(venue);
        if (year != null && once(paper.iri(), facts.year, year, line, "year")) {
            facts.year = year;
            paper.add(DCTerms.issued, Emitter.year(year));
        }
        if (venue != null) {
            paper.add(AV.venue, venue);
            paper.add(
                    RDF.type,
                    PaperKeys.isConference(venue)
                            ? AV.Fabio.ConferencePaper
                            : AV.Fabio.JournalArticle);
        } else if (keys.arxivId != null) {
            paper.add(RDF.type, AV.Fabio.Preprint);
        }
        if (ctx.survey()) {
            paper.add(RDF.type, AV.Fabio.ReviewArticle);
        }
        Resource family = null;
        if (ctx.typed() != null) {
            Resource section = ctx.typed().iri;
            Property p =
                    AV.Task.equals(ctx.typed().conceptType)
                            ? AV.task
                            : AV.ResearchArea.equals(ctx.typed().conceptType)
                                    ? AV.researchArea
                                    : AV.modelFamily;
            paper.add(p, section);
            family = p.equals(AV.modelFamily) ? section : null;
        }
        for (String name : models) {
            paper.add(AV.introducesModel, uri(g.model(name, family)));
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private void links(Emitter.Subject entry, Emitter.Subject paper, List<ParsedEntry.Link> links) {
        int n = 0;
        for (ParsedEntry.Link link : links) {
            Emitter.Subject r = out.part(entry, "/link/", ++n);
            entry.add(AV.hasLink, r);
            Resource type = AV.OtherLink;
            Property shortcut = null;
            switch (link.label().toLowerCase()) {
                case "paper", "pdf", "arxiv", "doi" -> {
                    type = AV.PaperLink;
                    shortcut = AV.paperUrl;
                }
                case "code", "github", "repo" -> {
                    type = AV.CodeLink;
                    shortcut = AV.Schema.codeRepository;
                }
                case "project", "project page", "website", "homepage", "page", "demo" -> {
                    type = AV.ProjectLink;
                    shortcut = AV.projectUrl;
                }
                default -> {}
            }
            r.add(RDF.type, AV.Link)
                    .add(RDF.type, type)
                    .add(AV.ordinal, Emitter.integer(n))
                    .add(AV.linkLabel, link.label());
            if (link.url() != null) {
                Node url = uri(link.url());
                r.add(AV.Schema.url, url);
                if (shortcut != null) {
                    paper.add(shortcut, url);
                }
            }
        }
    }

    private void authors(
            Emitter.Subject entry,
            Emitter.Subject paper,
            Emitter.Subject line,
            ParsedEntry.Authors a) {
        line.add(AV.lineKind, AV.AuthorsLine).add(AV.prefix, a.prefix()).add(AV.suffix, a.suffix());
        if (!a.venueAsWritten().isEmpty()) {
            line.add(AV.venueAsWritten, a.venueAsWritten());
        }
        if (a.placeholder() != null) {
            entry.add(AV.authorsPlaceholder, a.placeholder());
        }
        int n = 0;
        for (int i = 0; i < a.names().size(); i++) {
            String name = a.names().get(i);
            String personIri = a.persons().get(i);
            Emitter.Subject s = out.part(entry, "/author/", ++n);
            s.add(RDF.type, AV.Authorship)
                    .add(AV.ofEntry, entry)
                    .add(AV.ordinal, Emitter.integer(n))
                    .add(AV.nameAsWritten, name);
            if (personIri != null) { // not "et al."
                Node person = uri(personIri);
                s.add(AV.person, person);
                paper.add(DCTerms.creator, person);
            }
        }
    }

    private void field(Emitter.Subject paper, Emitter.Subject line, ParsedEntry.Field f) {
        line.add(AV.lineKind, AV.FieldLine)
                .add(AV.fieldLabel, f.label())
                .add(AV.valueAsWritten, f.value())
                .add(AV.fieldKind, f.kind());
        Property p =
                switch (f.kind()) {
                    case "modality" -> AV.modality;
                    case "dataset" -> AV.dataset;
                    default -> AV.keyword;
                };
        for (String iri : f.concepts()) {
            paper.add(p, uri(iri));
        }
    }
}
