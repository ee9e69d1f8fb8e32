package org.casebook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cli.Main;
import org.casebook.config.BuildClock;
import org.casebook.config.ConfigLoader;
import org.casebook.diag.DiagnosticFormatter;
import org.casebook.diag.Messages;
import org.casebook.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of broken knowledge bases under {@code src/test/resources/broken/}: each folder is a
 * small knowledge base with one kind of mistake (or several), and {@code expected.txt} holds the exact
 * diagnostics {@code casebook check} must print for it, in order, one per line. One run must report
 * all of them, through the command line, without a stack trace.
 */
class BrokenKnowledgeBasesTest {

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Path root() throws URISyntaxException {
        return Path.of(BrokenKnowledgeBasesTest.class.getResource("/broken").toURI());
    }

    /** Diagnostics whose text names the build's "today" (documented in docs/contributors.md). */
    static final java.util.Set<String> DATE_DEPENDENT = java.util.Set.of("case.date-future");

    /** The catalogue's "today": expected files that mention today's date are written against it. */
    static final java.time.LocalDate TODAY = TestClock.TODAY;

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void checkReportsExactlyTheExpectedDiagnosticsInOneRun(String name) throws Exception {
        Path kb = root().resolve(name);
        List<String> expected = Files.readAllLines(kb.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertFalse(expected.isEmpty(), "a fixture must expect at least one diagnostic");

        BuildResult result = Casebook.at(kb).clock(BuildClock.fixed(TODAY)).check();
        DiagnosticFormatter formatter = new DiagnosticFormatter(Messages.forLanguage(ConfigLoader.peekLanguage(kb)));
        List<String> actual = result.diagnostics().stream().map(formatter::format).toList();
        if (Boolean.getBoolean("casebook.printFixtures")) {
            Files.write(kb.resolve("actual.txt"), actual, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, name);

        // the same through the command line, in one run: every line on stderr, no stack trace anywhere
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"check", kb.toString()}, new PrintWriter(out), new PrintWriter(err),
                TestClock.env(TODAY));
        List<String> printed = err.toString().lines().toList();
        assertEquals(expected, printed, name + " (command line)");
        assertEquals(result.errors() > 0 ? 1 : 0, code, "exit code");
        String all = out + "\n" + err;
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("internal error"),
                "no stack trace or internal error: " + all);
        assertEquals(1, out.toString().lines().count(), "one summary line: " + out);
        assertTrue(Files.notExists(kb.resolve("site")), "check writes nothing");
    }
}
