package org.casebook.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.SiteSafety;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Builds every hostile fixture and checks its outcome against its {@code expected.txt}. */
class HostileFixturesTest {

    @TempDir
    Path temp;

    @Test
    void thereAreEnoughFixtures() {
        assertTrue(HostileFixture.all().size() >= 35, "at least 35 hostile knowledge bases");
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureEndsAsExpected() {
        return HostileFixture.all().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> check(f)));
    }

    private void check(HostileFixture f) throws IOException {
        Path kb = temp.resolve(f.name());
        f.install(kb);
        BuildResult result = Casebook.at(kb).build();
        String report = describe(result.diagnostics());

        assertEquals(f.buildOk(), result.ok(), f.name() + ": build outcome\n" + report);
        for (HostileFixture.Expected e : f.expected()) {
            assertTrue(result.diagnostics().stream().anyMatch(e::matches),
                    f.name() + ": expected " + e + "\nactual:\n" + report);
        }
        List<String> unexpected = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError() && f.expected().stream().noneMatch(e -> e.messagePart() == null && e.matches(d))) {
                unexpected.add(d.toString());
            }
        }
        assertTrue(unexpected.isEmpty(), f.name() + ": errors not in expected.txt:\n" + report);
        for (Diagnostic d : result.diagnostics()) {
            assertFalse(d.message().contains("Exception") || d.message().contains("\tat "),
                    f.name() + ": a diagnostic leaks an exception: " + d);
            assertFalse(d.pos().file().isEmpty(), f.name() + ": a diagnostic without a file: " + d);
        }

        Path site = kb.resolve("site");
        assertFalse(Files.exists(kb.resolve(".site.building")), "no staging folder left behind");
        if (result.ok()) {
            assertTrue(Files.isRegularFile(site.resolve("index.html")), "a complete site");
            List<String> problems = SiteSafety.problems(site);
            assertTrue(problems.isEmpty(), f.name() + ": the site can run script:\n" + String.join("\n", problems));
        } else {
            assertFalse(Files.exists(site), f.name() + ": a failed build wrote a site");
        }
        for (String[] c : f.siteChecks()) {
            String page = Files.readString(site.resolve(c[1]), StandardCharsets.UTF_8);
            if (c[0].equals("site-contains")) {
                assertTrue(page.contains(c[2]), f.name() + ": " + c[1] + " should contain " + c[2]);
            } else {
                assertFalse(page.contains(c[2]), f.name() + ": " + c[1] + " should not contain " + c[2]);
            }
        }
    }

    static String describe(List<Diagnostic> ds) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : ds) {
            sb.append("  ").append(d.severity().name().toLowerCase()).append(' ').append(d.pos()).append(' ')
                    .append(d.code()).append(" — ").append(d.message()).append('\n');
        }
        return sb.toString();
    }

}
