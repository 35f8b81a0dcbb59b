package org.awesomevlm.kg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.awesomevlm.kg.export.ExportFormats;
import org.awesomevlm.kg.export.ExportOptions;

/** Runs an export format on two targets and asserts the outputs are the same. */
final class ExportComparison {
    private ExportComparison() {}

    static String export(String format, SparqlTarget target, String list) {
        StringWriter w = new StringWriter();
        ExportFormats.get(format).write(target, new ExportOptions(list, TestData.QUERIES), w);
        return w.toString();
    }

    /**
     * The export of {@code actual} equals that of {@code expected}: byte for byte, but for the
     * whole-graph dumps (ttl, nt), which hold the same triples in the order the store sends them.
     *
     * @return the expected export's length
     */
    static int assertSame(String format, SparqlTarget expected, SparqlTarget actual, String list) {
        String a = export(format, expected, list);
        String b = export(format, actual, list);
        Lang rdf = RDFLanguages.fileExtToLang(format);
        if (rdf != null && RDFLanguages.isTriples(rdf) && !format.equals("jsonld")) {
            Model ma = ModelFactory.createDefaultModel();
            Model mb = ModelFactory.createDefaultModel();
            RDFParser.fromString(a, rdf).parse(ma);
            RDFParser.fromString(b, rdf).parse(mb);
            assertThat(ResultTerms.triples(mb)).as(format).isEqualTo(ResultTerms.triples(ma));
            assertThat(ma.size()).as(format).isGreaterThan(100);
        } else {
            assertThat(b).as(format).isEqualTo(a).isNotEmpty();
        }
        return a.length();
    }
}
