package org.awesomevlm.kg.server.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the mustache templates under {@code templates/} on the class path. mustache.java
 * HTML-escapes every {@code {{value}}}; the only unescaped value is the sanitised digest.
 */
final class Templates {
    private Templates() {}

    // The factory caches compiled templates and is thread-safe.
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("templates");

    /**
     * Renders a page model. Logic-less templates cannot test a list for emptiness, so every list
     * {@code xs} in the model also gets a boolean {@code has_xs}.
     */
    static String render(String name, Map<String, ?> model) {
        Map<String, Object> scope = new HashMap<>(model);
        model.forEach(
                (k, v) -> {
                    if (v instanceof Collection<?> c) {
                        scope.put("has_" + k, !c.isEmpty());
                    }
                });
        StringWriter out = new StringWriter();
        try {
            FACTORY.compile(name + ".mustache").execute(out, scope).flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
