package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The parse-free bold finder agrees with commonmark wherever it answers, and declines the rest. */
class SimpleStrongTest {
    private static List<String> commonmark(String text) {
        List<String> out = new ArrayList<>();
        Parser.builder()
                .build()
                .parse(text)
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(StrongEmphasis strong) {
                                out.add(EntryParser.text(strong));
                            }
                        });
        return out;
    }

    private static final List<String> SAMPLES =
            List.of(
                    "This paper presents **ChestMamba++**, a model.",
                    "Plain text without bold.",
                    "**Lead** then **Second** on one line.\nAnd **Third** below.",
                    "Punctuation (**Paren**) and \"**Quoted**\".",
                    "A **spaced ** run is not bold, nor is ** this**.",
                    "word**inner**word and a**b**c",
                    "x **a** **b**",
                    "- **ListModel** in a list item\n- another",
                    "# **Heading**\ntext",
                    "**",
                    "a ** b",
                    "**open only on this line\nclosed here**",
                    "***Triple*** stars",
                    "*single* star",
                    "__underscore__ bold",
                    "`**code**` span",
                    "[**link**](https://x.org)",
                    "    **indented code**",
                    "\\**escaped**",
                    "café **Modèle** déjà",
                    "é**Glued**é",
                    "end.**Glued**.",
                    "**A**B**C**");

    @Test
    void agreesWithCommonmarkWhereverItAnswers() {
        int answered = 0;
        for (String s : SAMPLES) {
            List<String> fast = SimpleStrong.find(s);
            if (fast != null) {
                answered++;
                assertThat(fast).as(s).isEqualTo(commonmark(s));
            }
        }
        // the plain forms (most generated and real digests) take the fast path
        assertThat(answered).isGreaterThanOrEqualTo(10);
    }

    @Test
    void declinesWhatNeedsAParser() {
        assertThat(SimpleStrong.find("`**code**` span")).isNull();
        assertThat(SimpleStrong.find("__underscore__ bold")).isNull();
        assertThat(SimpleStrong.find("**open\nclose**")).isNull();
        assertThat(SimpleStrong.find("    **indented code**")).isNull();
        assertThat(SimpleStrong.find("This paper presents **ChestMamba++**, a model."))
                .containsExactly("ChestMamba++");
    }

    /** Bold runs at the edges of the model-name rule (length, words, capitals, line ends). */
    private static final List<String> NAMES =
            List.of(
                    "**A B C D** and **A B C D E**",
                    "**A  \t B** and **Tab\tSep Model X Y**",
                    "**lower only** and **Ä only** and **mixed Ü Z**",
                    "**Over forty characters long model name X** and **Exactly forty chars long model nam**",
                    "**Two\nLines** and **Next\u2028Line** and **Nel\u0085Name**",
                    "**  Padded  Name  ** and **\u000BVt\u000BName**",
                    "**X\fY** and **Q**");

    @Test
    void modelsAreTheSameWithAndWithoutTheFastPath() {
        List<String> all = new ArrayList<>(SAMPLES);
        all.addAll(NAMES);
        for (String s : all) {
            List<String> names = new ArrayList<>();
            for (String t : commonmark(s)) {
                String n = t.strip();
                if (n.length() <= 40 && n.split("\\s+").length <= 4 && n.matches(".*[A-Z].*")) {
                    if (!names.contains(n)) {
                        names.add(n);
                    }
                }
            }
            assertThat(DigestReader.models(s)).as(s).isEqualTo(names);
        }
    }
}
