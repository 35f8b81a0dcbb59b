package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.awesomevlm.kg.generate.ListGenerator;
import org.junit.jupiter.api.Test;

/**
 * The streaming scan parses a chunk of lines at a time; whatever the chunk size, the graph and the
 * warnings (or the error) must be those of a parse of the whole text.
 */
class ChunkedScanTest {
    private static final long[] CHUNKS = {1, 2, 7, 64, 1000};

    @Test
    void everyFixtureImportsTheSameInChunksAsWhole() throws IOException {
        List<Path> lists = ListImporterTest.shippedAndFixtureLists();
        assertThat(lists).hasSizeGreaterThan(10);
        for (Path p : lists) {
            String md = Files.readString(p, StandardCharsets.ISO_8859_1);
            // ISO-8859-1 keeps every byte: a non-UTF-8 fixture stays readable as text
            String text =
                    new String(md.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            assertSameInChunks(p.getFileName().toString(), text);
        }
    }

    @Test
    void generatedListImportsTheSameInChunksAsWhole() throws IOException {
        StringWriter w = new StringWriter();
        new ListGenerator(60, 3).write(w);
        assertThat(w.toString()).doesNotContain("]:"); // else it would be parsed whole
        assertSameInChunks("generated.md", w.toString());
    }

    @Test
    void blocksAcrossChunkEndsAreReadWhole() {
        String md =
                "# T\n\n```\nfence\n\n# not a heading\n```\n\n- a\n\n- b\n\n  more\n\n"
                        + "<!--\n\n# in a comment\n-->\nText\n===\n\n    code\n\n    more code\n";
        assertSameInChunks("edges.md", md);
        assertSameInChunks("edges-crlf.md", md.replace("\n", "\r\n"));
        assertSameInChunks("edges-cr.md", md.replace("\n", "\r"));
    }

    /**
     * Fuzzes the chunked scan against the whole-text parse ({@code mvn -o -Pfuzz test
     * -Dtest=ChunkedScanTest}); the normal suite leaves it out (tag "jazzer").
     */
    @FuzzTest(maxDuration = "120s")
    void anyTextScansTheSameInChunks(byte[] markdown) {
        assertSameInChunks("fuzz.md", new String(markdown, StandardCharsets.UTF_8));
    }

    private static void assertSameInChunks(String name, String md) {
        Object whole = outcome(new ListImporter().chunk(Long.MAX_VALUE / 4), name, md);
        for (long chunk : CHUNKS) {
            Object chunked = outcome(new ListImporter().chunk(chunk), name, md);
            if (whole instanceof ImportResult w && chunked instanceof ImportResult c) {
                assertThat(c.model().isIsomorphicWith(w.model()))
                        .as("%s in chunks of %d", name, chunk)
                        .isTrue();
                assertThat(c.warnings())
                        .as("%s in chunks of %d", name, chunk)
                        .isEqualTo(w.warnings());
            } else {
                assertThat(chunked).as("%s in chunks of %d", name, chunk).isEqualTo(whole);
            }
        }
    }

    /** The import's result, or its error message. */
    private static Object outcome(ListImporter importer, String name, String md) {
        Throwable[] failed = new Throwable[1];
        ImportResult[] result = new ImportResult[1];
        failed[0] = catchThrowable(() -> result[0] = importer.importString(name, md));
        return failed[0] == null ? result[0] : failed[0].getClass() + ": " + failed[0].getMessage();
    }
}
