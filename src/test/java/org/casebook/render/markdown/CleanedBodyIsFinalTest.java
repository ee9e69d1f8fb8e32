package org.casebook.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cleaner's output is what the page shows, unchanged; and every removal is reported once, at its line. */
class CleanedBodyIsFinalTest {

    private static final String BODY = "第一段。\n\n<div onclick=\"x()\">块</div>\n\n行内 <b style=\"color:red\">粗</b>。\n\n"
            + "> 引用 <img src=\"https://example.org/a.png\" onerror=\"y()\">\n\n| 表 | <span onmouseover=\"z()\">头</span> |\n|---|---|\n| 1 | 2 |\n";

    @TempDir
    Path temp;

    @Test
    void thePageHoldsTheCleanedHtmlVerbatim() {
        TestKb kb = TestKb.create(temp).addCase("a.md", "title: 案例\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍", BODY);
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), r.diagnostics().toString());

        Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));
        LinkTargets targets = new LinkTargets(temp.resolve("cases"), Map.of(), Set.of("a"));
        // TestKb.addCase writes "---", four fields, "---" and a blank line: the body starts on line 8
        RenderedBody body = new MarkdownRenderer().render(temp.resolve("cases/a.md"), "cases/a.md", BODY, 8, targets, diags);
        assertTrue(kb.read("cases/a/index.html").contains(body.html()), "the page shows the cleaned body unchanged");

        // the <img> on line 14 also lacks alt text: a separate accessibility warning, checked on its own
        assertEquals(List.of("14:6"), diags.sorted().stream().filter(d -> d.code().equals("image.no-alt"))
                .map(d -> d.pos().line() + ":" + d.pos().column()).toList());
        List<String> found = diags.sorted().stream().filter(d -> !d.code().equals("image.no-alt"))
                .map(CleanedBodyIsFinalTest::brief).toList();
        assertEquals(List.of("10:6 html.removed-attribute onclick", "12:7 html.removed-attribute style",
                "14:43 html.removed-attribute onerror", "16:13 html.removed-attribute onmouseover"), found);
        assertEquals(found, r.diagnostics().stream().filter(d -> !d.code().equals("image.no-alt"))
                .map(CleanedBodyIsFinalTest::brief).toList(), "the build reports the same");
    }

    private static String brief(Diagnostic d) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(on[a-z]+|style)\\b").matcher(d.message());
        return d.pos().line() + ":" + d.pos().column() + " " + d.code() + " " + (m.find() ? m.group(1) : d.message());
    }
}
