package org.awesomevlm.kg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awesomevlm.kg.KgException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The {@code #+} decorator lines at the top of a query file, read as YAML the way grlc does:
 * summary, description, tags, params (name → documentation) and defaults (name → value).
 */
record QueryHeader(
        String summary,
        String description,
        List<String> tags,
        Map<String, String> params,
        Map<String, String> defaults,
        Map<String, Integer> keyLines) {

    private static final String MARK = "#+";

    static QueryHeader parse(String text, String where) {
        String[] lines = text.split("\r?\n", -1);
        StringBuilder yaml = new StringBuilder();
        List<Integer> fileLines = new ArrayList<>(); // yaml line index -> 1-based file line
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(MARK)) {
                String rest = lines[i].stripLeading().substring(MARK.length());
                yaml.append(rest.startsWith(" ") ? rest.substring(1) : rest).append('\n');
                fileLines.add(i + 1);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                break; // the header ends where the query starts
            }
        }
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line =
                    mark != null && mark.getLine() < fileLines.size()
                            ? fileLines.get(mark.getLine())
                            : 0;
            throw new KgException(where, line, "bad #+ header: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new KgException(where, 0, "bad #+ header: " + e.getMessage(), e);
        }
        if (doc == null) {
            return new QueryHeader("", "", List.of(), Map.of(), Map.of(), Map.of());
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new KgException(
                    where, fileLines.get(0), "bad #+ header: expected 'key: value' lines");
        }
        Map<String, Integer> keyLines = keyLines(lines);
        return new QueryHeader(
                text(map.get("summary")),
                text(map.get("description")),
                list(map.get("tags")),
                pairs(map.get("params"), "params", where, keyLines),
                pairs(map.get("defaults"), "defaults", where, keyLines),
                keyLines);
    }

    /** The file line of a header line mentioning {@code key:}, 0 when not found. */
    int lineOf(String key) {
        return keyLines.getOrDefault(key, 0);
    }

    private static Map<String, Integer> keyLines(String[] lines) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.startsWith(MARK)) {
                continue;
            }
            l = l.substring(MARK.length()).strip();
            if (l.startsWith("- ")) {
                l = l.substring(2).strip();
            }
            int colon = l.indexOf(':');
            if (colon > 0) {
                result.putIfAbsent(l.substring(0, colon).strip(), i + 1);
            }
        }
        return result;
    }

    private static String text(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }

    private static List<String> list(Object o) {
        List<String> result = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> result.add(text(x)));
        } else if (o != null) {
            for (String s : String.valueOf(o).split(",")) {
                if (!s.isBlank()) {
                    result.add(s.strip());
                }
            }
        }
        return result;
    }

    /** Accepts grlc's list of one-entry maps ({@code - name: value}) or a plain map. */
    private static Map<String, String> pairs(
            Object o, String key, String where, Map<String, Integer> keyLines) {
        Map<String, String> result = new LinkedHashMap<>();
        if (o == null) {
            return result;
        }
        List<?> items = o instanceof List<?> l ? l : List.of(o);
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> m)) {
                throw new KgException(
                        where,
                        keyLines.getOrDefault(key, 0),
                        "bad #+ header: " + key + " entries must look like '- name: value'");
            }
            m.forEach((k, v) -> result.put(text(k), v == null ? null : text(v)));
        }
        return result;
    }
}
