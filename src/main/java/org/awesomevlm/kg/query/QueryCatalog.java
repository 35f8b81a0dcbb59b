package org.awesomevlm.kg.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.awesomevlm.kg.KgException;

/** The canned queries of a directory (every {@code *.rq}), by name. */
public final class QueryCatalog {
    private final Path dir;
    private final Map<String, CannedQuery> byName;

    private QueryCatalog(Path dir, Map<String, CannedQuery> byName) {
        this.dir = dir;
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * Loads and checks every {@code *.rq} file of {@code dir} (not sub-directories).
     *
     * @throws KgException naming the file when one cannot be read or parsed
     */
    public static QueryCatalog load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KgException(dir, 0, "query directory not found");
        }
        Map<String, CannedQuery> byName = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                if (Files.isRegularFile(f)) {
                    CannedQuery q = CannedQuery.load(f);
                    byName.put(q.name(), q);
                }
            }
        } catch (IOException e) {
            throw new KgException(
                    String.valueOf(dir), 0, "cannot list query directory: " + e.getMessage(), e);
        }
        return new QueryCatalog(dir, byName);
    }

    /**
     * Loads and checks only the queries {@code dir/NAME.rq} of {@code names}: a command that needs
     * a few queries does not parse the whole catalogue (a fixed cost of every export).
     *
     * @throws KgException naming the file when one is missing or cannot be read or parsed
     */
    public static QueryCatalog load(Path dir, String... names) {
        if (!Files.isDirectory(dir)) {
            throw new KgException(dir, 0, "query directory not found");
        }
        Map<String, CannedQuery> byName = new TreeMap<>();
        for (String name : names) {
            Path f = dir.resolve(name + ".rq");
            if (!Files.isRegularFile(f)) {
                throw new KgException(f, 0, "query file not found");
            }
            byName.put(name, CannedQuery.load(f));
        }
        return new QueryCatalog(dir, byName);
    }

    public Path dir() {
        return dir;
    }

    /** All queries, sorted by name. */
    public Collection<CannedQuery> all() {
        return byName.values();
    }

    public Optional<CannedQuery> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The query named {@code name}.
     *
     * @throws KgException when there is none
     */
    public CannedQuery get(String name) {
        CannedQuery q = byName.get(name);
        if (q == null) {
            throw new KgException(
                    dir.resolve(name + ".rq"),
                    0,
                    "unknown query '" + name + "' (kg query --list shows the canned queries)");
        }
        return q;
    }

    /**
     * A canned query by name, or an ad-hoc query file by path: anything ending in {@code .rq},
     * containing a path separator, or naming an existing file is read as a file.
     */
    public CannedQuery resolve(String nameOrPath) {
        if (byName.containsKey(nameOrPath)) {
            return byName.get(nameOrPath);
        }
        Path p = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".rq")
                || nameOrPath.contains("/")
                || nameOrPath.contains(java.io.File.separator)
                || Files.isRegularFile(p)) {
            if (!Files.isRegularFile(p)) {
                throw new KgException(p, 0, "query file not found");
            }
            return CannedQuery.load(p);
        }
        return get(nameOrPath);
    }
}
