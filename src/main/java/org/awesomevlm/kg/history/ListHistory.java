package org.awesomevlm.kg.history;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.awesomevlm.kg.KgException;
import org.awesomevlm.kg.importer.ImportResult;
import org.awesomevlm.kg.importer.ListImporter;
import org.awesomevlm.kg.importer.Prefixes;
import org.awesomevlm.kg.vocab.AV;

/**
 * Replays the git history of a list file: imports every committed version and records, as {@code
 * av:ListChange} events, when each paper entered, changed in and left the list. The result depends
 * only on the commits, so re-running it gives the same graph.
 */
public final class ListHistory {
    /** Formatting that moves when a neighbour is added or removed: not a change of the entry. */
    private static final Set<Property> POSITIONAL =
            Set.of(AV.order, AV.position, AV.blankLinesBefore);

    private final List<String> warnings = new ArrayList<>();

    /** File name of the history record of the list {@code slug}. */
    public static String fileName(String slug) {
        return slug + ".history.ttl";
    }

    /** Versions that could not be imported (file: commit: message), skipped in the replay. */
    public List<String> warnings() {
        return warnings;
    }

    /** Reads the history of {@code file} with git and replays it. */
    public Model replay(Path file) {
        List<GitLog.Revision> revs = GitLog.history(file);
        String name = file.getFileName().toString();
        List<Version> versions = new ArrayList<>();
        for (GitLog.Revision rev : revs) {
            byte[] bytes = GitLog.show(file, rev);
            try {
                ImportResult r =
                        new ListImporter()
                                .importString(
                                        name,
                                        new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                versions.add(new Version(rev, r.slug(), entries(r.model())));
            } catch (KgException e) {
                warnings.add(file + ": " + rev.commit() + ": skipped: " + e.getMessage());
            }
        }
        return record(ListImporter.slugOf(name), versions);
    }

    /** One imported version: paper IRI to what its entry looks like. */
    record Version(GitLog.Revision rev, String slug, Map<String, Seen> papers) {}

    /** A paper's title and the fingerprint of its entry in one version. */
    record Seen(String title, String fingerprint) {}

    /** The papers of one imported version, keyed by IRI, in IRI order. */
    static Map<String, Seen> entries(Model m) {
        Map<String, Seen> out = new TreeMap<>();
        m.listStatements(null, AV.describes, (Resource) null)
                .forEachRemaining(
                        st -> {
                            Resource entry = st.getSubject();
                            Resource paper = st.getResource();
                            List<String> lines = new ArrayList<>();
                            String prefix = entry.getURI() + "/";
                            m.listStatements()
                                    .filterKeep(
                                            s ->
                                                    s.getSubject().isURIResource()
                                                            && (s.getSubject().equals(entry)
                                                                    || s.getSubject()
                                                                            .getURI()
                                                                            .startsWith(prefix)
                                                                    || s.getSubject()
                                                                            .equals(paper)))
                                    .filterDrop(s -> POSITIONAL.contains(s.getPredicate()))
                                    .forEachRemaining(s -> lines.add(line(s)));
                            lines.sort(null);
                            Statement title = paper.getProperty(DCTerms.title);
                            out.put(
                                    paper.getURI(),
                                    new Seen(
                                            title == null ? "" : title.getString(),
                                            ImportProvenance.sha256(String.join("\n", lines))));
                        });
        return out;
    }

    private static String line(Statement s) {
        return NodeFmtLib.str(s.asTriple());
    }

    static Model record(String slug, List<Version> versions) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.MAP);
        m.setNsPrefix("prov", AV.PROV);
        Resource list = m.createResource(AV.listGraph(slug));
        Resource previous = null;
        Map<String, Seen> before = Map.of();
        for (Version v : versions) {
            Resource version =
                    m.createResource(AV.listGraph(slug) + "/version/" + v.rev().commit());
            Literal at = dateTime(m, v.rev().time().toInstant());
            version.addProperty(RDF.type, m.createResource(AV.PROV + "Entity"))
                    .addProperty(m.createProperty(AV.PROV, "specializationOf"), list)
                    .addLiteral(m.createProperty(AV.PROV, "generatedAtTime"), at)
                    .addProperty(AV.gitCommit, v.rev().commit());
            if (previous != null) {
                version.addProperty(m.createProperty(AV.PROV, "wasRevisionOf"), previous);
            }
            Map<String, Seen> now = v.papers();
            for (var e : now.entrySet()) {
                Seen old = before.get(e.getKey());
                if (old == null) {
                    change(m, AV.PaperAdded, list, version, v, e.getKey(), e.getValue(), at);
                } else if (!old.fingerprint().equals(e.getValue().fingerprint())) {
                    change(m, AV.PaperChanged, list, version, v, e.getKey(), e.getValue(), at);
                }
            }
            for (var e : before.entrySet()) {
                if (!now.containsKey(e.getKey())) {
                    change(m, AV.PaperRemoved, list, version, v, e.getKey(), e.getValue(), at);
                }
            }
            previous = version;
            before = now;
        }
        return m;
    }

    private static void change(
            Model m,
            Resource kind,
            Resource list,
            Resource version,
            Version v,
            String paper,
            Seen seen,
            Literal at) {
        String key = paper.substring(paper.lastIndexOf('/') + 1);
        m.createResource(AV.listGraph(v.slug()) + "/change/" + v.rev().commit() + "/" + key)
                .addProperty(RDF.type, kind)
                .addProperty(RDF.type, AV.ListChange)
                .addProperty(AV.changedList, list)
                .addProperty(AV.changedPaper, m.createResource(paper))
                .addProperty(AV.paperTitle, seen.title())
                .addProperty(AV.inVersion, version)
                .addProperty(AV.gitCommit, v.rev().commit())
                .addLiteral(m.createProperty(AV.PROV, "atTime"), at);
    }

    static Literal dateTime(Model m, Instant t) {
        return m.createTypedLiteral(
                t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }
}
