package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoadProgressTest {
    @Test
    void lineShowsShareOfBytesTriplesRateAndEta() throws Exception {
        LoadProgress p = LoadProgress.to(new PrintStream(new ByteArrayOutputStream()), false);
        p.start(400);
        try (InputStream in = p.counting(new ByteArrayInputStream(new byte[100]))) {
            in.readAllBytes();
        }
        for (int i = 0; i < 7; i++) {
            p.triple();
        }
        String line = p.line();
        p.close();
        assertThat(line)
                .startsWith("loading  25% [######                  ]")
                .contains("7 triples")
                .contains("triples/s")
                .contains("ETA ");
    }

    @Test
    void noEtaOnceEverythingIsReadAndThePhaseIsNamed() throws Exception {
        LoadProgress p = LoadProgress.none();
        p.start(10);
        try (InputStream in = p.counting(new ByteArrayInputStream(new byte[10]))) {
            in.readAllBytes();
        }
        p.phase("validating");
        assertThat(p.line()).startsWith("validating 100% [").doesNotContain("ETA");
        p.close();
    }

    @Test
    void quickLoadsPrintNothing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoadProgress p = LoadProgress.to(new PrintStream(err, true, StandardCharsets.UTF_8), true);
        p.start(10);
        p.close(); // before the first tick, one second in
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void clockFormatsMinutesAndHours() {
        assertThat(LoadProgress.clock(75)).isEqualTo("1:15");
        assertThat(LoadProgress.clock(3725)).isEqualTo("1:02:05");
    }
}
