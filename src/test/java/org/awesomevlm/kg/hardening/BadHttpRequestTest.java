package org.awesomevlm.kg.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.awesomevlm.kg.server.ServedList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server (over a TDB2 database loaded with the shipped list) on the hostile requests of {@code
 * badinput/http/cases.txt}, sent as raw bytes: each gets one of its expected statuses with a
 * message, no stack trace and no file contents, and the database stays isomorphic.
 */
class BadHttpRequestTest {
    static final Path CASES = Path.of("src/test/resources/badinput/http/cases.txt");
    private static final Pattern REPEAT = Pattern.compile("\\{(.)\\*(\\d+)\\}");

    @TempDir static Path tmp;
    static ServedList served;
    static DatasetGraph before;

    /** One request and the answers it may get. */
    record Case(
            String name,
            String method,
            String target,
            List<String> headers,
            String body,
            List<Integer> statuses,
            String expect) {
        @Override
        public String toString() {
            return name;
        }

        byte[] request() {
            if (method.equals("RAW")) {
                return unescape(target).getBytes(StandardCharsets.ISO_8859_1);
            }
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head =
                    new StringBuilder(method + " " + target + " HTTP/1.1\r\n")
                            .append("Host: localhost\r\nConnection: close\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = Arrays.copyOf(h, h.length + content.length);
            System.arraycopy(content, 0, all, h.length, content.length);
            return all;
        }
    }

    /** Status line, head and body of an answer. */
    record Answer(int status, String head, String body) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String row : Files.readAllLines(CASES)) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split(" \\| ");
            cases.add(
                    new Case(
                            f[0].strip(),
                            f[1].strip(),
                            expand(f[2].strip()),
                            f[3].strip().equals("-")
                                    ? List.of()
                                    : Arrays.stream(f[3].strip().split("; "))
                                            .map(BadHttpRequestTest::expand)
                                            .toList(),
                            f[4].strip().equals("-") ? null : expand(f[4].strip()),
                            Arrays.stream(f[5].strip().split(",")).map(Integer::valueOf).toList(),
                            f[6].strip().equals("-") ? null : f[6].strip()));
        }
        return cases;
    }

    static String expand(String s) {
        Matcher m = REPEAT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        return m.appendTail(out).toString();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'r' -> out.append('\r');
                    case 'n' -> out.append('\n');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> out.append('\\').append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @BeforeAll
    static void start() {
        served = ServedList.start(Path.of("data/awesome-list.md"), tmp);
        before = BadTurtleTest.copy(served.dataset());
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileRequestGetsAClearAnswerAndChangesNothing(Case c) throws IOException {
        Answer a = send(c.request());
        assertThat(a.status()).as(a.head() + "\n" + cut(a.body())).isIn(c.statuses());
        if (c.expect() != null) {
            assertThat(a.body().replaceAll("\\s+", " ")).contains(c.expect());
        }
        if (a.status() >= 400) {
            assertThat(a.body()).as("an error says what is wrong").isNotBlank();
        }
        assertThat(a.body())
                .doesNotContain("\tat org.", "\tat java.", "root:x:0:0", "<project", "{{");
        assertThat(IsoMatcher.isomorphic(before, BadTurtleTest.copy(served.dataset())))
                .as("database unchanged")
                .isTrue();
    }

    @Test
    void theServerStillAnswersAfterwards() throws IOException {
        for (Case c : cases()) {
            send(c.request());
        }
        Answer a =
                send(
                        new Case(
                                        "ok",
                                        "GET",
                                        "/paper/arxiv-2210.10163",
                                        List.of("Accept: text/turtle"),
                                        null,
                                        List.of(200),
                                        null)
                                .request());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).contains("MedCLIP");
    }

    private static String cut(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "..." : s;
    }

    /** Sends raw bytes and reads the answer until the server closes the connection. */
    static Answer send(byte[] request) throws IOException {
        try (Socket s = new Socket("localhost", served.server().port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer (414, 413, 431) and close before reading everything
            }
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    got.write(buf, 0, n);
                }
            } catch (IOException e) {
                // a reset after the answer: keep what arrived
            }
            String all = got.toString(StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            String body = end < 0 ? "" : all.substring(end + 4);
            Matcher m = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(head);
            assertThat(m.find()).as("a status line in: " + cut(all)).isTrue();
            return new Answer(Integer.parseInt(m.group(1)), head, body);
        }
    }
}
