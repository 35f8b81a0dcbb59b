package org.awesomevlm.kg.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.vocab.AV;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated list goes through the real importer cleanly and keeps its statistics. */
class GeneratedListImportTest {
    private static ImportResult result;

    @BeforeAll
    static void importThousand() throws IOException {
        StringWriter md = new StringWriter();
        new ListGenerator(1000, 42).write(md);
        result = new ListImporter().importString("awesome-list.md", md.toString());
    }

    @Test
    void importsWithoutWarningsOnePaperPerEntry() {
        assertThat(result.warnings()).isEmpty();
        assertThat(result.papers()).isEqualTo(1000);
        assertThat(result.model().listSubjectsWithProperty(RDF.type, AV.Entry).toList())
                .hasSize(1000);
    }

    @Test
    void authorsPerPaperAndVariantRateSurviveTheImport() {
        Model m = result.model();
        Map<Resource, Integer> perEntry = new HashMap<>();
        long authorships = 0;
        long variants = 0;
        for (Resource a : m.listSubjectsWithProperty(RDF.type, AV.Authorship).toList()) {
            perEntry.merge(a.getPropertyResourceValue(AV.ofEntry), 1, Integer::sum);
            authorships++;
            String written = a.getProperty(AV.nameAsWritten).getString();
            Resource person = a.getPropertyResourceValue(AV.person);
            // A variant: given names as initials, or accents dropped where the same person (the
            // importer merged them by their folded name) is also written with accents.
            boolean initials = written.matches("(\\p{Lu}\\. )+\\S.*");
            boolean accentsDropped =
                    written.chars().allMatch(c -> c < 128) && hasNonAscii(m, person);
            if (initials || accentsDropped) {
                variants++;
            }
        }
        assertThat(perEntry).hasSize(1000);
        assertThat(perEntry.values()).allSatisfy(n -> assertThat(n).isBetween(1, 30));
        assertThat(perEntry.values()).contains(1, 30);
        assertThat((double) authorships / perEntry.size()).isBetween(4.0, 9.0);
        assertThat((double) variants / authorships).isBetween(0.05, 0.10);
        long persons = m.listSubjectsWithProperty(RDF.type, AV.Schema.Person).toList().size();
        assertThat(persons).isLessThan(authorships).isGreaterThan(authorships / 4);
    }

    private static boolean hasNonAscii(Model m, Resource person) {
        for (Statement s : m.listStatements(person, null, (RDFNode) null).toList()) {
            if (s.getObject().isLiteral()
                    && s.getString().chars().anyMatch(c -> c >= 128)
                    && (s.getPredicate().equals(AV.nameVariant)
                            || s.getPredicate().getLocalName().equals("name"))) {
                return true;
            }
        }
        return false;
    }
}
