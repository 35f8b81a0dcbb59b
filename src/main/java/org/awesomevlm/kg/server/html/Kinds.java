package org.awesomevlm.kg.server.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awesomevlm.kg.vocab.AV;

/** Human names of the classes a page shows as badges. */
final class Kinds {
    private Kinds() {}

    private static final Map<String, String> PAPER = new LinkedHashMap<>();
    private static final Map<String, String> CONCEPT = new LinkedHashMap<>();

    static {
        PAPER.put(AV.Fabio.ReviewArticle.getURI(), "Survey / review");
        PAPER.put(AV.Fabio.Preprint.getURI(), "Preprint");
        PAPER.put(AV.Fabio.ConferencePaper.getURI(), "Conference paper");
        PAPER.put(AV.Fabio.JournalArticle.getURI(), "Journal article");
        CONCEPT.put(AV.Keyword.getURI(), "Keyword");
        CONCEPT.put(AV.Modality.getURI(), "Modality");
        CONCEPT.put(AV.Dataset.getURI(), "Dataset");
        CONCEPT.put(AV.ModelFamily.getURI(), "Model family");
        CONCEPT.put(AV.Task.getURI(), "Task");
        CONCEPT.put(AV.ResearchArea.getURI(), "Research area");
        CONCEPT.put(AV.YearGroup.getURI(), "Year group");
        CONCEPT.put(AV.Section.getURI(), "Section");
        CONCEPT.put(AV.Model.getURI(), "Model");
    }

    static List<String> paperKinds(Collection<String> types) {
        return pick(PAPER, types);
    }

    static List<String> conceptKinds(Collection<String> types) {
        return pick(CONCEPT, types);
    }

    private static List<String> pick(Map<String, String> names, Collection<String> types) {
        List<String> out = new ArrayList<>();
        names.forEach(
                (iri, name) -> {
                    if (types.contains(iri)) {
                        out.add(name);
                    }
                });
        return out;
    }
}
