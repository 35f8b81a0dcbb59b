package org.awesomevlm.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.awesomevlm.kg.generate.ListGenerator;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GenerateCommandTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void writesTheGeneratorsMarkdown() throws Exception {
        Run r = run("generate", "--papers", "50", "--seed", "9");
        assertThat(r.exit()).isZero();
        StringWriter expected = new StringWriter();
        new ListGenerator(50, 9).write(expected);
        assertThat(r.out()).isEqualTo(expected.toString());
        assertThat(run("generate", "--papers", "50", "--seed", "9").out()).isEqualTo(r.out());
    }

    @Test
    void rejectsANegativeCount() {
        Run r = run("generate", "--papers", "-1");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--papers");
        assertThat(r.out()).isEmpty();
    }
}
