package org.awesomevlm.kg.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.awesomevlm.kg.vocab.AV;

/**
 * Which section a block sits in: a stack of open headings and year groups, their IRIs (the heading
 * path of MODEL.md), the concept kind their top-level section gives them, and each member's
 * position within its section.
 */
final class SectionTracker {
    /** An open heading or year group. */
    static final class Section {
        final Resource iri;
        final Section parent;
        final int level;
        final boolean details;
        final String path;
        final String label;
        final String area;
        final Resource conceptType;
        final String year;
        final int openLine;
        private int members;

        private Section(
                Resource iri,
                Section parent,
                int level,
                boolean details,
                String path,
                String label,
                String area,
                Resource conceptType,
                String year,
                int openLine) {
            this.iri = iri;
            this.parent = parent;
            this.level = level;
            this.details = details;
            this.path = path;
            this.label = label;
            this.area = area;
            this.conceptType = conceptType;
            this.year = year;
            this.openLine = openLine;
        }
    }

    private final String listSlug;
    private final Deque<Section> stack = new ArrayDeque<>();
    private final Set<String> minted = new HashSet<>();
    private final Map<Section, Deque<Section>> saved = new HashMap<>();

    SectionTracker(String listSlug) {
        this.listSlug = listSlug;
    }

    /** The innermost open section, or null before the first heading. */
    Section current() {
        return stack.peek();
    }

    /** Next 1-based position of a member of the current section (0 when there is none). */
    int nextPosition() {
        return positionIn(stack.peek());
    }

    /** Next 1-based position of a member of {@code s} (0 when s is null). */
    int positionIn(Section s) {
        return s == null ? 0 : ++s.members;
    }

    /**
     * Opens a heading (or a heading-style year group when {@code year} is set): closes open
     * headings of the same or a deeper level, but never past an open {@code <details>} group.
     */
    Section heading(int level, String text, String topic, String year, int line) {
        while (!stack.isEmpty() && !stack.peek().details && stack.peek().level >= level) {
            stack.pop();
        }
        return push(level, false, text, topic, year, line);
    }

    /** Opens a {@code <details>} year group; {@link #close()} ends it. */
    Section detailsGroup(String label, String topic, String year, int line) {
        Deque<Section> before = new ArrayDeque<>(stack);
        Section s = push(0, true, label, topic, year, line);
        saved.put(s, before);
        return s;
    }

    /** Closes the innermost {@code <details>} group and every heading opened inside it. */
    Section close() {
        for (Section s : stack) {
            if (s.details) {
                stack.clear();
                stack.addAll(saved.remove(s));
                return s;
            }
        }
        return null;
    }

    /** The innermost open details group (for the unterminated-details error), or null. */
    Section openGroup() {
        for (Section s : stack) {
            if (s.details) {
                return s;
            }
        }
        return null;
    }

    /** The year of the innermost year group, or null. */
    String year() {
        for (Section s : stack) {
            if (s.year != null) {
                return s.year;
            }
        }
        return null;
    }

    /** True when an open section's label says it holds surveys or reviews. */
    boolean inSurvey() {
        for (Section s : stack) {
            String l = s.label.toLowerCase(Locale.ROOT);
            if (l.contains("survey") || l.contains("review")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost section typed as a model family, task or research area, or null. */
    Section typedSection() {
        for (Iterator<Section> it = stack.iterator(); it.hasNext(); ) {
            Section s = it.next();
            if (s.conceptType != null) {
                return s;
            }
        }
        return null;
    }

    private Section push(
            int level, boolean details, String label, String topic, String year, int line) {
        Section parent = stack.peek();
        String segment = year != null ? Slugs.slug(topic) + "-" + year : Slugs.slug(label);
        String path =
                parent == null && level == 1 && minted.isEmpty()
                        ? ""
                        : (parent == null ? "" : parent.path) + "/" + segment;
        String iri = unique("section/" + listSlug + path);
        path = iri.substring(("section/" + listSlug).length());
        String area = parent == null || parent.level == 1 ? areaOf(label) : parent.area;
        boolean topLevel = parent == null || parent.level == 1;
        Resource type = topLevel || year != null ? null : typeOf(area);
        Section s =
                new Section(
                        AV.minted(iri),
                        parent,
                        level,
                        details,
                        path,
                        label,
                        area,
                        type,
                        year,
                        line);
        stack.push(s);
        return s;
    }

    private String unique(String iri) {
        String candidate = iri;
        for (int n = 2; !minted.add(candidate); n++) {
            candidate = iri + "-" + n;
        }
        return candidate;
    }

    private static String areaOf(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("research area")) {
            return "area";
        }
        if (h.contains("task")) {
            return "task";
        }
        if (h.contains("model")) {
            return "model";
        }
        return null;
    }

    private static Resource typeOf(String area) {
        if (area == null) {
            return null;
        }
        return switch (area) {
            case "area" -> AV.ResearchArea;
            case "task" -> AV.Task;
            default -> AV.ModelFamily;
        };
    }
}
