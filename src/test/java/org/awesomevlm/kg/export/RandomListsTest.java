package org.awesomevlm.kg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.junit.jupiter.api.Test;

/**
 * Documents stitched at random from the lines of the fixtures (seeded): the importer either imports
 * them or rejects them with a KgException, never anything else; what it imports exports.
 */
class RandomListsTest {
    @Test
    void randomLineSoupIsImportedOrRejectedButNeverCrashes() throws IOException {
        List<String> pool = new ArrayList<>();
        try (Stream<Path> s = Files.list(RoundTripTest.FIXTURES)) {
            for (Path p : s.sorted().toList()) {
                pool.addAll(Arrays.asList(Files.readString(p).split("\n")));
            }
        }
        Random random = new Random(42);
        int imported = 0;
        int rejected = 0;
        for (int doc = 0; doc < 150; doc++) {
            StringBuilder md = new StringBuilder();
            for (int i = 5 + random.nextInt(40); i > 0; i--) {
                md.append(random.nextInt(10) == 0 ? "" : pool.get(random.nextInt(pool.size())));
                md.append('\n');
            }
            ImportResult r;
            try {
                r = new ListImporter().importString("random.md", md.toString());
            } catch (KgException e) {
                assertThat(e.file()).isEqualTo("random.md");
                assertThat(e.line()).isPositive();
                rejected++;
                continue;
            }
            String exported = RoundTrip.export(RoundTrip.dataset(r.model()));
            assertThat(new ListImporter().importString("random.md", exported).papers())
                    .as(md.toString())
                    .isEqualTo(r.papers());
            imported++;
        }
        assertThat(imported).isGreaterThan(50);
        assertThat(rejected).isGreaterThan(10);
    }
}
