package org.awesomevlm.kg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of {@code kg} ({@link Main#commandLine()}) with what it printed: the shared
 * fixture of the command tests.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int code, String out, String err) {
    /** Runs {@code kg ARGS...}, capturing standard output and error. */
    public static CliRun run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        return new CliRun(code, o.toString(), e.toString());
    }

    /** The data rows of Jena's text table (lines between the header rule and the bottom). */
    public List<String> tableRows() {
        List<String> lines = out.lines().filter(l -> l.startsWith("| ")).toList();
        return new ArrayList<>(lines.subList(1, lines.size()));
    }
}
