package org.awesomevlm.kg.importer;

import java.util.List;

/** What a streaming import wrote: the list's slug, its counts and the warnings. */
public record ImportSummary(
        String slug, List<ImportWarning> warnings, int papers, int people, long triples) {}
