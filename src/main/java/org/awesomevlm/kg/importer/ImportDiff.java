package org.awesomevlm.kg.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;

/**
 * What a re-import changes, paper by paper (by IRI): papers added, removed, and changed (their
 * description or their entry differs; moving in the document alone is not a change). Both sides are
 * {@link PaperSignatures}, gathered while streaming, so neither graph is held in memory.
 */
public record ImportDiff(List<String> added, List<String> changed, List<String> removed) {
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** The previous version in {@code ttl}; empty when there is none (or it is broken). */
    public static PaperSignatures previous(Path ttl) {
        return PaperSignatures.of(ttl);
    }

    public static ImportDiff compare(Model before, Model after) {
        return compare(PaperSignatures.of(before), PaperSignatures.of(after));
    }

    public static ImportDiff compare(PaperSignatures before, PaperSignatures after) {
        if (before.isEmpty()) { // a first import: every paper is added, in IRI order
            List<String> added = new ArrayList<>();
            for (String iri : after.papers()) {
                added.add(after.label(iri));
            }
            return new ImportDiff(added, new ArrayList<>(), new ArrayList<>());
        }
        Map<String, Long> old = before.signatures();
        Map<String, Long> now = after.signatures();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, Long> e : now.entrySet()) {
            Long was = old.get(e.getKey());
            if (was == null) {
                added.add(after.label(e.getKey()));
            } else if (!was.equals(e.getValue())) {
                changed.add(after.label(e.getKey()));
            }
        }
        for (String iri : old.keySet()) {
            if (!now.containsKey(iri)) {
                removed.add(before.label(iri));
            }
        }
        return new ImportDiff(added, changed, removed);
    }

    /** Report lines: "added <iri> title". */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        added.forEach(p -> out.add("added   " + p));
        changed.forEach(p -> out.add("changed " + p));
        removed.forEach(p -> out.add("removed " + p));
        return out;
    }
}
