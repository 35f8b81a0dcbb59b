package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;

/**
 * The round trip import → export → import → export, asserted (like commonmark's assertRendering).
 */
final class RoundTrip {
    static final Path QUERIES = Path.of("queries");

    private RoundTrip() {}

    static Dataset dataset(Model m) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(m));
        return ds;
    }

    static String export(Dataset ds) {
        StringWriter w = new StringWriter();
        new ReadmeExport().write(ds, new ExportOptions(null, QUERIES), w);
        return w.toString();
    }

    /**
     * export(import(md)) equals md but for the table of contents and runs of blank lines;
     * import(export(g)) is isomorphic to g; a second round is byte-identical.
     */
    static String assertRoundTrip(String name, String md) {
        ImportResult first = new ListImporter().importString(name, md);
        String turtle = TurtleOut.toString(first.model());
        assertThat(TurtleOut.toString(new ListImporter().importString(name, md).model()))
                .as(name + ": Turtle is the same bytes on a second import")
                .isEqualTo(turtle);
        Model parsed = ModelFactory.createDefaultModel();
        parsed.read(new StringReader(turtle), null, "TURTLE");
        assertThat(parsed.isIsomorphicWith(first.model()))
                .as(name + ": Turtle parses back")
                .isTrue();
        String exported = export(dataset(first.model()));
        assertThat(comparable(exported))
                .as(name + ": export(import(md))")
                .isEqualTo(comparable(md));
        ImportResult second = new ListImporter().importString(name, exported);
        assertThat(second.model().isIsomorphicWith(first.model()))
                .as(name + ": import(export(g)) isomorphic to g")
                .isTrue();
        assertThat(export(dataset(second.model()))).as(name + ": second round").isEqualTo(exported);
        return exported;
    }

    /** The text without the lines under "Table of Contents" and with blank runs collapsed. */
    static String comparable(String md) {
        List<String> out = new ArrayList<>();
        boolean inToc = false;
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("#")) {
                inToc =
                        line.replaceFirst("^#+\\s*", "")
                                .strip()
                                .equalsIgnoreCase("table of contents");
            } else if (inToc) {
                continue;
            }
            boolean blank = line.isBlank();
            if (blank && !out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                continue;
            }
            out.add(blank ? "" : line);
        }
        return String.join("\n", out);
    }
}
