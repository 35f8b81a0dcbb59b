package org.awesomevlm.kg.query;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/** Test graphs for the canned queries: the shipped list, and the list plus extras.ttl. */
public final class TestData {
    private TestData() {}

    public static final Path QUERIES = Path.of("queries");
    static final Path LIST_FIXTURE = Path.of("src/test/resources/query/awesome-list.ttl");
    static final Path EXTRAS = Path.of("src/test/resources/query/extras.ttl");

    /** The graph of data/awesome-list.md. */
    public static Model shippedList() {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, LIST_FIXTURE.toString());
        return m;
    }

    /** The shipped list plus the extra cases of extras.ttl. */
    public static Model withExtras() {
        Model m = shippedList();
        RDFDataMgr.read(m, EXTRAS.toString());
        return m;
    }

    /** An in-memory transactional dataset holding {@code m} in its default graph. */
    public static Dataset dataset(Model m) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(m));
        return ds;
    }
}
