package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.awesomevlm.kg.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kg import, kg load (TDB2), kg export readme: the shipped list comes back. */
class ExportCommandTest {
    @TempDir Path tmp;

    @AfterEach
    void release() {
        Store.close(tmp.resolve("db"));
    }

    private Path loaded() {
        Path data = tmp.resolve("data");
        Path db = tmp.resolve("db");
        assertThat(CliRun.run("import", "data/awesome-list.md", "--out", data.toString()).code())
                .isZero();
        assertThat(CliRun.run("load", "--data", data.toString(), "--db", db.toString()).code())
                .isZero();
        return db;
    }

    @Test
    void exportReadmeFromTdb2GivesTheShippedListBack() throws IOException {
        Path db = loaded();
        CliRun r = CliRun.run("export", "readme", "--db", db.toString());
        assertThat(r.code()).isZero();
        String original = Files.readString(Path.of("data/awesome-list.md"));
        assertThat(org.awesomevlm.kg.export.RoundTripAccess.comparable(r.out()))
                .isEqualTo(org.awesomevlm.kg.export.RoundTripAccess.comparable(original));
        assertThat(r.out()).contains("## Table of Contents\n\n- [Survey](#survey)\n");

        Path file = tmp.resolve("out/README.md");
        assertThat(
                        CliRun.run("export", "readme", "--db", db.toString(), "-o", file.toString())
                                .code())
                .isZero();
        assertThat(Files.readString(file)).isEqualTo(r.out());
    }

    @Test
    void unknownFormatAndMissingDatabaseAreBadInput() {
        CliRun unknown = CliRun.run("export", "docx", "--db", tmp.resolve("db").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'docx'").contains("readme");
        CliRun missing = CliRun.run("export", "readme", "--db", tmp.resolve("nothing").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no database here");
        assertThat(tmp.resolve("nothing")).doesNotExist();
    }
}
