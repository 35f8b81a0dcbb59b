package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
    static final Path FIXTURES = Path.of("src/test/resources/importer/roundtrip");

    static Stream<Path> lists() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            return Stream.concat(
                    Stream.of(Path.of("data/awesome-list.md")),
                    s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void importThenExportGivesTheListBack(Path md) throws IOException {
        String text = Files.readString(md, StandardCharsets.UTF_8);
        String exported = RoundTrip.assertRoundTrip(md.getFileName().toString(), text);
        assertThat(exported).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void aSortThatSpillsToDiskExportsTheSameBytes() throws IOException {
        Path md = Path.of("data/awesome-list.md");
        org.apache.jena.query.Dataset ds =
                RoundTrip.dataset(
                        new org.awesomevlm.kg.importer.ListImporter()
                                .importString("awesome-list.md", Files.readString(md))
                                .model());
        java.io.StringWriter spilled = new java.io.StringWriter();
        // 20 KB: the list's rows go to disk in many runs and are merged back
        new ReadmeExport(20_000).write(ds, new ExportOptions(null, RoundTrip.QUERIES), spilled);

        assertThat(spilled.toString()).isEqualTo(RoundTrip.export(ds));
    }
}
