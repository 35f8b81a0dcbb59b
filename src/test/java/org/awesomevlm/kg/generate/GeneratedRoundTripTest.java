package org.awesomevlm.kg.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.export.ExportFormats;
import org.awesomevlm.kg.export.ExportOptions;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.TurtleOut;
import org.awesomevlm.kg.store.LoadMode;
import org.awesomevlm.kg.store.Loader;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10^4 generated papers: generate, import, load, export, re-import gives the same graph. */
class GeneratedRoundTripTest {
    @Test
    void tenThousandPapersSurviveImportLoadExport(@TempDir Path tmp) throws Exception {
        StringWriter md = new StringWriter();
        new ListGenerator(10_000, 7).write(md);
        ImportResult first = new ListImporter().importString("awesome-list.md", md.toString());
        assertThat(first.warnings()).isEmpty();
        assertThat(first.papers()).isEqualTo(10_000);

        Path data = tmp.resolve("data");
        TurtleOut.writeAtomically(first.model(), data.resolve("awesome-list.ttl"));
        Path db = tmp.resolve("db");
        Loader.load(data, Path.of("ontology"), db, LoadMode.REBUILD);
        String readme;
        try {
            Dataset ds = Store.open(db);
            StringWriter out = new StringWriter();
            ExportFormats.get("readme").write(ds, new ExportOptions(null, Path.of("queries")), out);
            readme = out.toString();
        } finally {
            Store.close(db);
        }

        ImportResult second = new ListImporter().importString("awesome-list.md", readme);
        assertThat(second.warnings()).isEmpty();
        assertThat(second.model().size()).isEqualTo(first.model().size());
        assertThat(second.model().isIsomorphicWith(first.model())).isTrue();
        // Outside the generated table of contents, the README is the generated list, byte for byte.
        assertThat(withoutTableOfContents(readme)).isEqualTo(withoutTableOfContents(md.toString()));
    }

    private static String withoutTableOfContents(String markdown) {
        int toc = markdown.indexOf("## Table of Contents\n");
        int next = markdown.indexOf("\n## ", toc + 1);
        return markdown.substring(0, toc) + markdown.substring(next + 1);
    }
}
