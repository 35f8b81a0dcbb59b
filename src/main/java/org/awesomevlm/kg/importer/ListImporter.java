package org.awesomevlm.kg.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.awesomevlm.kg.KgException;

/**
 * Imports an awesome list (Markdown) into an RDF graph following ontology/MODEL.md, so that the
 * README exporter can write the same file back.
 *
 * <pre>{@code ImportResult r = new ListImporter().importFile(Path.of("data/awesome-list.md"));}
 * </pre>
 */
public final class ListImporter {
    /** Reads and imports a file; bad input is a {@link KgException} naming file and line. */
    public ImportResult importFile(Path md) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(md);
        } catch (NoSuchFileException e) {
            throw new KgException(md, 0, "no such file");
        } catch (IOException e) {
            throw new KgException(md.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return run(SourceText.decode(md.toString(), bytes), fileName(md));
    }

    /** Imports Markdown given as a string; {@code name} is its file name ("my-list.md"). */
    public ImportResult importString(String name, String markdown) {
        return run(SourceText.of(name, markdown), fileName(Path.of(name)));
    }

    private static String fileName(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    /** The list's slug: the file name without ".md", slugged. */
    public static String slugOf(String fileName) {
        return Slugs.slug(fileName.replaceFirst("(?i)\\.(md|markdown)$", ""));
    }

    private static ImportResult run(SourceText src, String fileName) {
        String slug = slugOf(fileName);
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.MAP);
        List<ImportWarning> warnings = new ArrayList<>(src.warnings);
        GraphBuilder graph = new GraphBuilder(model, slug, fileName);
        DocumentAssembler assembler = new DocumentAssembler(src.file, graph, warnings);
        int blankAfter = new BlockScanner(src, warnings, assembler).scan();
        assembler.finish();
        graph.listEnd(assembler.title(), blankAfter, src.finalNewline);
        graph.finish();
        warnings.sort(Comparator.comparingLong(ImportWarning::line));
        return new ImportResult(slug, model, List.copyOf(warnings));
    }
}
