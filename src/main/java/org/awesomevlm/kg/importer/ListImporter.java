package org.awesomevlm.kg.importer;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sys.JenaSystem;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.vocab.AV;

/**
 * Imports an awesome list (Markdown) into RDF following ontology/MODEL.md, so that the README
 * exporter can write the same file back. The import streams: triples go out in document order as
 * the entries are read ({@link #importFile(Path, StreamRDF)}, {@link #writeTurtle}); the in-memory
 * form ({@link #importFile(Path)}) collects that same stream into a Model.
 *
 * <pre>{@code ImportResult r = new ListImporter().importFile(Path.of("data/awesome-list.md"));}
 * </pre>
 */
public final class ListImporter {
    static {
        JenaSystem.init(); // before any vocabulary class: their initialisers need Jena running
    }

    private DoubleConsumer progress = done -> {};
    private long chunk = BlockScanner.CHUNK;
    private boolean lineScan = true;

    /** Reports the fraction of the file read (0 to 1) as the import goes. */
    public ListImporter progress(DoubleConsumer progress) {
        this.progress = progress;
        return this;
    }

    /** Parses this many characters at a time (tests: tiny chunks cut at every possible place). */
    ListImporter chunk(long chars) {
        this.chunk = chars;
        return this;
    }

    /**
     * Whether the usual blocks are read line by line (the default) or every block by commonmark
     * (tests: both readings must give the same import).
     */
    ListImporter lineScan(boolean on) {
        this.lineScan = on;
        return this;
    }

    /** Reads and imports a file into a Model; bad input is a {@link KgException} (file, line). */
    public ImportResult importFile(Path md) {
        return collect(out -> importFile(md, out));
    }

    /** Imports Markdown given as a string; {@code name} is its file name ("my-list.md"). */
    public ImportResult importString(String name, String markdown) {
        return collect(
                out ->
                        run(
                                name,
                                () -> SourceText.of(name, markdown),
                                fileName(Path.of(name)),
                                out));
    }

    /** Streams the triples of a file to {@code out} (prefixes and base first). */
    public ImportSummary importFile(Path md, StreamRDF out) {
        return run(md.toString(), () -> SourceText.open(md), fileName(md), out);
    }

    /** Streams a file as Turtle in document order (see {@link TurtleStream}). */
    public ImportSummary writeTurtle(Path md, OutputStream out) {
        return importFile(md, new TurtleStream(out));
    }

    private interface Run {
        ImportSummary into(StreamRDF out);
    }

    private static ImportResult collect(Run run) {
        Model model = ModelFactory.createDefaultModel();
        ImportSummary s = run.into(StreamRDFLib.graph(model.getGraph()));
        model.setNsPrefixes(Prefixes.MAP);
        return new ImportResult(s.slug(), model, s.warnings());
    }

    private static String fileName(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    /** The list's slug: the file name without ".md", slugged. */
    public static String slugOf(String fileName) {
        return Slugs.slug(fileName.replaceFirst("(?i)\\.(md|markdown)$", ""));
    }

    /**
     * {@code open} checks and opens the source ({@link SourceText#file} is {@code file}); it runs
     * on the scanning thread, so that its first pass over the bytes overlaps the writing side's
     * start.
     */
    private ImportSummary run(
            String file, Supplier<SourceText> open, String fileName, StreamRDF stream) {
        String slug = slugOf(fileName);
        stream.start();
        stream.base(AV.BASE);
        for (Map.Entry<String, String> p : new TreeMap<>(Prefixes.MAP).entrySet()) {
            stream.prefix(p.getKey(), p.getValue());
        }
        Emitter out = new Emitter(stream);
        List<ImportWarning> warnings = new ArrayList<>();
        NameTables names = new NameTables(); // filled on the scanning thread
        GraphBuilder graph = new GraphBuilder(out, slug, fileName, names);
        NameBlocks blocks = new NameBlocks(names);
        TurtleStream turtle = TurtleStream.of(stream);
        DocumentAssembler assembler = new DocumentAssembler(file, graph, warnings);
        // the scanner reads ahead on its own thread; pieces and its warnings arrive here in order
        SourceText[] opened = new SourceText[1]; // read here after the scanning thread has ended
        int blankAfter =
                new ScanAhead()
                        .run(
                                h -> {
                                    try (SourceText src = open.get()) {
                                        opened[0] = src;
                                        int blank =
                                                new BlockScanner(
                                                                src, h::warn, h, progress, chunk,
                                                                names, lineScan)
                                                        .scan();
                                        h.send(); // the last pieces, before the names' blocks
                                        blocks.ahead(turtle);
                                        return blank;
                                    }
                                },
                                assembler,
                                warnings);
        SourceText src = opened[0];
        assembler.finish();
        graph.listEnd(assembler.title(), blankAfter, src.finalNewline());
        graph.finish(blocks, turtle);
        stream.finish();
        warnings.addAll(0, src.warnings); // known at the end of the file, but first on a tie
        warnings.sort(Comparator.comparingLong(ImportWarning::line));
        return new ImportSummary(
                slug, List.copyOf(warnings), graph.papers(), graph.people(), out.triples());
    }
}
