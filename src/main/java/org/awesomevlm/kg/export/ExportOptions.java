package org.awesomevlm.kg.export;

import java.nio.file.Path;

/**
 * Options every export format may use.
 *
 * @param list the slug of the list to export (null: the only list in the store)
 * @param queries the canned-query directory
 */
public record ExportOptions(String list, Path queries) {}
