package org.awesomevlm.kg.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.vocab.AV;

/**
 * What a re-import changes, paper by paper (by IRI): papers added, removed, and changed (their
 * description or their entry differs; moving in the document alone is not a change).
 */
public record ImportDiff(List<String> added, List<String> changed, List<String> removed) {
    /** Properties that only say where a block is in the document. */
    private static final Set<Property> PLACE = Set.of(AV.order, AV.position, AV.blankLinesBefore);

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /**
     * The previous version in {@code ttl}, or an empty graph when there is none (or it is broken).
     */
    public static Model previous(Path ttl) {
        Model m = ModelFactory.createDefaultModel();
        if (Files.isRegularFile(ttl)) {
            try {
                RDFDataMgr.read(m, ttl.toString());
            } catch (RiotException e) {
                return ModelFactory.createDefaultModel();
            }
        }
        return m;
    }

    public static ImportDiff compare(Model before, Model after) {
        Map<String, Set<String>> old = signatures(before);
        Map<String, Set<String>> now = signatures(after);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : now.entrySet()) {
            Set<String> was = old.get(e.getKey());
            if (was == null) {
                added.add(label(after, e.getKey()));
            } else if (!was.equals(e.getValue())) {
                changed.add(label(after, e.getKey()));
            }
        }
        for (String iri : old.keySet()) {
            if (!now.containsKey(iri)) {
                removed.add(label(before, iri));
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

    private static String label(Model m, String iri) {
        Statement t = m.getResource(iri).getProperty(DCTerms.title);
        return "<" + iri + ">" + (t == null ? "" : "  " + t.getString());
    }

    /**
     * Per paper IRI: its statements and those of its entries (and their lines, links, authors), in
     * one pass over the graph.
     */
    private static Map<String, Set<String>> signatures(Model m) {
        Map<String, Set<String>> out = new TreeMap<>();
        m.listSubjectsWithProperty(RDF.type, AV.Schema.ScholarlyArticle)
                .forEachRemaining(p -> out.put(p.getURI(), new TreeSet<>()));
        Map<String, String> paperOfEntry = new HashMap<>();
        m.listStatements(null, AV.describes, (Resource) null)
                .forEachRemaining(
                        s -> paperOfEntry.put(s.getSubject().getURI(), s.getResource().getURI()));
        m.listStatements()
                .forEachRemaining(
                        s -> {
                            if (!s.getSubject().isURIResource()
                                    || PLACE.contains(s.getPredicate())) {
                                return;
                            }
                            String subject = s.getSubject().getURI();
                            Set<String> sig = out.get(subject);
                            String paper = paperOfEntry.get(entryOf(subject));
                            if (sig == null && paper != null) {
                                sig = out.get(paper);
                            }
                            if (sig != null) {
                                sig.add(s.asTriple().toString());
                            }
                        });
        return out;
    }

    /** "…/entry/list/key/line/2" → "…/entry/list/key". */
    private static String entryOf(String iri) {
        String prefix = AV.BASE + "entry/";
        if (!iri.startsWith(prefix)) {
            return iri;
        }
        int a = iri.indexOf('/', prefix.length());
        int b = a < 0 ? -1 : iri.indexOf('/', a + 1);
        return b < 0 ? iri : iri.substring(0, b);
    }
}
