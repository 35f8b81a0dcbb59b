package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphBuilderTest {
    @Test
    void theDigestsHashFromAnArrayIsTheStringsHash() {
        Random random = new Random(8);
        String alphabet = "ab \n\"\\é€\uD83D\uDE00";
        for (int t = 0; t < 2000; t++) {
            StringBuilder b = new StringBuilder();
            int len = t < 40 ? t : random.nextInt(3000);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            char[] chars = new char[len + random.nextInt(5)]; // a longer buffer, as reused
            s.getChars(0, len, chars, 0);
            assertThat(GraphBuilder.hash(s, chars)).isEqualTo(GraphBuilder.hash(s));
        }
        assertThat(GraphBuilder.hash("ab")).isNotEqualTo(GraphBuilder.hash("ba"));
    }
}
