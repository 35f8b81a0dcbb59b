package org.awesomevlm.kg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.awesomevlm.kg.importer.ListImporter;
import org.junit.jupiter.api.Test;

/** The Turtle shipped in data/ is what the importer makes of the Markdown shipped beside it. */
class ShippedDataTest {
    @Test
    void shippedTurtleIsInSyncWithTheShippedList() throws Exception {
        var out = new ByteArrayOutputStream();
        new ListImporter().writeTurtle(Path.of("data/awesome-list.md"), out);
        assertThat(Files.readString(Path.of("data/awesome-list.ttl")))
                .as("data/awesome-list.ttl is stale: run ./kg import data/awesome-list.md")
                .isEqualTo(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shippedListIsTheSourceList() throws Exception {
        Path source = Path.of("../shared/awesome-list.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(source), "no ../shared here");
        assertThat(Files.readString(Path.of("data/awesome-list.md")))
                .isEqualTo(Files.readString(source));
    }
}
