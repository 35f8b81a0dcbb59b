package org.awesomevlm.kg.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
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
    private final String file;
    private final List<ImportWarning> warnings;
    private final Map<Resource, Integer> firstLine = new HashMap<>();
    private final Model m;

    EntryWriter(GraphBuilder g, String file, List<ImportWarning> warnings) {
        this.g = g;
        this.file = file;
        this.warnings = warnings;
        this.m = g.model;
    }

    /**
     * Gives the paper {@code value} unless an earlier entry of the same paper in this list gave it
     * another one (a paper has one title and one year): then the first stays, with a warning, and
     * this entry keeps its own text only as written.
     */
    private void once(Resource paper, Property p, RDFNode value, int line, String what) {
        Statement known = paper.getProperty(p);
        if (known == null) {
            paper.addProperty(p, value);
            firstLine.putIfAbsent(paper, line);
        } else if (!known.getObject().equals(value)) {
            warnings.add(
                    new ImportWarning(
                            file,
                            line,
                            "paper "
                                    + paper.getURI().substring(AV.BASE.length())
                                    + " is listed at line "
                                    + firstLine.get(paper)
                                    + " with another "
                                    + what
                                    + " ("
                                    + known.getObject().asLiteral().getLexicalForm()
                                    + "); that one is kept"));
        }
    }

    Resource write(ParsedEntry e, Context ctx, Wrapper w) {
        PaperKeys keys = new PaperKeys(e.links(), e.title());
        Resource paper = m.createResource(AV.minted("paper/" + keys.key).getURI());
        Resource entry =
                g.block(g.entryIri(keys.key), ctx.order(), ctx.blank(), ctx.in(), ctx.position());
        entry.addProperty(RDF.type, AV.Entry)
                .addProperty(AV.describes, paper)
                .addProperty(AV.titleAsWritten, e.titleAsWritten())
                .addProperty(AV.titleTerminator, e.terminator());
        if (e.titleOverride() != null) {
            entry.addProperty(AV.titleMarkdown, e.titleOverride());
        }
        if (w != null) {
            entry.addProperty(AV.wrapperSummary, w.summary())
                    .addLiteral(AV.wrapperBlankLines, GraphBuilder.integer(w.blankAfterSummary()))
                    .addLiteral(AV.closeBlankLinesBefore, GraphBuilder.integer(w.closeBlank()));
            if (w.inline()) {
                entry.addLiteral(AV.summaryInline, GraphBuilder.bool(true));
            }
        }
        paper.addProperty(RDF.type, AV.Schema.ScholarlyArticle);
        once(paper, DCTerms.title, m.createLiteral(e.title()), e.line(), "title");
        if (keys.arxivId != null) {
            paper.addProperty(AV.Fabio.hasArXivId, keys.arxivId);
        }
        if (keys.doi != null) {
            paper.addProperty(AV.Fabio.doi, keys.doi);
        }
        links(entry, paper, e.links());
        String venue = null;
        List<String> models = new ArrayList<>();
        if (e.alias() != null) {
            models.add(e.alias());
        }
        int n = 0;
        for (ParsedEntry.SubLine line : e.lines()) {
            Resource r = m.createResource(entry.getURI() + "/line/" + ++n);
            entry.addProperty(AV.hasLine, r);
            r.addProperty(RDF.type, AV.EntryLine)
                    .addLiteral(AV.ordinal, GraphBuilder.integer(n))
                    .addLiteral(AV.blankLinesBefore, GraphBuilder.integer(line.blank()));
            String override = line.override();
            if (line instanceof ParsedEntry.Authors a) {
                venue = a.venue() != null ? a.venue() : venue;
                authors(entry, paper, r, a);
            } else if (line instanceof ParsedEntry.Field f) {
                field(paper, r, f);
            } else if (line instanceof ParsedEntry.Digest d) {
                r.addProperty(AV.lineKind, AV.DigestLine)
                        .addProperty(AV.summaryLabel, d.label())
                        .addProperty(AV.closeStyle, d.closeStyle());
                // the text is the paper's; when this entry's differs (or is empty), keep its own
                boolean own = d.digest() != null && g.digest(paper, d.digest());
                if (!own && override == null) {
                    override = MarkdownForms.digestLines(d.label(), d.digest(), d.closeStyle());
                }
                models.addAll(d.models());
                d.artefacts().forEach(a -> paper.addProperty(AV.hasArtefact, a));
            } else {
                r.addProperty(AV.lineKind, AV.VerbatimLine);
            }
            if (override != null) {
                r.addProperty(AV.markdown, override);
            }
        }
        classify(paper, ctx, w, keys, venue, models, e.line());
        return entry;
    }

    private void classify(
            Resource paper,
            Context ctx,
            Wrapper w,
            PaperKeys keys,
            String venue,
            List<String> models,
            int line) {
        String year = ctx.groupYear();
        year = year != null ? year : PaperKeys.wrapperYear(w == null ? null : w.summary());
        year = year != null ? year : PaperKeys.venueYear(venue);
        if (year != null) {
            once(paper, DCTerms.issued, GraphBuilder.year(year), line, "year");
        }
        if (venue != null) {
            paper.addProperty(AV.venue, venue);
            paper.addProperty(
                    RDF.type,
                    PaperKeys.isConference(venue)
                            ? AV.Fabio.ConferencePaper
                            : AV.Fabio.JournalArticle);
        } else if (keys.arxivId != null) {
            paper.addProperty(RDF.type, AV.Fabio.Preprint);
        }
        if (ctx.survey()) {
            paper.addProperty(RDF.type, AV.Fabio.ReviewArticle);
        }
        Resource family = null;
        if (ctx.typed() != null) {
            Resource section = m.createResource(ctx.typed().iri.getURI());
            Property p =
                    AV.Task.equals(ctx.typed().conceptType)
                            ? AV.task
                            : AV.ResearchArea.equals(ctx.typed().conceptType)
                                    ? AV.researchArea
                                    : AV.modelFamily;
            paper.addProperty(p, section);
            family = p.equals(AV.modelFamily) ? section : null;
        }
        for (String name : models) {
            paper.addProperty(AV.introducesModel, g.model(name, family));
        }
    }

    private void links(Resource entry, Resource paper, List<ParsedEntry.Link> links) {
        int n = 0;
        for (ParsedEntry.Link link : links) {
            Resource r = m.createResource(entry.getURI() + "/link/" + ++n);
            entry.addProperty(AV.hasLink, r);
            String label = link.label().toLowerCase();
            Resource type = AV.OtherLink;
            Property shortcut = null;
            if (label.matches("paper|pdf|arxiv|doi")) {
                type = AV.PaperLink;
                shortcut = AV.paperUrl;
            } else if (label.matches("code|github|repo")) {
                type = AV.CodeLink;
                shortcut = AV.Schema.codeRepository;
            } else if (label.matches("project|project page|website|homepage|page|demo")) {
                type = AV.ProjectLink;
                shortcut = AV.projectUrl;
            }
            r.addProperty(RDF.type, AV.Link)
                    .addProperty(RDF.type, type)
                    .addLiteral(AV.ordinal, GraphBuilder.integer(n))
                    .addProperty(AV.linkLabel, link.label());
            if (link.url() != null) {
                Resource url = m.createResource(link.url());
                r.addProperty(AV.Schema.url, url);
                if (shortcut != null) {
                    paper.addProperty(shortcut, url);
                }
            }
        }
    }

    private void authors(Resource entry, Resource paper, Resource line, ParsedEntry.Authors a) {
        line.addProperty(AV.lineKind, AV.AuthorsLine)
                .addProperty(AV.prefix, a.prefix())
                .addProperty(AV.suffix, a.suffix());
        if (!a.venueAsWritten().isEmpty()) {
            line.addProperty(AV.venueAsWritten, a.venueAsWritten());
        }
        if (a.placeholder() != null) {
            entry.addProperty(AV.authorsPlaceholder, a.placeholder());
        }
        int n = 0;
        for (String name : a.names()) {
            Resource s = m.createResource(entry.getURI() + "/author/" + ++n);
            s.addProperty(RDF.type, AV.Authorship)
                    .addProperty(AV.ofEntry, entry)
                    .addLiteral(AV.ordinal, GraphBuilder.integer(n))
                    .addProperty(AV.nameAsWritten, name);
            if (!name.toLowerCase().matches("et\\.? al\\.?")) {
                Resource person = g.person(name);
                s.addProperty(AV.person, person);
                paper.addProperty(DCTerms.creator, person);
            }
        }
    }

    private void field(Resource paper, Resource line, ParsedEntry.Field f) {
        line.addProperty(AV.lineKind, AV.FieldLine)
                .addProperty(AV.fieldLabel, f.label())
                .addProperty(AV.valueAsWritten, f.value())
                .addProperty(AV.fieldKind, f.kind());
        Property p =
                switch (f.kind()) {
                    case "modality" -> AV.modality;
                    case "dataset" -> AV.dataset;
                    default -> AV.keyword;
                };
        for (String v : f.values()) {
            paper.addProperty(p, g.concept(f.kind(), v));
        }
    }
}
