package org.awesomevlm.kg.importer;

import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * Where a parse of lines from {@code start} stops being final: at its last top-level block, which
 * more lines may continue, or inside a list before its last item after line {@code after} that
 * follows a blank line. Shared by the chunked scan ({@link BlockScanner}) and the line scanner's
 * windows ({@link LineScanner}).
 *
 * @param last the last top-level block with source spans, or null
 * @param stopItem the list item the cut is before, or null
 * @param line the first line not final (absolute)
 */
record Cut(Node last, Node stopItem, int line) {

    static Cut of(Node doc, int start, int after, SourceText src) {
        Node last = null;
        for (Node n = doc.getLastChild(); n != null && last == null; n = n.getPrevious()) {
            last = n.getSourceSpans().isEmpty() ? null : n;
        }
        int cut = last == null ? start : EntryParser.Spans.first(last) + start;
        Node stopItem = null;
        if (last instanceof ListBlock) {
            for (Node n = last.getLastChild(); n != null && stopItem == null; n = n.getPrevious()) {
                int f = EntryParser.Spans.first(n) + start;
                if (f > after && src.isBlank(f - 1)) {
                    stopItem = n;
                    cut = f;
                }
            }
        }
        return new Cut(last, stopItem, cut);
    }
}
