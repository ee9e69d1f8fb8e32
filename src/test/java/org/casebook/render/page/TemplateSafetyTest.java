package org.casebook.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates can neither run code nor leak internals, and escape everything they print. */
class TemplateSafetyTest {

    @TempDir
    Path temp;

    private TestKb kb() {
        return TestKb.create(temp.resolve("kb")).addCase("a", "案例", "洋浦", "组织建设", "经验介绍", "2024-03-15");
    }

    @Test
    void aHostileOverrideCannotRunACommand() throws IOException {
        Path proof = temp.resolve("pwned");
        TestKb kb = kb().file("templates/404.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + proof + "\")}");
        BuildResult r = Casebook.at(kb.dir()).build();

        assertFalse(r.ok());
        assertFalse(Files.exists(proof), "the command ran");
        Diagnostic d = r.diagnostics().get(0);
        assertEquals("template.error", d.code());
        assertEquals("templates/404.ftlh", d.pos().file());
        assertEquals(1, d.pos().line());
        assertTrue(d.message().contains("Execute"), "names what was refused: " + d.message());
        assertFalse(d.message().contains("\n") || d.message().contains("\tat ") || d.message().contains("FTL stack trace"),
                "one line, no stack trace: " + d.message());
        assertFalse(Files.exists(kb.site()), "no page was published");
    }

    @Test
    void aMissingValueIsNamedInTheOneLineMessage() {
        TestKb kb = kb().file("templates/404.ftlh", "<p>\n  ${page.nosuch.thing}</p>");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertFalse(r.ok());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals("templates/404.ftlh", d.pos().file());
        assertEquals(2, d.pos().line());
        assertTrue(d.message().contains("page.nosuch"), "says which expression is missing: " + d.message());
        assertFalse(d.message().contains("\n") || d.message().contains("[in template"), "one line: " + d.message());
    }

    @Test
    void jythonAndObjectConstructorAreRefusedToo() {
        for (String cls : List.of("freemarker.template.utility.ObjectConstructor", "freemarker.template.utility.JythonRuntime",
                "java.lang.ProcessBuilder")) {
            TestKb kb = TestKb.create(temp.resolve(cls)).addCase("a", "案例", "洋浦", "组织建设", "经验介绍", "2024-03-15")
                    .file("templates/404.ftlh", "${\"" + cls + "\"?new()}");
            BuildResult r = Casebook.at(kb.dir()).build();
            assertFalse(r.ok(), cls);
            assertEquals("template.error", r.diagnostics().get(0).code(), cls);
        }
    }

    @Test
    void apiBuiltinIsOff() {
        TestKb kb = kb().file("templates/404.ftlh", "${site?api.class.protectionDomain}");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertFalse(r.ok());
        assertTrue(r.diagnostics().get(0).message().contains("api"), r.diagnostics().get(0).message());
    }

    @Test
    void plainFtlIncludesAreEscapedToo() {
        TestKb kb = TestKb.create(temp.resolve("kb"));
        kb.file("casebook.yml", TestKb.CONFIG.replace("title: 测试经验库", "title: \"<script>window.__pwned=1</script>\""));
        kb.addCase("a", "案例", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        kb.file("templates/part.ftl", "<p id=\"part\">${site.title}</p>");
        kb.file("templates/404.ftlh", "<#include \"part.ftl\">");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String page = kb.read("404.html");
        assertTrue(page.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>window"), page);
    }

    @Test
    void theDefaultThemeUsesNoEvalInterpretOrUnescapedOutputBeyondTheCleanedBody() throws IOException {
        Pattern risky = Pattern.compile("\\?(eval|eval_json|interpret|new|api|no_esc)\\b|<#noautoesc|auto_esc\\s*=\\s*false"
                + "|output_format|\\?markup_string");
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftl")).toList()) {
                String text = Files.readString(f);
                Matcher m = risky.matcher(text);
                while (m.find()) {
                    String line = text.substring(text.lastIndexOf('\n', m.start()) + 1, text.indexOf('\n', m.start()));
                    assertEquals("${page.html?no_esc}", line.strip(),
                            f + ": only the cleaned case body may skip escaping, found " + m.group() + " in " + line);
                }
            }
        }
    }

    @Test
    void templatesNeverOpenNewWindowsWithoutNoopener() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.contains("_blank")) {
                        assertTrue(line.contains("noopener") && line.contains("noreferrer"), f + ": " + line);
                    }
                }
            }
        }
    }
}
