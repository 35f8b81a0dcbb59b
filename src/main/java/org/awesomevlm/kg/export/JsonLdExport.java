package org.awesomevlm.kg.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.NodeCmp;
import org.awesomevlm.kg.Home;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.query.QueryCatalog;
import org.awesomevlm.kg.query.QueryRunner;
import org.awesomevlm.kg.query.SparqlTarget;

/**
 * {@code kg export jsonld}: the graph of the canned query {@code export-jsonld} as JSON-LD
 * compacted (by Titanium) with the project's published context {@code ontology/context.jsonld},
 * which the output names by its URL {@value #CONTEXT_URL}.
 */
public final class JsonLdExport implements ExportFormat {
    /** Where the context is published; the server serves the same file at /context.jsonld. */
    public static final String CONTEXT_URL = "https://w3id.org/awesome-vlm/context.jsonld";

    /** The context file in the ontology directory. */
    public static final String CONTEXT_FILE = "context.jsonld";

    private final Path context;

    /** Compacts with {@code ontology/context.jsonld} of the project home. */
    public JsonLdExport() {
        this(Home.ontology().resolve(CONTEXT_FILE));
    }

    JsonLdExport(Path context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public String description() {
        return "JSON-LD: papers, people, concepts, entries, compacted with " + CONTEXT_URL;
    }

    @Override
    public void write(SparqlTarget ds, ExportOptions options, Writer out) {
        QueryCatalog catalog = QueryCatalog.load(options.queries(), "export-jsonld");
        Model graph = new QueryRunner().construct(ds, catalog.get("export-jsonld"), Map.of());
        JsonDocument contextDoc = readContext();
        try {
            QuadsToJsonld toJsonLd = JsonLd.fromRdf().ordered(true).useNativeTypes(true);
            // sorted: the same graph gives the same bytes whatever order the store sent it in
            List<Triple> triples = graph.getGraph().find().toList();
            triples.sort(
                    Comparator.comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
                            .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
                            .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms));
            for (Triple t : triples) {
                quad(toJsonLd, t);
            }
            DocumentLoader loader =
                    (url, o) -> {
                        if (URI.create(CONTEXT_URL).equals(url)) {
                            return contextDoc;
                        }
                        throw new JsonLdError(
                                JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not loaded: " + url);
                    };
            Document expanded = JsonDocument.of(toJsonLd.toJsonLd());
            JsonObject compacted =
                    JsonLd.compact(expanded, URI.create(CONTEXT_URL))
                            .loader(loader)
                            .ordered(true)
                            .get();
            JsonWriter json =
                    Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                            .createWriter(out);
            json.write(withContextUrl(compacted));
            out.write('\n');
            out.flush();
        } catch (JsonLdError | RdfConsumerException e) {
            throw new KgException(context, 0, "JSON-LD export failed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Titanium puts the loaded context inline; the output names it by its URL instead, first (the
     * compaction was done against it, so the meaning is the same).
     */
    private static JsonObject withContextUrl(JsonObject compacted) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("@context", CONTEXT_URL);
        compacted.forEach(
                (k, v) -> {
                    if (!k.equals("@context")) {
                        b.add(k, v);
                    }
                });
        return b.build();
    }

    private JsonDocument readContext() {
        try (InputStream in = Files.newInputStream(context)) {
            return JsonDocument.of(in);
        } catch (NoSuchFileException e) {
            throw new KgException(context, 0, "JSON-LD context not found");
        } catch (IOException e) {
            throw new KgException(context.toString(), 0, "cannot read: " + e.getMessage(), e);
        } catch (JsonLdError e) {
            throw new KgException(context, 0, "not a JSON-LD context: " + e.getMessage());
        }
    }

    private static void quad(QuadsToJsonld to, Triple t) throws RdfConsumerException {
        String s = resource(t.getSubject());
        String p = t.getPredicate().getURI();
        Node o = t.getObject();
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            to.quad(
                    s,
                    p,
                    o.getLiteralLexicalForm(),
                    o.getLiteralDatatypeURI(),
                    lang.isEmpty() ? null : lang,
                    null,
                    null);
        } else {
            to.quad(s, p, resource(o), null, null, null, null);
        }
    }

    private static String resource(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }
}
