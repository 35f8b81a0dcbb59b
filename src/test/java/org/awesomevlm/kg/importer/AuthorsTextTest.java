package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The authors line is split without regular expressions where they cannot match: on random lines
 * the names and the venue test agree with the expressions they stand in for.
 */
class AuthorsTextTest {
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    private static final Pattern WITH_VENUE = Pattern.compile("^(.*?)(\\.?)(\\s+[*_].*[*_]\\.?)$");

    @Test
    void namesAndVenueAsTheRegularExpressionsSayOnRandomLines() {
        List<String> parts =
                List.of(
                        "Ada",
                        "and",
                        " and ",
                        "Sandra",
                        "Éand",
                        "andé",
                        "_and",
                        "and_",
                        " ",
                        "\t",
                        ",",
                        ";",
                        "&",
                        ".",
                        "*",
                        "_",
                        "*MICCAI 2023*",
                        "\u00a0",
                        "\u2003",
                        "x");
        Random random = new Random(11);
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(parts.get(random.nextInt(parts.size())));
            }
            String s = b.toString();
            assertThat(clean(AuthorsText.splitNames(s, NAME_SPLIT).stream()))
                    .as(s)
                    .isEqualTo(clean(Stream.of(NAME_SPLIT.split(s))));
            if (WITH_VENUE.matcher(s).matches()) {
                assertThat(AuthorsText.mayHaveVenue(s)).as(s).isTrue();
            }
        }
    }

    private static List<String> clean(Stream<String> names) {
        return names.filter(x -> !x.isBlank()).map(String::strip).toList();
    }
}
