package org.casebook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cli.Main;
import org.casebook.config.BuildClock;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.SiteTree;
import org.casebook.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time is an input: the diagnostics catalogue and the golden builds run under two clocks years
 * apart, and only the documented date-dependent lines may differ. A build that read the computer's
 * date anywhere would differ here (or, like the catalogue once did, fail on every day but one).
 */
class ClockIndependenceTest {

    private static final LocalDate A = LocalDate.of(2026, 12, 5);
    private static final LocalDate B = LocalDate.of(2031, 6, 15);
    /** Diagnostics whose text names the build's "today" (documented in docs/contributors.md). */
    private static final Set<String> DATE_DEPENDENT = Set.of("case.date-future");

    @TempDir
    Path tmp;

    @Test
    void theCatalogueSaysTheSameOnAnyDayButTheDateItNames() throws IOException {
        Path broken = Path.of("src/test/resources/broken");
        int dateLines = 0;
        try (Stream<Path> dirs = Files.list(broken)) {
            for (Path kb : dirs.filter(Files::isDirectory).sorted().toList()) {
                List<Diagnostic> a = Casebook.at(kb).clock(BuildClock.fixed(A)).check().diagnostics();
                List<Diagnostic> b = Casebook.at(kb).clock(BuildClock.fixed(B)).check().diagnostics();
                assertEquals(a.size(), b.size(), kb + ": the same problems on both days");
                for (int i = 0; i < a.size(); i++) {
                    Diagnostic x = a.get(i);
                    Diagnostic y = b.get(i);
                    assertEquals(x.code(), y.code(), kb.toString());
                    assertEquals(x.pos(), y.pos(), kb.toString());
                    if (DATE_DEPENDENT.contains(x.code())) {
                        dateLines++;
                        assertTrue(x.message().contains(A.toString()), x.message());
                        assertEquals(x.message().replace(A.toString(), B.toString()), y.message(),
                                "only the named date differs");
                    } else {
                        assertEquals(x.message(), y.message(), kb + ": not date-dependent");
                        assertEquals(x.hint(), y.hint(), kb.toString());
                    }
                }
            }
        }
        assertTrue(dateLines > 0, "the catalogue holds a date-dependent diagnostic, so this test can see one");
    }

    @Test
    void goldenBuildsAreByteIdenticalUnderTwoClocks() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path golden : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path a = tmp.resolve(golden.getFileName() + "-a");
                Path b = tmp.resolve(golden.getFileName() + "-b");
                assertTrue(Casebook.at(golden.resolve("kb")).output(a).clock(BuildClock.fixed(A)).build().ok());
                assertTrue(Casebook.at(golden.resolve("kb")).output(b).clock(BuildClock.fixed(B)).build().ok());
                assertEquals(SiteTree.hashes(a), SiteTree.hashes(b), golden + ": the same bytes on any day");
            }
        }
    }

    @Test
    void sourceDateEpochFixesTodayOnTheCommandLine() throws IOException {
        Path kb = Path.of("src/test/resources/broken/date-in-future");
        assertTrue(check(kb, TestClock.env(A)).contains("（" + A + "）"));
        assertTrue(check(kb, TestClock.env(B)).contains("（" + B + "）"));
    }

    @Test
    void aMalformedSourceDateEpochIsAnErrorNamingTheVariable() throws IOException {
        Path kb = Path.of("src/test/resources/golden").toAbsolutePath();
        try (Stream<Path> dirs = Files.list(kb)) {
            kb = dirs.filter(Files::isDirectory).sorted().findFirst().orElseThrow().resolve("kb");
        }
        BuildResult r = Casebook.at(kb).output(tmp.resolve("bad"))
                .clock(BuildClock.fromEnvironment(Map.of(BuildClock.SOURCE_DATE_EPOCH, "2026-06-30"))).build();
        assertFalse(r.ok());
        assertEquals(List.of("clock.bad-epoch"), r.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(Files.notExists(tmp.resolve("bad")), "a failed build writes nothing");
        String printed = check(kb, Map.of(BuildClock.SOURCE_DATE_EPOCH, "yesterday"));
        assertTrue(printed.startsWith("SOURCE_DATE_EPOCH: 错误:"), printed);
        assertTrue(printed.contains("“yesterday”"), printed);
    }

    private static String check(Path kb, Map<String, String> env) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.execute(new String[] {"check", kb.toString()}, new PrintWriter(out), new PrintWriter(err), env);
        return err.toString();
    }
}
