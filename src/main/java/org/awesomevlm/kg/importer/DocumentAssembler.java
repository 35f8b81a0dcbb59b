package org.awesomevlm.kg.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.export.MarkdownForms;
import org.awesomevlm.kg.vocab.AV;

/**
 * Turns the scanner's pieces into the graph: pairs {@code <details>} with {@code </details>} (year
 * groups, entry wrappers, anything else kept verbatim), tracks sections, numbers blocks and drops
 * the lines under the "Table of Contents" heading (the exporter generates them).
 */
final class DocumentAssembler implements Consumer<Piece> {
    private static final Pattern YEAR_GROUP =
            Pattern.compile("^(.*\\S)\\s*:\\s*((?:19|20)\\d{2})$");

    private enum Kind {
        YEAR,
        CANDIDATE,
        GENERIC
    }

    /** An open {@code <details>}. */
    private static final class Frame {
        Kind kind;
        final Piece.Open open;
        SectionTracker.Section group;
        Piece.Entry entry;

        Frame(Kind kind, Piece.Open open) {
            this.kind = kind;
            this.open = open;
        }
    }

    private final String file;
    private final GraphBuilder g;
    private final EntryWriter entries;
    private final SectionTracker sections;
    private final List<ImportWarning> warnings;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int order;
    private boolean inToc;
    private String title;

    DocumentAssembler(String file, GraphBuilder g, List<ImportWarning> warnings) {
        this.file = file;
        this.g = g;
        this.entries = new EntryWriter(g, file, warnings);
        this.sections = new SectionTracker(g.listSlug);
        this.warnings = warnings;
    }

    /** The text of the first level-1 heading, or null. */
    String title() {
        return title;
    }

    @Override
    public void accept(Piece p) {
        if (inToc) {
            // the exporter regenerates the lists under the ToC heading; anything else stays
            if (p instanceof Piece.Verbatim v && v.kind().equals("list")) {
                return;
            }
            inToc = !(p instanceof Piece.Heading);
        }
        Frame top = frames.peek();
        if (top != null && top.kind == Kind.CANDIDATE) {
            if (p instanceof Piece.Entry e && top.entry == null) {
                top.entry = e;
                return;
            }
            if (p instanceof Piece.Close c && top.entry != null && isClose(c)) {
                frames.pop();
                wrapped(top, c);
                return;
            }
            giveUp(top);
        }
        process(p);
    }

    /** Ends the document: every {@code <details>} must have been closed. */
    void finish() {
        Frame top = frames.peek();
        if (top != null) {
            throw new KgException(
                    file, top.open.line(), "unterminated <details>: no </details> closes it");
        }
    }

    private void process(Piece p) {
        if (p instanceof Piece.Heading h) {
            heading(h);
        } else if (p instanceof Piece.Open o) {
            open(o);
        } else if (p instanceof Piece.Close c) {
            close(c);
        } else if (p instanceof Piece.Entry e) {
            entry(e, null);
        } else if (p instanceof Piece.Verbatim v) {
            verbatim(v.line(), v.blank(), v.kind(), v.markdown());
        }
    }

    private void heading(Piece.Heading h) {
        if (h.level() == 1 && title == null) {
            title = h.text();
        }
        Matcher y = YEAR_GROUP.matcher(h.text());
        String topic = y.matches() ? y.group(1) : null;
        String year = y.matches() ? y.group(2) : null;
        SectionTracker.Section s = sections.heading(h.level(), h.text(), topic, year, h.line());
        SectionTracker.Section parent = s.parent;
        int position = sections.positionIn(parent);
        Emitter.Subject r = g.block(s.iri.getURI(), ++order, h.blank(), parent, position);
        String canonical = MarkdownForms.heading(h.level(), h.text());
        g.section(r, s, parent, canonical.equals(h.exact()) ? null : h.exact());
        if (year != null) {
            g.yearGroup(r, topic, year, false, false);
        }
        if (h.text().strip().toLowerCase(Locale.ROOT).equals("table of contents")) {
            r.add(AV.isTableOfContents, Emitter.bool(true));
            inToc = true;
        }
        g.out.flush();
    }

    private SectionTracker.Section current() {
        return sections.current();
    }

    private void open(Piece.Open o) {
        Matcher y = o.summary() == null ? null : YEAR_GROUP.matcher(o.summary());
        if (y != null && y.matches()) {
            Frame f = new Frame(Kind.YEAR, o);
            SectionTracker.Section parent = current();
            int position = sections.nextPosition();
            f.group = sections.detailsGroup(o.summary(), y.group(1), y.group(2), o.line());
            Emitter.Subject r = g.block(f.group.iri.getURI(), ++order, o.blank(), parent, position);
            String canonical = MarkdownForms.detailsOpening(o.summary(), o.inline());
            g.section(r, f.group, parent, canonical.equals(o.exact()) ? null : o.exact());
            g.yearGroup(r, y.group(1), y.group(2), true, o.inline());
            g.out.flush();
            frames.push(f);
        } else if (o.summary() != null
                && MarkdownForms.detailsOpening(o.summary(), o.inline()).equals(o.exact())) {
            frames.push(new Frame(Kind.CANDIDATE, o));
        } else {
            Frame f = new Frame(Kind.CANDIDATE, o);
            frames.push(f);
            giveUp(f);
        }
    }

    /** A {@code <details>} that does not wrap exactly one entry: kept verbatim. */
    private void giveUp(Frame f) {
        f.kind = Kind.GENERIC;
        warnings.add(
                new ImportWarning(
                        file,
                        f.open.line(),
                        "<details> is neither a year group nor an entry wrapper, kept verbatim"));
        verbatim(f.open.line(), f.open.blank(), "html", f.open.exact());
        if (f.entry != null) {
            Piece.Entry e = f.entry;
            f.entry = null;
            entry(e, null);
        }
    }

    private void close(Piece.Close c) {
        Frame f = frames.poll();
        if (f == null) {
            warnings.add(
                    new ImportWarning(file, c.line(), "</details> closes nothing, kept verbatim"));
            verbatim(c.line(), c.blank(), "html", c.exact());
        } else if (f.kind == Kind.YEAR) {
            String override = isClose(c) ? null : c.exact();
            if (override != null) {
                warnings.add(new ImportWarning(file, c.line(), "closing tag kept as written"));
            }
            sections.close();
            g.closeGroup(f.group, c.blank(), override);
        } else {
            verbatim(c.line(), c.blank(), "html", c.exact());
        }
    }

    private static boolean isClose(Piece.Close c) {
        return c.exact().equals(MarkdownForms.DETAILS_CLOSE);
    }

    private void wrapped(Frame f, Piece.Close c) {
        Piece.Open o = f.open;
        entry(
                new Piece.Entry(o.line(), o.blank(), f.entry.entry()),
                new EntryWriter.Wrapper(o.summary(), o.inline(), f.entry.blank(), c.blank()));
    }

    private void entry(Piece.Entry e, EntryWriter.Wrapper w) {
        SectionTracker.Section in = current();
        int position = sections.nextPosition();
        entries.write(
                e.entry(),
                new EntryWriter.Context(
                        ++order,
                        e.blank(),
                        in,
                        position,
                        sections.year(),
                        sections.inSurvey(),
                        sections.typedSection()),
                w);
    }

    private void verbatim(int line, int blank, String kind, String markdown) {
        SectionTracker.Section in = current();
        int position = sections.nextPosition();
        g.verbatim(
                g.block(
                        AV.BASE + "block/" + g.listSlug + "/" + (order + 1),
                        ++order,
                        blank,
                        in,
                        position),
                kind,
                markdown);
        g.out.flush();
    }
}
