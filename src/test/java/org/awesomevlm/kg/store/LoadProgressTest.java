package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The loader's calls reach the shared bar; its drawing is tested in ProgressBarTest. */
class LoadProgressTest {
    @Test
    void countedBytesTriplesAndPhaseMakeTheLine() throws Exception {
        LoadProgress p = LoadProgress.none();
        p.start(400);
        try (InputStream in = p.counting(new ByteArrayInputStream(new byte[100]))) {
            in.readAllBytes();
        }
        for (int i = 0; i < 7; i++) {
            p.triple();
        }
        assertThat(p.line())
                .startsWith("loading  25% [######                  ]")
                .contains("7 triples")
                .contains("ETA ");
        p.phase("validating");
        assertThat(p.line()).startsWith("validating  25% [");
        p.close();
    }

    @Test
    void quickLoadsOnATerminalPrintNothing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoadProgress p = LoadProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8), true);
        p.start(10);
        p.close(); // before the first tick, one second in
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void toALogTheLastPhaseIsPrintedAtClose() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoadProgress p = LoadProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8), false);
        p.start(4);
        try (InputStream in = p.counting(new ByteArrayInputStream(new byte[4]))) {
            in.readAllBytes();
        }
        p.triple();
        p.phase("committing");
        p.close();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("committing 100% [")
                .contains("1 triples");
    }
}
