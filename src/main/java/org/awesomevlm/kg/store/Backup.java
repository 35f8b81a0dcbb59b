package org.awesomevlm.kg.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.AtomicFiles;
import org.awesomevlm.kg.KgException;

/**
 * {@code kg backup} and {@code kg restore}: the whole dataset as gzipped N-Quads, written from one
 * read transaction (a consistent snapshot while writers go on), and read back into a fresh database
 * that replaces the old one only when the whole file has been read.
 */
public final class Backup {
    /** What a backup or restore moved: quads, file, milliseconds. */
    public record Report(long quads, Path file, long millis) {}

    private Backup() {}

    /**
     * Writes the dataset of {@code db} to {@code out} (gzipped N-Quads). The file appears only when
     * complete: it is written to a temporary file in the same directory and renamed.
     */
    public static Report backup(Path db, Path out) {
        long start = System.nanoTime();
        Path target = out.toAbsolutePath().normalize();
        long[] quads = {0};
        try {
            AtomicFiles.write(
                    target,
                    os -> {
                        OutputStream gz = new GZIPOutputStream(os, 64 * 1024);
                        OutputStream buf = new BufferedOutputStream(gz, 64 * 1024);
                        quads[0] = write(Store.open(db), buf);
                        buf.flush();
                        gz.close();
                    });
        } catch (UncheckedIOException e) {
            throw new KgException(
                    target.toString(), 0, "cannot write: " + e.getCause().getMessage(), e);
        }
        return new Report(quads[0], target, (System.nanoTime() - start) / 1_000_000);
    }

    /** Writes every quad of {@code ds} as N-Quads from one read transaction; returns the count. */
    public static long write(Dataset ds, OutputStream out) {
        DatasetGraph dsg = ds.asDatasetGraph();
        return Txn.calculateRead(
                dsg,
                () -> {
                    Counting stream =
                            new Counting(StreamRDFWriter.getWriterStream(out, Lang.NQUADS));
                    stream.start();
                    StreamRDFOps.sendDatasetToStream(dsg, stream);
                    stream.finish();
                    return stream.count;
                });
    }

    /**
     * Replaces the content of {@code db} with the quads of {@code file} (N-Quads, gzipped or not).
     * Bad syntax or I/O: KgException with the line, and the database is unchanged.
     */
    public static Report restore(Path file, Path db) {
        long start = System.nanoTime();
        if (!Files.isRegularFile(file)) {
            throw new KgException(file.toString(), 0, "no such file");
        }
        long[] quads = {0};
        Rebuild.run(
                db,
                "restore",
                sink -> {
                    Counting counting = new Counting(sink);
                    read(file, counting);
                    quads[0] = counting.count;
                },
                () -> {},
                built -> {},
                LoadProgress.none());
        return new Report(quads[0], file, (System.nanoTime() - start) / 1_000_000);
    }

    private static void read(Path file, StreamRDF sink) {
        try (Failures in = new Failures(open(file))) {
            RDFParser.source(in)
                    .lang(Lang.NQUADS)
                    .errorHandler(TurtleFiles.handler(file, "N-Quads"))
                    .parse(sink);
            // Jena's reader can take a read error for the end of input: a gzip file cut at a
            // line boundary would then pass for a smaller backup.
            if (in.failure != null) throw in.failure;
        } catch (IOException | UncheckedIOException e) {
            throw new KgException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new KgException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(in, 64 * 1024) : in;
    }

    /** Remembers the first read error, whatever the reader above does with it. */
    private static final class Failures extends FilterInputStream {
        IOException failure;

        Failures(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                if (failure == null) failure = e;
                throw e;
            }
        }
    }

    /** Passes quads and triples on, counting them. */
    private static final class Counting extends org.apache.jena.riot.system.StreamRDFWrapper {
        long count;

        Counting(StreamRDF other) {
            super(other);
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            count++;
            super.triple(triple);
        }

        @Override
        public void quad(org.apache.jena.sparql.core.Quad quad) {
            count++;
            super.quad(quad);
        }
    }
}
