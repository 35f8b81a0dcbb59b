package org.awesomevlm.kg.export;

/**
 * Text to BibTeX field values: TeX's special characters escaped with commands that BibTeX tools and
 * LaTeX both read (jbibtex's LaTeXPrinter turns them back into the text), and in titles the words
 * with inner capitals ("MedCLIP", "VQA") braced so bibliography styles keep their case.
 */
final class TeX {
    private TeX() {}

    /** {@code text} with TeX specials escaped; braces come out balanced whatever the input. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints()
                .forEach(
                        c -> {
                            switch (c) {
                                case '\\' -> b.append("\\textbackslash{}");
                                case '{', '}', '&', '%', '$', '#', '_' ->
                                        b.append('\\').appendCodePoint(c);
                                case '^' -> b.append("\\textasciicircum{}");
                                case '~' -> b.append("\\textasciitilde{}");
                                // whitespace other than a space would end up in the .bib as is
                                case '\n', '\r', '\t' -> b.append(' ');
                                default -> b.appendCodePoint(c);
                            }
                        });
        return b.toString();
    }

    /** A title escaped, each word with a capital after its first letter wrapped in braces. */
    static String title(String title) {
        StringBuilder b = new StringBuilder(title.length() + 16);
        String[] words = title.strip().split(" +");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                b.append(' ');
            }
            String w = escape(words[i]);
            b.append(hasInnerCapital(words[i]) ? "{" + w + "}" : w);
        }
        return b.toString();
    }

    private static boolean hasInnerCapital(String word) {
        int[] cps = word.codePoints().toArray();
        boolean seenLetter = false;
        for (int c : cps) {
            if (Character.isLetter(c)) {
                if (seenLetter && Character.isUpperCase(c)) {
                    return true;
                }
                seenLetter = true;
            }
        }
        return false;
    }
}
