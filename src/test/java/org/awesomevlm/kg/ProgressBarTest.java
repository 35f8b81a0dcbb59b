package org.awesomevlm.kg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final StringWriter out = new StringWriter();

    @Test
    void lineShowsShareOfBytesRateTriplesAndEta() {
        ProgressBar bar = ProgressBar.none();
        bar.start(400);
        bar.read(100);
        for (int i = 0; i < 7; i++) {
            bar.triple();
        }
        assertThat(bar.line())
                .startsWith("  25% [######                  ] ")
                .contains(" MB/s, 7 triples, ")
                .contains("triples/s")
                .contains(" elapsed, ETA ");
        bar.close();
    }

    @Test
    void countingStreamCountsSingleBytesAndBlocks() throws Exception {
        ProgressBar bar = ProgressBar.none();
        bar.start(8);
        try (InputStream in = bar.counting(new ByteArrayInputStream(new byte[6]))) {
            assertThat(in.read()).isZero();
            assertThat(in.read(new byte[10], 0, 10)).isEqualTo(5);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.read(new byte[10], 0, 10)).isEqualTo(-1);
        }
        assertThat(bar.line()).startsWith("  75% [##################      ]");
    }

    @Test
    void byteCountsFedDirectlyNamedPhaseNoTriplesAndNoEtaAtTheEnd() {
        ProgressBar bar = ProgressBar.to(new PrintWriter(out), "importing a.md", false);
        bar.start(10);
        bar.read(5);
        assertThat(bar.line()).startsWith("importing a.md  50% [############            ]");
        bar.read(10);
        bar.phase("validating");
        assertThat(bar.line())
                .startsWith("validating 100% [########################] ")
                .doesNotContain("triples")
                .doesNotContain("ETA");
        bar.close();
    }

    @Test
    void quickRunOnATerminalPrintsNothing() {
        ProgressBar bar = ProgressBar.to(new PrintWriter(out), "loading", true);
        bar.start(10);
        bar.read(10);
        bar.close(); // before the first tick, one second in
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void elsewhereTheLastStateIsOneLineAtClose() {
        ProgressBar bar = ProgressBar.to(new PrintWriter(out), "loading", false);
        bar.start(10);
        bar.read(10);
        bar.close();
        bar.close(); // once only
        assertThat(out.toString()).startsWith("loading 100% [").endsWith("\n");
        assertThat(out.toString().lines()).hasSize(1);
    }

    @Test
    void onATerminalTheTimerRedrawsInPlaceAndCloseEndsTheLine() throws Exception {
        ProgressBar bar = ProgressBar.to(new PrintWriter(out), "loading", true);
        bar.start(10);
        bar.read(3);
        for (int i = 0; i < 200 && out.toString().isEmpty(); i++) {
            Thread.sleep(50); // the first tick is one second in
        }
        assertThat(out.toString()).startsWith("\rloading  30% [").endsWith("\033[K");
        bar.read(10);
        bar.close();
        String all = out.toString();
        assertThat(all.substring(all.lastIndexOf('\r')))
                .startsWith("\rloading 100% [")
                .endsWith("\033[K" + System.lineSeparator());
    }

    @Test
    void nothingReadYetGivesNoEta() {
        ProgressBar bar = ProgressBar.none();
        bar.start(1);
        bar.close();
        assertThat(bar.line()).startsWith("   0% [").doesNotContain("ETA");
    }

    @Test
    void clockFormatsMinutesAndHours() {
        assertThat(ProgressBar.clock(75)).isEqualTo("1:15");
        assertThat(ProgressBar.clock(3725)).isEqualTo("1:02:05");
    }
}
