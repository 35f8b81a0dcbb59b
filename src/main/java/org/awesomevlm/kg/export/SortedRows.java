package org.awesomevlm.kg.export;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.ThresholdPolicy;
import org.apache.jena.atlas.lib.Sink;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.protobuf.ProtobufConvert;
import org.apache.jena.riot.protobuf.wire.PB_RDF.RDF_DataTuple;
import org.apache.jena.riot.protobuf.wire.PB_RDF.RDF_Term;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.ResultBinding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.awesomevlm.kg.vocab.AV;

/**
 * The rows of {@code readme-document} sorted as its {@code ORDER BY ?list ?order ?part ?n ?p} says,
 * for one list, with ties kept in arrival order. Rows are held in memory up to a budget of bytes
 * and past it sorted into runs on disk that are merged back (ARQ's {@link SortedDataBag}). A row
 * held in memory keeps its terms as they came; only a run going to disk encodes them (at 10^4
 * papers, encoding every row and decoding it back was a seventh of the export's CPU).
 *
 * <p>Why not the query's own ORDER BY: ARQ holds each row as a chain of bindings (2-3 KB) and
 * bounds its sort by a row count, so a 10^6-paper list either ran out of heap or spilled more than
 * 9 GB of text; and ARQ compares the three numbers by their literals. Here a row is its three
 * numbers, its predicate and one protobuf tuple of its other terms (Jena's RDF Protobuf encoding),
 * about a tenth of that, in memory and on disk alike.
 */
final class SortedRows implements AutoCloseable {
    /** A row: what it sorts by, then its other terms (null where unbound). */
    record Row(long order, int part, long n, String p, long seq, Node[] terms) {}

    /** Bytes a held row costs beyond its terms: the objects, array headers and refs. */
    private static final int ROW_OVERHEAD = 120;

    /**
     * Bytes a held term costs beyond the characters of its text: the node, its label or string and
     * their headers (an upper bound: TDB2's node cache shares the nodes of repeated terms).
     */
    private static final int TERM_OVERHEAD = 80;

