package org.awesomevlm.kg.query;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.importer.ListImporter;

/** Test graphs for the canned queries: the shipped list, and the list plus extras.ttl. */
public final class TestData {
    private TestData() {}

    public static final Path QUERIES = Path.of("queries");
    static final Path LIST = Path.of("data/awesome-list.md");
    static final Path EXTRAS = Path.of("src/test/resources/query/extras.ttl");

    /** The graph of data/awesome-list.md, as the importer makes it. */
    public static Model shippedList() {
        Model m = ModelFactory.createDefaultModel();
        m.add(new ListImporter().importFile(LIST).model());
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
