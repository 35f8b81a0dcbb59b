package org.awesomevlm.kg.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.awesomevlm.kg.export.ExportFormats;
import org.awesomevlm.kg.export.ExportOptions;
import org.awesomevlm.kg.server.KgServer;
import org.awesomevlm.kg.server.ServedList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /README.md}: the exporter's list, from a server over the imported list. */
class ReadmeRouteTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Dataset DS = ImportedListTest.importedList();
    private static KgServer server;

    @BeforeAll
    static void start() {
        server = ServedList.serve(DS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(server.localUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheRegeneratedListAsUtf8Markdown() throws Exception {
        HttpResponse<String> r = get("README.md");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        v ->
                                assertThat(v.toLowerCase())
                                        .startsWith("text/markdown")
                                        .contains("charset=utf-8"));
        // exactly what the exporter writes, with a generated table of contents
        StringWriter direct = new StringWriter();
        ExportFormats.get("readme").write(DS, new ExportOptions(null, Path.of("queries")), direct);
        assertThat(r.body()).isEqualTo(direct.toString());
        assertThat(r.body())
                .startsWith("# Awesome Vision Language Model and Foundation Models\n")
                .contains("## Table of Contents\n\n- [Survey](#survey)")
                .contains("- MedCLIP: Contrastive Learning from Unpaired Medical Images and Text.");
        assertThat(get("README.md?list=awesome-list").body()).isEqualTo(r.body());
    }

    @Test
    void unknownListIsNotFound() throws Exception {
        HttpResponse<String> r = get("README.md?list=%3Cscript%3E");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(r.body()).contains("no list '<script>'");
    }
}
