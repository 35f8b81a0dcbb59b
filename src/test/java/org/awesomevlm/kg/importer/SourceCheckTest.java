package org.awesomevlm.kg.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.awesomevlm.kg.KgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check validates UTF-8 on bytes, without a decoder: on random texts with valid and broken
 * sequences (some cut by its 64 KiB buffer) it must reject exactly what Java's strict decoder
 * rejects, naming the same line, byte and offset, and the lines the importer then reads must be the
 * decoder's.
 */
class SourceCheckTest {
    private static final List<byte[]> PIECES =
            List.of(
                    bytes("plain text "),
                    bytes("\n"),
                    bytes("\r\n"),
                    bytes("\r"),
                    bytes("é"),
                    bytes("日本"),
                    bytes("\ud83d\ude00"),
                    bytes("\u2028"),
                    bytes("\u3000"),
                    bytes("\ufeff"),
                    bytes("]:"),
                    bytes("]"),
                    bytes(":"));

    private static final List<byte[]> BROKEN =
            List.of(
                    new byte[] {(byte) 0x80},
                    new byte[] {(byte) 0xC0, (byte) 0xAF},
                    new byte[] {(byte) 0xC3, '('},
                    new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    new byte[] {(byte) 0xE2, (byte) 0x82},
                    new byte[] {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
                    new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    new byte[] {(byte) 0xF5},
                    new byte[] {(byte) 0xFF});

    @Test
    void rejectsWhatTheStrictDecoderRejects(@TempDir Path dir) throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            text.write('x');
            // every tenth text is long, so that sequences straddle the check's buffer
            int target = round % 10 == 0 ? (1 << 16) + random.nextInt(64) : random.nextInt(200);
            while (text.size() < target) {
                text.write(PIECES.get(random.nextInt(PIECES.size())));
            }
            if (random.nextBoolean()) {
                int at = random.nextInt(text.size() + 1);
                byte[] good = text.toByteArray();
                byte[] bad = BROKEN.get(random.nextInt(BROKEN.size()));
                text.reset();
                text.write(good, 0, at);
                text.write(bad);
                text.write(good, at, good.length - at);
            }
            byte[] b = text.toByteArray();
            Path md = dir.resolve("t" + round + ".md");
            Files.write(md, b);
            String expected = reference(b);
            String actual;
            try {
                SourceCheck check = SourceCheck.of(md);
                assertThat(check.references())
                        .isEqualTo(new String(b, StandardCharsets.UTF_8).contains("]:"));
                actual = "ok";
            } catch (KgException e) {
                actual = e.line() + ": " + e.getMessage();
            }
            assertThat(actual).as("round " + round).isEqualTo(expected);
            if (expected.equals("ok")) {
                assertLinesAsDecoded(md, b);
            }
        }
    }

    /** The lines SourceText reads are those of the decoded text split at LF, CRLF and CR. */
    private static void assertLinesAsDecoded(Path md, byte[] b) {
        String text = new String(b, StandardCharsets.UTF_8);
        text = text.startsWith("\ufeff") ? text.substring(1) : text;
        String[] want = text.split("\r\n|\r|\n", -1);
        try (SourceText src = SourceText.open(md)) {
            src.readAll();
            int n = want[want.length - 1].isEmpty() ? want.length - 1 : want.length;
            assertThat(src.size()).isEqualTo(n);
            for (int i = 0; i < n; i++) {
                assertThat(src.line(i)).isEqualTo(want[i]);
            }
            assertThat(src.finalNewline()).isEqualTo(n < want.length);
        }
    }

    /** What Java's strict decoder says: "ok" or "LINE: not UTF-8: byte 0xXX at offset N". */
    private static String reference(byte[] b) {
        CharsetDecoder d =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            return "ok";
        }
        int at = in.position();
        long line = 1;
        for (int i = 0; i < at; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= at || b[i + 1] != '\n'))) {
                line++;
            }
        }
        return line
                + ": "
                + String.format("not UTF-8: byte 0x%02X at offset %d", b[at] & 0xFF, (long) at);
    }

    /** The word test skips exactly the words whose eight bytes the byte loop would skip. */
    @Test
    void aWordIsPlainWhenEachOfItsBytesIs() {
        for (int pos = 0; pos < 8; pos++) {
            for (int v = 0; v < 256; v++) {
                long w = 0x6161616161616161L & ~(0xFFL << (8 * pos)) | (long) v << (8 * pos);
                assertThat(SourceCheck.plain(w)).as("byte %02x at %d", v, pos).isEqualTo(plain(v));
            }
        }
        Random r = new Random(4);
        byte[] pool = {
            'a', ' ', '~', ':', '\n', '\r', 0x0D, 0x0E, 0x7F, (byte) 0x80, (byte) 0xC3, 0
        };
        for (int t = 0; t < 100_000; t++) {
            long w = 0;
            boolean all = true;
            for (int k = 0; k < 8; k++) {
                int v = pool[r.nextInt(pool.length)] & 0xFF;
                all &= plain(v);
                w |= (long) v << (8 * k);
            }
            assertThat(SourceCheck.plain(w)).as("%016x", w).isEqualTo(all);
        }
    }

    private static boolean plain(int v) {
        return v > '\r' && v < 0x80 && v != ':';
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
