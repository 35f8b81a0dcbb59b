package org.awesomevlm.kg.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.awesomevlm.kg.importer.Prefixes;
import org.awesomevlm.kg.vocab.AV;

/**
 * The PROV-O record of one {@code kg import}: the list version (a {@code prov:Entity} derived from
 * the file, with the git commit when there is one) and the import {@code prov:Activity}. It is kept
 * in {@code <slug>.prov.ttl}, apart from the list's deterministic Turtle.
 */
public final class ImportProvenance {
    private ImportProvenance() {}

    /** File name of the provenance record of the list {@code slug}. */
    public static String fileName(String slug) {
        return slug + ".prov.ttl";
    }

    /**
     * @param content the bytes that were imported (their hash names the version)
     * @param commit the last git commit of the file, if any
     */
    public static Model of(
            String slug,
            Path file,
            byte[] content,
            Instant started,
            Instant ended,
            Optional<String> commit) {
        return of(slug, file, sha256(content), started, ended, commit);
    }

    /**
     * @param sha256 the hex SHA-256 of the bytes that were imported ({@link #sha256(Path)})
     * @param commit the last git commit of the file, if any
     */
    public static Model of(
            String slug,
            Path file,
            String sha256,
            Instant started,
            Instant ended,
            Optional<String> commit) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.MAP);
        m.setNsPrefix("prov", AV.PROV);
        Resource list = m.createResource(AV.listGraph(slug));
        Resource source = m.createResource(file.toAbsolutePath().normalize().toUri().toString());
        Resource version =
                m.createResource(AV.listGraph(slug) + "/version/" + sha256.substring(0, 16));
        Resource activity =
                m.createResource(
                        AV.BASE + "activity/import/" + slug + "/" + started.toEpochMilli());
        source.addProperty(RDF.type, m.createResource(AV.PROV + "Entity"));
        version.addProperty(RDF.type, m.createResource(AV.PROV + "Entity"))
                .addProperty(m.createProperty(AV.PROV, "specializationOf"), list)
                .addProperty(m.createProperty(AV.PROV, "wasDerivedFrom"), source)
                .addProperty(m.createProperty(AV.PROV, "wasGeneratedBy"), activity)
                .addLiteral(m.createProperty(AV.PROV, "generatedAtTime"), dateTime(m, ended));
        commit.ifPresent(c -> version.addProperty(AV.gitCommit, c));
        activity.addProperty(RDF.type, m.createResource(AV.PROV + "Activity"))
                .addProperty(RDFS.label, "kg import " + file.getFileName())
                .addProperty(m.createProperty(AV.PROV, "used"), source)
                .addLiteral(m.createProperty(AV.PROV, "startedAtTime"), dateTime(m, started))
                .addLiteral(m.createProperty(AV.PROV, "endedAtTime"), dateTime(m, ended));
        return m;
    }

    static Literal dateTime(Model m, Instant t) {
        return m.createTypedLiteral(
                t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hex SHA-256 of a file, read as a stream (a list may be larger than the heap). */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
