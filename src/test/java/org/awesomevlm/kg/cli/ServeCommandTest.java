package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Option checks of {@code kg serve} (the server itself is tested in the server package). */
class ServeCommandTest {
    private static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void updateNeedsAPasswordFile() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "serve", "--update")).isEqualTo(2);
        assertThat(err.toString()).contains("--password-file");
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "serve", "--password-file", "pw")).isEqualTo(2);
    }

    @Test
    void timeoutMustBePositive() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "serve", "--timeout", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--timeout");
    }

    @Test
    void listsEveryEndpoint() {
        String lines = String.join("\n", ServeCommand.endpoints("http://localhost:3030/", true));
        for (String path :
                new String[] {
                    "sparql",
                    "data",
                    "api",
                    "api/openapi.json",
                    ".well-known/void",
                    "dump.ttl",
                    "update",
                    "$/backup"
                }) assertThat(lines).contains("http://localhost:3030/" + path);
        assertThat(String.join("\n", ServeCommand.endpoints("http://localhost:3030/", false)))
                .doesNotContain("update")
                .doesNotContain("backup");
    }
}
