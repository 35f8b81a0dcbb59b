package org.awesomevlm.kg.query;

/**
 * One parameter of a canned query: the grlc-style variable it binds ({@code ?_name}, {@code
 * ?__name_year}, ...), its type, whether it is required, its documentation and default value.
 *
 * @param name the name users pass ({@code --param name=value}, {@code ?name=value})
 * @param variable the SPARQL variable name without '?', e.g. {@code _year}
 * @param type how the value becomes an RDF term
 * @param required true for {@code ?_name}, false for {@code ?__name}
 * @param description from the {@code #+ params:} header, "" when undocumented
 * @param defaultValue from the {@code #+ defaults:} header, null when none
 */
public record QueryParam(
        String name,
        String variable,
        ParamType type,
        boolean required,
        String description,
        String defaultValue) {

    /** Whether a value must be given: required and without a default. */
    public boolean mandatory() {
        return required && defaultValue == null;
    }
}