    static final Comparator<Row> ORDER =
            Comparator.comparingLong(Row::order)
                    .thenComparingInt(Row::part)
                    .thenComparingLong(Row::n)
                    .thenComparing(Row::p, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(Row::seq);

    /**
     * Namespaces written as prefixes in a tuple: the datatype of every number and the ontology's
     * classes would otherwise be spelled out in each row (a third of a row's bytes).
     */
    private static final PrefixMap PREFIXES =
            PrefixMapFactory.create(Map.of("x", XSD.NS, "r", RDF.uri, "a", AV.NS));

    private static final Var ORDER_VAR = Var.alloc("order");
    private static final Var PART_VAR = Var.alloc("part");
    private static final Var N_VAR = Var.alloc("n");
    private static final Var P_VAR = Var.alloc("p");

    private final Var listVar;
    private final Node list;
    private final List<Var> stored = new ArrayList<>();
    private final SortedDataBag<Row> bag;
    private long seq;

    /**
     * @param vars the query's result variables, among them {@code key}, {@code p} and {@code list}
     * @param list the list every row belongs to (rows are added for one list, so it is not stored)
     * @param memoryBytes the rows held in memory before a run goes to disk
     */
    SortedRows(List<String> vars, Node list, long memoryBytes) {
        this.listVar = Var.alloc("list");
        this.list = list;
        for (String v : vars) {
            Var var = Var.alloc(v);
            if (!List.of(listVar, ORDER_VAR, PART_VAR, N_VAR, P_VAR).contains(var)) {
                stored.add(var);
            }
        }
        this.bag = new TempFileBag(new ByteBudget(memoryBytes), new RowSerialization(), ORDER);
    }

    /** Adds a row of the query. */
    void add(QuerySolution r) {
        Binding binding = r instanceof ResultBinding rb ? rb.getBinding() : null;
        Node[] terms = new Node[stored.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = node(r, binding, stored.get(i));
        }
        Node p = node(r, binding, P_VAR);
        bag.add(
                new Row(
                        r.getLiteral(ORDER_VAR.getVarName()).getLong(),
                        r.getLiteral(PART_VAR.getVarName()).getInt(),
                        r.getLiteral(N_VAR.getVarName()).getLong(),
                        p == null ? null : p.getURI(),
                        seq++,
                        terms));
    }

    /** A term of a row, from the binding itself when there is one (no RDFNode made). */
    private static Node node(QuerySolution r, Binding binding, Var v) {
        if (binding != null) {
            return binding.get(v);
        }
        RDFNode n = r.get(v.getVarName());
        return n == null ? null : n.asNode();
    }

    /** Hands every row to {@code out} in order, as a solution with the query's variables. */
    void forEachSorted(Consumer<QuerySolution> out) {
        Iterator<Row> it = bag.iterator();
        BindingBuilder b = Binding.builder();
        Numbers numbers = new Numbers();
        while (it.hasNext()) {
            out.accept(new ResultBinding(null, decode(it.next(), b, numbers)));
        }
    }

    private Binding decode(Row row, BindingBuilder b, Numbers numbers) {
        b.reset();
        b.add(listVar, list);
        b.add(ORDER_VAR, numbers.order(row.order()));
        b.add(PART_VAR, numbers.part(row.part()));
        b.add(N_VAR, numbers.n(row.n()));
        if (row.p() != null) {
            b.add(P_VAR, NodeFactory.createURI(row.p()));
        }
        Node[] terms = row.terms();
        for (int i = 0; i < stored.size(); i++) {
            if (terms[i] != null) {
                b.add(stored.get(i), terms[i]);
            }
        }
        return b.build();
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /**
     * The three numbers as literals, the last of each kept: sorted rows come in runs with the same
     * numbers, and making an xsd:integer literal validates its text.
     */
    private static final class Numbers {
        private final long[] value = {-1, -1, -1};
        private final Node[] node = new Node[3];

        Node order(long v) {
            return get(0, v);
        }

        Node part(long v) {
            return get(1, v);
        }

        Node n(long v) {
            return get(2, v);
        }

        private Node get(int i, long v) {
            if (node[i] == null || value[i] != v) {
                value[i] = v;
                node[i] = integer(v);
            }
            return node[i];
        }
    }

    /** The terms of a row as one {@code RDF_DataTuple} (Jena's RDF Protobuf), for a run on disk. */
    static byte[] encode(Node[] terms) {
        RDF_DataTuple.Builder tuple = RDF_DataTuple.newBuilder();
        RDF_Term.Builder term = RDF_Term.newBuilder();
        for (Node n : terms) {
            term.clear();
            tuple.addRow(ProtobufConvert.toProtobuf(n, PREFIXES, term, false));
        }
        return tuple.build().toByteArray();
    }

    static Node[] decode(byte[] tuple) {
        List<RDF_Term> terms;
        try {
            terms = RDF_DataTuple.parseFrom(tuple).getRowList();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("sorted row could not be read back", e);
        }
        Node[] nodes = new Node[terms.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = ProtobufConvert.convert(terms.get(i), PREFIXES);
        }
        return nodes;
    }

    /** What a held row's terms cost, by the length of their text ({@link #TERM_OVERHEAD}). */
    static long heldBytes(Node[] terms) {
        long bytes = ROW_OVERHEAD + 4L * terms.length;
        for (Node n : terms) {
            if (n == null) {
                continue;
            }
            bytes += TERM_OVERHEAD;
            if (n.isURI()) {
                bytes += n.getURI().length();
            } else if (n.isLiteral()) {
                bytes += n.getLiteralLexicalForm().length() + n.getLiteralLanguage().length();
            } else {
                bytes += n.toString().length();
            }
        }
        return bytes;
    }

    @Override
    public void close() {
        bag.close();
    }

    /** Spills to files named for this tool, deleted at exit too if the export dies midway. */
    private static final class TempFileBag extends SortedDataBag<Row> {
        TempFileBag(
                ThresholdPolicy<Row> policy,
                SerializationFactory<Row> serialization,
                Comparator<Row> order) {
            super(policy, serialization, order);
        }

        @Override
        protected File getNewTemporaryFile() {
            try {
                File f = Files.createTempFile("kg-export-", ".rows").toFile();
                f.deleteOnExit();
                return f;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary file for the sort", e);
            }
        }
    }

    /** Counts the bytes of the rows held, not the rows: a digest row is ten times a link row. */
    private static final class ByteBudget implements ThresholdPolicy<Row> {
        private final long limit;
        private long bytes;

        ByteBudget(long limit) {
            this.limit = limit;
        }

        @Override
        public void increment(Row row) {
            bytes += heldBytes(row.terms());
        }

        @Override
        public boolean isThresholdExceeded() {
            return bytes > limit;
        }

        @Override
        public void reset() {
            bytes = 0;
        }
    }

    /**
     * A run on disk: per row its three numbers, predicate (or none), arrival number and tuple
     * bytes.
     */
    private static final class RowSerialization implements SerializationFactory<Row> {
        @Override
        public Sink<Row> createSerializer(OutputStream out) {
            DataOutputStream data = new DataOutputStream(out);
            return new Sink<>() {
                @Override
                public void send(Row row) {
                    io(
                            () -> {
                                data.writeLong(row.order());
                                data.writeInt(row.part());
                                data.writeLong(row.n());
                                data.writeBoolean(row.p() != null);
                                if (row.p() != null) {
                                    data.writeUTF(row.p());
                                }
                                data.writeLong(row.seq());
                                byte[] tuple = encode(row.terms());
                                data.writeInt(tuple.length);
                                data.write(tuple);
                            });
                }

                @Override
                public void flush() {
                    io(data::flush);
                }

                @Override
                public void close() {
                    io(data::close);
                }
            };
        }

        private interface IoAction {
            void run() throws IOException;
        }

        private static void io(IoAction action) {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Iterator<Row> createDeserializer(InputStream in) {
            DataInputStream data =
                    new DataInputStream(
                            in instanceof BufferedInputStream ? in : new BufferedInputStream(in));
            return new Iterator<>() {
                private Row next = read();

                private Row read() {
                    try {
                        long order;
                        try {
                            order = data.readLong();
                        } catch (EOFException end) {
                            return null;
                        }
                        int part = data.readInt();
                        long n = data.readLong();
                        String p = data.readBoolean() ? data.readUTF() : null;
                        long seq = data.readLong();
                        byte[] tuple = new byte[data.readInt()];
                        data.readFully(tuple);
                        return new Row(order, part, n, p, seq, decode(tuple));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    Row r = next;
                    next = read();
                    return r;
                }
            };
        }
    }
}
