package org.awesomevlm.kg.server.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.awesomevlm.kg.vocab.AV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jena-text (Lucene) index behind {@code /search}: titles, digests, person names and concept
 * labels in one field. It lives on disk next to a TDB2 database ({@link TextIndexFiles}) and is
 * rebuilt only when the database changed since it was built; in-memory data gets a RAM index.
 * Queries run {@code text:query} inside SPARQL with the index in the execution context and the
 * user's words passed as a bound literal, each escaped with {@link QueryParser#escape}.
 */
final class TextSearch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TextSearch.class);

    /** The indexed predicates (all in the one field {@code text}). */
    static final List<Node> INDEXED =
            List.of(
                    DCTerms.title.asNode(),
                    AV.digest.asNode(),
                    AV.Schema.name.asNode(),
                    AV.nameVariant.asNode(),
                    SKOS.prefLabel.asNode(),
                    SKOS.altLabel.asNode());

    static final int MAX_TERMS = 12;

    /**
     * Longest word searched for, in code points: the index's tokens are at most 255 characters, and
     * a prefix query on a word of about 1000 makes Lucene refuse ("input automaton is too large").
     */
    static final int MAX_WORD = 100;

    private final Dataset ds;
    private final Path dir;
    private final TextIndex index;
    private final CompletableFuture<Integer> ready = new CompletableFuture<>();
    private volatile boolean cancelled;

    private TextSearch(Dataset ds, Path dir, TextIndex index) {
        this.ds = ds;
        this.dir = dir;
        this.index = index;
    }

    /** Opens (creating if needed) the index of {@code ds} in {@code dir}; null means in RAM. */
    static TextSearch open(Dataset ds, Path dir) {
        EntityDefinition def = new EntityDefinition("uri", "text");
        INDEXED.forEach(p -> def.set("text", p));
        TextIndexConfig config = new TextIndexConfig(def);
        try {
            Directory directory;
            if (dir == null) {
                directory = new ByteBuffersDirectory();
            } else {
                Files.createDirectories(dir);
                directory = FSDirectory.open(dir);
            }
            return new TextSearch(ds, dir, TextDatasetFactory.createLuceneIndex(directory, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the index current: keeps an on-disk index stamped with the database's fingerprint, else
     * rebuilds it. Returns the number of indexed literals (-1 when kept as it was).
     */
    int build() {
        try {
            String fingerprint = TextIndexFiles.fingerprint(ds);
            if (dir != null && TextIndexFiles.isCurrent(dir, fingerprint)) {
                LOG.info("Text index {} is current", dir);
                ready.complete(-1);
                return -1;
            }
            if (dir != null) {
                TextIndexFiles.unstamp(dir);
            }
            int n = rebuild();
            if (dir != null) {
                TextIndexFiles.stamp(dir, fingerprint);
            }
            LOG.info("Text index {} built: {} literals", dir == null ? "(in memory)" : dir, n);
            ready.complete(n);
            return n;
        } catch (RuntimeException | IOException e) {
            ready.completeExceptionally(e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private int rebuild() throws IOException {
        TextIndexLucene lucene = (TextIndexLucene) index;
        lucene.getIndexWriter().deleteAll();
        EntityDefinition def = index.getDocDef();
        int n =
                Txn.calculateRead(
                        ds,
                        () -> {
                            int count = 0;
                            for (Node p : INDEXED) {
                                Iterator<Quad> it =
                                        ds.asDatasetGraph().find(Node.ANY, Node.ANY, p, Node.ANY);
                                while (it.hasNext()) {
                                    Quad q = it.next();
                                    if (q.isDefaultGraph()) {
                                        // jena-text keys the default graph by this node.
                                        q =
                                                Quad.create(
                                                        Quad.defaultGraphNodeGenerated,
                                                        q.asTriple());
                                    }
                                    if (cancelled) {
                                        throw new IllegalStateException(
                                                "text index build cancelled");
                                    }
                                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                                    if (e != null) {
                                        index.addEntity(e);
                                        count++;
                                    }
                                }
                            }
                            return count;
                        });
        index.commit();
        return n;
    }

    /** Waits up to {@code seconds} for the index to be built; false if it is still building. */
    boolean awaitReady(long seconds) {
        try {
            ready.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("text index build failed", e.getCause());
        }
    }

    /**
     * The Lucene query for what a user typed: lower-cased words (so AND/OR/NOT are never
     * operators), each escaped, each matched as a word or (3+ characters) a word prefix, all
     * required. Empty when there is no word.
     */
    static String luceneQuery(String userText) {
        if (userText == null) {
            return "";
        }
        List<String> clauses = new ArrayList<>();
        for (String word : userText.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (clauses.size() == MAX_TERMS) {
                break;
            }
            if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (word.codePointCount(0, word.length()) > MAX_WORD) {
                word = word.substring(0, word.offsetByCodePoints(0, MAX_WORD));
            }
            String esc = QueryParser.escape(word);
            clauses.add(word.length() >= 3 ? "(" + esc + " OR " + esc + "*)" : esc);
        }
        return String.join(" AND ", clauses);
    }

    /** Runs a query containing {@code text:query (?q ...)} with the Lucene query bound to ?q. */
    List<Sparql.Row> select(Query query, String userText, Map<String, RDFNode> more) {
        String lucene = luceneQuery(userText);
        if (lucene.isEmpty()) {
            return List.of();
        }
        Map<String, RDFNode> params = new java.util.HashMap<>(more);
        params.put("q", Sparql.string(lucene));
        return Sparql.select(ds, query, params, TextQuery.textIndex, index);
    }

    /** Stops a build in progress (the index stays unstamped, so the next start rebuilds it). */
    void cancel() {
        cancelled = true;
    }

    @Override
    public void close() {
        index.close();
    }

    static {
        TextQuery.init(); // registers text:query (normally done by Jena's subsystem start-up)
    }
}
