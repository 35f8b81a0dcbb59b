package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphBuilderTest {
    /**
     * The digest hash, pinned to values computed once (2026-11-30): the empty string, the lengths
     * around one four-char word, chars above Latin-1 and a surrogate pair, and a digest-like line.
     */
    @Test
    void theDigestHashKeepsItsValues() {
        assertThat(GraphBuilder.hash("")).isEqualTo(0L);
        assertThat(GraphBuilder.hash("a")).isEqualTo(0x11aab3db8718e7b1L);
        assertThat(GraphBuilder.hash("ab")).isEqualTo(0x5d7a0283a3b1a542L);
        assertThat(GraphBuilder.hash("ba")).isEqualTo(0xc3c152f18bc91db6L);
        assertThat(GraphBuilder.hash("abcd")).isEqualTo(0x871698dae9aebb18L);
        assertThat(GraphBuilder.hash("abcde")).isEqualTo(0xf49c07ce96ff16f1L);
        assertThat(GraphBuilder.hash("é€\uD83D\uDE00")).isEqualTo(0x732342342ed2da8bL);
        assertThat(
                        GraphBuilder.hash(
                                "This paper presents **ChestMamba++**, a contrastive reasoning for"
                                        + " dermatology triage."))
                .isEqualTo(0xfeac5e47868062f4L);
    }
}
