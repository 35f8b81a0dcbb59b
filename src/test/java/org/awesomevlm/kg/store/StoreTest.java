package org.awesomevlm.kg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.awesomevlm.kg.KgException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir Path tmp;

    @AfterEach
    void release() {
        Store.close(tmp.resolve("db"));
    }

    static Triple triple(int i) {
        return Triple.create(
                NodeFactory.createURI("urn:s" + i),
                NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString("v" + i));
    }

    @Test
    void opensOncePerDirectoryAndReopensAfterClose() {
        Path db = tmp.resolve("db");
        Dataset ds = Store.open(db);
        assertThat(Store.open(tmp.resolve("x/../db"))).isSameAs(ds);
        assertThat(Store.isEmpty(ds)).isTrue();
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().getDefaultGraph().add(triple(1)));
        assertThat(Store.isEmpty(ds)).isFalse();

        Store.close(db);
        Dataset again = Store.open(db);
        assertThat(again).isNotSameAs(ds);
        assertThat(Store.size(again)).isEqualTo(1);
    }

    @Test
    void openRemovesWhatInterruptedOperationsLeftBehind() throws Exception {
        Path db = tmp.resolve("db");
        Dataset ds = Store.open(db);
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().getDefaultGraph().add(triple(1)));
        Store.close(db);
        // a killed compaction (TDB2's temporary), a killed load (our staging) and a stale
        // generation below the current one (a compaction killed before deleting the old one)
        Files.move(db.resolve("Data-0001"), db.resolve("Data-0005"));
        Files.createDirectories(db.resolve("Data-0006-tmp"));
        Files.createDirectories(db.resolve(Generations.STAGING_PREFIX + "load-123/Data-0001"));
        Files.createDirectories(db.resolve("Data-0002"));
        assertThat(Generations.leftovers(db)).hasSize(3);

        Dataset again = Store.open(db);
        assertThat(Store.size(again)).isEqualTo(1);
        assertThat(Generations.leftovers(db)).isEmpty();
        assertThat(Generations.generations(db)).containsExactly(db.resolve("Data-0005"));
        assertThat(Files.exists(db.resolve("Data-0006-tmp"))).isFalse();
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsAClearError() throws Exception {
        Path db = tmp.resolve("db");
        Store.open(db);
        Store.close(db);
        // another JVM holds TDB2's lock file, as a running `kg serve` would
        Process holder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                LockHolder.class.getName(),
                                db.resolve("tdb.lock").toString())
                        .redirectErrorStream(true)
                        .start();
        try {
            assertThat(holder.inputReader().readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> Store.open(db))
                    .isInstanceOf(KgException.class)
                    .hasMessageContaining("cannot open the database")
                    .hasMessageContaining(Long.toString(holder.pid()));
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertThat(Store.size(Store.open(db))).isZero();
    }

    /** Holds an OS lock on a file, with its pid in it, until killed (run as a child process). */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (java.nio.channels.FileChannel ch =
                    java.nio.channels.FileChannel.open(
                            Path.of(args[0]),
                            java.nio.file.StandardOpenOption.READ,
                            java.nio.file.StandardOpenOption.WRITE,
                            java.nio.file.StandardOpenOption.CREATE)) {
                ch.lock();
                ch.truncate(0);
                ch.write(
                        java.nio.ByteBuffer.wrap(
                                Long.toString(ProcessHandle.current().pid()).getBytes()));
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
