package org.awesomevlm.kg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameter values the benchmarks pass to canned queries: {@code bench/params.txt}, one line
 * per parameter, {@code query name=value}; {@code ${PAPER}} stands for a paper IRI of the data.
 */
final class BenchParams {
    private BenchParams() {}

    static Map<String, Map<String, String>> load(Path file, String paperIri) {
        Map<String, Map<String, String>> byQuery = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int sp = l.indexOf(' ');
                int eq = l.indexOf('=', sp);
                if (sp < 0 || eq < 0) {
                    throw new IllegalArgumentException(file + ": not 'query name=value': " + line);
                }
                String value = l.substring(eq + 1).replace("${PAPER}", paperIri);
                byQuery.computeIfAbsent(l.substring(0, sp), k -> new LinkedHashMap<>())
                        .put(l.substring(sp + 1, eq).strip(), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byQuery;
    }
}
