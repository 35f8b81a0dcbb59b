package org.awesomevlm.kg.importer;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
    // person IRI → its one spelling (a String) or its several (a TreeSet): most people are written
    // one way, and a set for each cost about 100 bytes a person, 170 MB of a 10^6-paper list
    private final Map<String, Object> personNames = new HashMap<>();
    private final Map<String, Concept> concepts = new HashMap<>();
    private final Map<String, String> personIri = new HashMap<>();
    private final Map<String, String> conceptIri = new HashMap<>();

    record Concept(String kind, TreeSet<String> labels) {}

    /** The person an author name stands for; null for "et al." (no person). */
    String author(String nameAsWritten) {
        // "et al." has 5-7 chars, the first an e (a lower-cased non-ASCII char is none of them)
        int n = nameAsWritten.length();
        boolean etAl =
                n >= 5
                        && n <= 7
                        && (nameAsWritten.charAt(0) | 0x20) == 'e'
                        && ET_AL.matcher(nameAsWritten.toLowerCase()).matches();
        return etAl ? null : person(nameAsWritten);
    }

    String person(String nameAsWritten) {
        String known = personIri.get(nameAsWritten);
        if (known != null) {
            return known;
        }
        String iri = AV.BASE + "person/" + Slugs.personKey(nameAsWritten);
        personNames.merge(iri, nameAsWritten, NameTables::addSpelling);
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

    private static Object addSpelling(Object known, Object spelling) {
        if (known.equals(spelling)) {
            return known;
        }
        @SuppressWarnings("unchecked")
        TreeSet<String> all =
                known instanceof TreeSet<?> set
                        ? (TreeSet<String>) set
                        : new TreeSet<>(Arrays.asList((String) known));
        all.add((String) spelling);
        return all;
    }

    /** What is done with each person: its IRI, its smallest spelling and its other spellings. */
    interface PersonAction {
        void accept(String iri, String preferred, Collection<String> variants);
    }

    /**
     * The person IRIs, sorted. An array, not a sorted map: at 10^6 papers that map's entries alone
     * were 70 MB.
     */
    String[] sortedPeople() {
        String[] iris = personNames.keySet().toArray(new String[0]);
        Arrays.sort(iris);
        return iris;
    }

    /** Hands {@code action} the person {@code iri} with its spellings. */
    @SuppressWarnings("unchecked")
    void person(String iri, PersonAction action) {
        Object spellings = personNames.get(iri);
        if (spellings instanceof TreeSet<?> set) {
            TreeSet<String> all = (TreeSet<String>) set;
            action.accept(iri, all.first(), all.tailSet(all.first(), false));
        } else {
            action.accept(iri, (String) spellings, List.of());
        }
    }

    /** Concept IRI → kind and labels, sorted by IRI. */
    TreeMap<String, Concept> sortedConcepts() {
        return new TreeMap<>(concepts);
    }
}
