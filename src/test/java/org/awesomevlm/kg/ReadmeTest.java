package org.awesomevlm.kg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.awesomevlm.kg.cli.Main;
import org.awesomevlm.kg.importer.ListImporter;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Keeps README.md true: every {@code ./kg ...} line in its code blocks is a valid command line. */
class ReadmeTest {

    static List<String> kgCommandLines() throws IOException {
        var doc = Parser.builder().build().parse(Files.readString(Path.of("README.md")));
        List<String> lines = new ArrayList<>();
        doc.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(FencedCodeBlock block) {
                        for (String line : block.getLiteral().split("\n")) {
                            // A command may be chained (&&, |) or followed by a comment.
                            for (String part : line.replaceAll("\\s+#.*$", "").split("&&|\\|")) {
                                // Drop shell redirections: they are not arguments.
                                String cmd = part.replaceAll("\\s+\\d?[<>].*$", "").strip();
                                if (cmd.startsWith("./kg ")) {
                                    lines.add(cmd.substring("./kg ".length()));
                                }
                            }
                        }
                    }
                });
        return lines;
    }

    @Test
    void everyKgExampleInTheReadmeParses() throws IOException {
        List<String> lines = kgCommandLines();
        assertThat(lines).as("README shows ./kg examples").hasSizeGreaterThan(5);
        for (String line : lines) {
            String[] args = shellWords(line);
            CommandLine cl = Main.commandLine();
            try {
                cl.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError("README example does not parse: ./kg " + line, e);
            }
        }
    }

    /** Splits a command line into words the way a shell would for simple quoting. */
    static String[] shellWords(String line) {
        List<String> words = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("(?:[^\\s\"']+|\"[^\"]*\"|'[^']*')+").matcher(line);
        while (m.find()) {
            words.add(m.group().replaceAll("[\"']", ""));
        }
        return words.toArray(String[]::new);
    }

    @Test
    void everySubcommandIsDocumented() throws IOException {
        List<String> documented =
                kgCommandLines().stream().map(l -> l.split("\\s+")[0]).distinct().toList();
        var subcommands = new ArrayList<>(Main.commandLine().getSubcommands().keySet());
        subcommands.remove("help");
        assertThat(documented).containsAll(subcommands);
    }

    @Test
    void everySparqlExampleRunsOnTheShippedList() throws IOException {
        var doc = Parser.builder().build().parse(Files.readString(Path.of("README.md")));
        List<String> queries = new ArrayList<>();
        doc.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(FencedCodeBlock block) {
                        if ("sparql".equals(block.getInfo())) {
                            queries.add(block.getLiteral());
                        }
                    }
                });
        assertThat(queries).hasSizeGreaterThanOrEqualTo(3);
        var model = new ListImporter().importFile(Path.of("data/awesome-list.md")).model();
        for (String q : queries) {
            try (var exec = QueryExecutionFactory.create(q, model)) {
                assertThat(ResultSetFormatter.consume(exec.execSelect()))
                        .as("rows of README query:%n%s", q)
                        .isPositive();
            }
        }
    }

    @Test
    void theTwoSetUpCommandsAreShown() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("./kg serve").contains("mvn -B verify");
    }
}
