package org.awesomevlm.kg.importer;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.awesomevlm.kg.vocab.AV;

/**
 * The people and concepts written at the end of an import, sorted by IRI, from the name tables.
 * They depend on the name tables alone, which are complete when the scan ends: the scanning thread
 * then renders them ahead as Turtle into memory ({@link #ahead}) while the writing thread still
 * writes the last entries, and the writing thread copies those bytes in and writes the rest ({@link
 * #write}): the same bytes as writing them all in turn.
 */
final class NameBlocks {
    /**
     * Bytes rendered ahead at most (the rest is written by the writing thread): all of them at 10^5
     * papers (15.5 MB), a part at 10^6 (~155 MB), where a 1 GB heap has little room to spare.
     */
    static final int BUDGET = 24 << 20;

    private final NameTables names;
    private String[] people; // sorted IRIs
    private List<Map.Entry<String, NameTables.Concept>> concepts;
    private int done; // blocks rendered ahead: people first, then concepts
    private ByteArrayOutputStream ahead;
    private long aheadTriples;

    NameBlocks(NameTables names) {
        this.names = names;
    }

    /**
     * On the scanning thread once the scan has ended: sorts the names and renders blocks through a
     * fork of {@code turtle} (none when null) up to {@link #BUDGET} bytes. Only the Turtle gets
     * these statements, not the re-import signatures that may share its stream: they keep papers,
     * their entries and titles, and people and concepts are neither.
     */
    void ahead(TurtleStream turtle) {
        sort();
        if (turtle == null) {
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
        TurtleStream side = turtle.fork(buf);
        Emitter out = new Emitter(side);
        while (done < total() && buf.size() < BUDGET) {
            write(done++, out);
        }
        side.finish();
        ahead = buf;
        aheadTriples = out.triples();
    }

    /**
     * On the writing thread after the last entry: the blocks rendered ahead into {@code turtle},
     * then the rest through {@code out}; returns the number of triples rendered ahead.
     */
    long write(Emitter out, TurtleStream turtle) {
        if (people == null) {
            sort(); // the scan failed before it got here, or ran on this thread
        }
        if (ahead != null) {
            turtle.append(ahead);
            ahead = null;
        }
        for (int i = done; i < total(); i++) {
            write(i, out);
        }
        return aheadTriples;
    }

    private void sort() {
        people = names.sortedPeople();
        concepts = new ArrayList<>(names.sortedConcepts().entrySet());
    }

    private int total() {
        return people.length + concepts.size();
    }

    /** Block {@code i}: a person (preferred spelling = the smallest; the others variants). */
    private void write(int i, Emitter out) {
        if (i < people.length) {
            names.person(
                    people[i],
                    (iri, preferred, variants) -> {
                        Emitter.Subject p = out.subject(iri).add(RDF.type, AV.Schema.Person);
                        p.add(AV.Schema.name, preferred);
                        for (String other : variants) {
                            p.add(AV.nameVariant, other);
                        }
                    });
        } else {
            Map.Entry<String, NameTables.Concept> e = concepts.get(i - people.length);
            String kind = e.getValue().kind();
            Emitter.Subject c =
                    out.subject(e.getKey())
                            .add(RDF.type, SKOS.Concept)
                            .add(RDF.type, typeOf(kind))
                            .add(SKOS.inScheme, schemeOf(kind));
            GraphBuilder.labels(c, e.getValue().labels(), SKOS.prefLabel, SKOS.altLabel);
        }
        out.flush();
    }

    private static Resource typeOf(String kind) {
        return switch (kind) {
            case "modality" -> AV.Modality;
            case "dataset" -> AV.Dataset;
            default -> AV.Keyword;
        };
    }

    private static Resource schemeOf(String kind) {
        return switch (kind) {
            case "modality" -> AV.SCHEME_MODALITIES;
            case "dataset" -> AV.SCHEME_DATASETS;
            default -> AV.SCHEME_KEYWORDS;
        };
    }
}
