package org.awesomevlm.kg.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.awesomevlm.kg.vocab.AV;

/**
 * The IRIs of people and concepts by name, and every spelling seen of each, for the people and
 * concepts written at the end of an import. Filled by the entry parser on the scanning thread as it
 * reads each entry (every parsed entry is written, once), read by the graph builder only after that
 * thread has ended; so the writing thread does not wait on these large tables.
 */
final class NameTables {
    private static final Pattern ET_AL = Pattern.compile("et\\.? al\\.?");

    // hash maps while reading (sorted once at the end); the name → IRI caches skip the Unicode
    // folding and regular expressions for every spelling already seen
    private final Map<String, TreeSet<String>> personNames = new HashMap<>();
    private final Map<String, Concept> concepts = new HashMap<>();
    private final Map<String, String> personIri = new HashMap<>();
    private final Map<String, String> conceptIri = new HashMap<>();

    record Concept(String kind, TreeSet<String> labels) {}

    /** The person an author name stands for; null for "et al." (no person). */
    String author(String nameAsWritten) {
        return ET_AL.matcher(nameAsWritten.toLowerCase()).matches() ? null : person(nameAsWritten);
    }

    String person(String nameAsWritten) {
        String known = personIri.get(nameAsWritten);
        if (known != null) {
            return known;
        }
        String iri = AV.BASE + "person/" + Slugs.personKey(nameAsWritten);
        personNames.computeIfAbsent(iri, k -> new TreeSet<>()).add(nameAsWritten);
        personIri.put(nameAsWritten, iri);
        return iri;
    }

    String concept(String kind, String label) {
        String key = kind + '\n' + label;
        String known = conceptIri.get(key);
        if (known != null) {
            return known;
        }
        String norm = ConceptNormalizer.normalize(label);
        String iri = AV.BASE + kind + "/" + Slugs.slug(norm);
        concepts.computeIfAbsent(iri, k -> new Concept(kind, new TreeSet<>())).labels.add(label);
        conceptIri.put(key, iri);
        return iri;
    }

    int people() {
        return personNames.size();
    }

    /** Person IRI → spellings, sorted by IRI. */
    TreeMap<String, TreeSet<String>> sortedPeople() {
        return new TreeMap<>(personNames);
    }

    /** Concept IRI → kind and labels, sorted by IRI. */
    TreeMap<String, Concept> sortedConcepts() {
        return new TreeMap<>(concepts);
    }
}
