package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awesomevlm.kg.KgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ScanAheadTest {
    private static Piece piece(int line) {
        return new Piece.Verbatim(line, 0, "other", "line " + line);
    }

    private static ImportWarning warning(int line) {
        return new ImportWarning("f.md", line, "w" + line);
    }

    @Test
    void piecesAndWarningsArriveInTheScannersOrderAcrossManyBatches() {
        List<Object> seen = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        int result =
                new ScanAhead()
                        .run(
                                h -> {
                                    for (int i = 1; i <= 2000; i++) {
                                        h.accept(piece(i));
                                        if (i % 7 == 0) {
                                            h.warn(warning(i));
                                        }
                                    }
                                    return 42;
                                },
                                p -> seen.add(p),
                                new ArrayList<>() {
                                    @Override
                                    public boolean add(ImportWarning w) {
                                        seen.add(w);
                                        warnings.add(w);
                                        return true;
                                    }
                                });
        assertThat(result).isEqualTo(42);
        List<Object> expected = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            expected.add(piece(i));
            if (i % 7 == 0) {
                expected.add(warning(i));
            }
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(warnings).hasSize(2000 / 7);
    }

    @Test
    void theScannersErrorIsRethrownAfterThePiecesBeforeIt() {
        KgException bad = new KgException("f.md", 301, "entry has no link on its title line");
        List<Piece> seen = new ArrayList<>();
        assertThatThrownBy(
                        () ->
                                new ScanAhead()
                                        .run(
                                                h -> {
                                                    for (int i = 1; i <= 300; i++) {
                                                        h.accept(piece(i));
                                                    }
                                                    throw bad;
                                                },
                                                seen::add,
                                                new ArrayList<>()))
                .isSameAs(bad);
        assertThat(seen).hasSize(300);
        assertThat(seen.get(299).line()).isEqualTo(300);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // a scanner left running would hang the import
    void theWritersErrorStopsAScannerThatWouldGoOnForever() {
        IllegalStateException bad = new IllegalStateException("disk full");
        Thread[] scanner = new Thread[1];
        assertThatThrownBy(
                        () ->
                                new ScanAhead()
                                        .run(
                                                h -> {
                                                    scanner[0] = Thread.currentThread();
                                                    for (int i = 1; ; i++) {
                                                        h.accept(piece(i));
                                                    }
                                                },
                                                p -> {
                                                    if (p.line() == 1000) {
                                                        throw bad;
                                                    }
                                                },
                                                new ArrayList<>()))
                .isSameAs(bad);
        assertThat(scanner[0].isAlive()).isFalse(); // run() returns only after it has stopped
    }
}
