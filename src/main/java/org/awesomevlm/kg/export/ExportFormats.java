package org.awesomevlm.kg.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.awesomevlm.kg.KgException;

/** The export formats by name; a new format is one more entry here. */
public final class ExportFormats {
    private static final Map<String, ExportFormat> ALL = new LinkedHashMap<>();

    static {
        add(new ReadmeExport());
        add(new BibtexExport());
        add(new CslJsonExport());
        add(new JsonLdExport());
        add(new CsvExport());
        add(new TurtleExport());
        add(new NTriplesExport());
    }

    private ExportFormats() {}

    private static void add(ExportFormat f) {
        ALL.put(f.name(), f);
    }

    public static Map<String, ExportFormat> all() {
        return Collections.unmodifiableMap(ALL);
    }

    /** The format named {@code name}; a {@link KgException} listing the formats otherwise. */
    public static ExportFormat get(String name) {
        ExportFormat f = ALL.get(name);
        if (f == null) {
            throw new KgException(
                    "kg export",
                    0,
                    "unknown format '"
                            + name
                            + "' (formats: "
                            + String.join(", ", ALL.keySet())
                            + ")");
        }
        return f;
    }
}
