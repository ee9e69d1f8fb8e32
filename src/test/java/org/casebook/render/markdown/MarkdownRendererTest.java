package org.casebook.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {

    @TempDir
    Path kb;

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private RenderedBody render(String markdown) throws Exception {
        Path cases = Files.createDirectories(kb.resolve("cases/yangpu"));
        Files.writeString(cases.resolve("other.md"), "x");
        Files.createDirectories(cases.resolve("img"));
        Files.write(cases.resolve("img/图 1.png"), new byte[] {1, 2, 3});
        Files.writeString(kb.resolve("secret.txt"), "secret");
        LinkTargets targets = new LinkTargets(kb.resolve("cases"),
                Map.of(cases.resolve("other.md").toAbsolutePath().normalize(), "other"), Set.of("other"));
        return renderer.render(cases.resolve("chain.md"), "cases/yangpu/chain.md", markdown, 10, targets, diags);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "抓好**“三张清单”**工作|抓好<strong>“三张清单”</strong>工作",
        "推行**积分制**管理|推行<strong>积分制</strong>管理",
        "一是**《实施办法》**落地|一是<strong>《实施办法》</strong>落地",
        "实行*“一企一策”*服务|实行<em>“一企一策”</em>服务",
        "**“党建+”**模式|<strong>“党建+”</strong>模式",
        "建立**“大党委”**。|建立<strong>“大党委”</strong>。",
        "a **b** c|a <strong>b</strong> c",
        "2 * 3 * 4|2 * 3 * 4",
    })
    void chineseEmphasisRendersAsAuthorsMeanIt(String markdown, String expected) throws Exception {
        assertEquals("<p>" + expected + "</p>", render(markdown).html().strip());
    }

    @Test
    void linksToCaseFilesBecomeLinksToTheirPages() throws Exception {
        String html = render("见[洋浦做法](other.md#做法)。").html();
        assertTrue(html.contains("href=\"../other/index.html#做法\""), html);
        assertTrue(diags.sorted().isEmpty());
    }

    @Test
    void imagesBesideTheCaseAreCopiedIntoFiles() throws Exception {
        RenderedBody body = render("![组织图](img/图%201.png)");
        assertTrue(body.html().contains("src=\"../../files/yangpu/img/%E5%9B%BE%201.png\""), body.html());
        assertEquals("files/yangpu/img/图 1.png", body.attachments().get(0).sitePath());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "![组织图](img/图 1.png)",
        "![组织图](<img/图 1.png>)",
        "![组织图](img/图 1.png \"园区组织图\")",
    })
    void aFileNameWithASpaceAsWindowsNamesItLinksAsWritten(String markdown) throws Exception {
        RenderedBody body = render(markdown + "，另见（图 2）");
        assertTrue(body.html().contains("src=\"../../files/yangpu/img/%E5%9B%BE%201.png\""), body.html());
        assertTrue(body.html().contains("，另见（图 2）"), "the text after it stays text: " + body.html());
        assertEquals("files/yangpu/img/图 1.png", body.attachments().get(0).sitePath());
        assertTrue(diags.sorted().isEmpty(), diags.sorted().toString());
    }

    @Test
    void brokenAndEscapingLinksAreReportedAtTheirLine() throws Exception {
        render("第一行\n\n[坏链接](missing.md) ![图](../../secret.txt)\n");
        var all = diags.sorted();
        assertEquals(2, all.size(), all.toString());
        assertEquals("link.missing-case", all.get(0).code());
        assertEquals(12, all.get(0).pos().line());
        assertEquals(1, all.get(0).pos().column());
        assertEquals("link.outside", all.get(1).code());
        assertEquals(12, all.get(1).pos().line());
    }

    @Test
    void scriptSchemesInAnyEncodingAreNeutralised() throws Exception {
        String html = render("[a](javascript:alert(1)) [b](&#106;avascript:alert(1)) [c](java%0Ascript:alert(1)) "
                + "<javascript:alert(1)> [d](JaVaScRiPt:alert(1))").html();
        assertFalse(html.toLowerCase().contains("href=\"javascript"), html);
        assertFalse(html.toLowerCase().contains("href=\"&#106;"), html);
        // every one of the five, the <javascript:...> autolink and the percent-encoded one included: a browser
        // would read java%0Ascript: as a file name, but no author means that, so it is reported like the rest
        assertEquals(5, diags.warningCount(), diags.sorted().toString());
        assertTrue(diags.sorted().stream().allMatch(d -> d.code().equals("link.unsafe-scheme")), diags.sorted().toString());
        assertFalse(html.toLowerCase().contains("href=\"java%0ascript"), html);
    }

    @Test
    void rawHtmlIsCleaned() throws Exception {
        String html = render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<b onclick=\"x()\">粗</b>").html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("onclick"), html);
        assertTrue(html.contains("<b>粗</b>"), html);
    }

    @Test
    void headingsGiveATableOfContentsAndPlainText() throws Exception {
        RenderedBody body = render("## 一、背景\n\n文字\n\n### （一）做法\n\n- 列表\n\n| 表 | 头 |\n|---|---|\n| 1 | 2 |\n");
        assertEquals(2, body.toc().size());
        assertEquals("一、背景", body.toc().get(0).text());
        assertTrue(body.html().contains("id=\"" + body.toc().get(0).id() + "\""));
        assertTrue(body.text().contains("文字"));
        assertTrue(body.html().contains("<table"));
    }

    /** The plain text the index and its snippets are made from reads a table as cells, each row ended. */
    @Test
    void aTablesPlainTextSetsItsCellsApartAndEndsEachRow() throws Exception {
        RenderedBody body = render("前文。\n\n| 清单类型 | 条目数 | 已完成 | 完成率 |\n|---|---:|---:|---:|\n"
                + "| 问题清单 | 14 | 9 | 64% |\n| 需求清单 |  | 18 | 已办结。 |\n\n后文。\n");
        assertEquals("前文。\n\n清单类型 · 条目数 · 已完成 · 完成率；\n问题清单 · 14 · 9 · 64%；\n"
                + "需求清单 · 18 · 已办结。\n\n后文。", body.text().replaceAll(" {2,}", " "),
                "an empty cell adds no separator (its blank is whitespace); a row that ends a sentence keeps its own end");
        assertTrue(body.html().contains("<tr><td>问题清单</td><td align=\"right\">14</td><td align=\"right\">9</td>"), body.html());
        assertFalse(body.html().contains("·") || body.html().contains("；"), "the page's table is as it was");
        // a table without Chinese ends its rows as English does
        assertEquals("Type · Count;\nProblems · 14;\n", render("| Type | Count |\n|---|---|\n| Problems | 14 |\n").text());
        // text outside tables is flexmark's, as before
        assertEquals("抓好“三张清单”工作", render("抓好**“三张清单”**工作\n").text());
    }

    /** The lighter parsers are an optimisation only: on every input they must give the full parser's HTML. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "访问 https://example.org/a?b=1 了解",
        "见 www.example.org 和 WWW.EXAMPLE.ORG/x",
        "联系 dangjian@example.org",
        "mailto:someone 与 news:comp.lang",
        "| 项目 | 数量 |\n|---|---|\n| 党员 | 12 |",
        "不是表格 a|b",
        "纯中文，没有链接：也没有表格。**强调**与*斜体*",
        "脚注[^1]\n\n[^1]: 说明 http://a.b/c",
        "- [x] 完成 www.x.org\n- [ ] 未完成",
        "ftp://files.example.org/a.pdf",
    })
    void everyParserVariantGivesTheFullParsersHtml(String markdown) {
        int syntax = MarkdownRenderer.Syntax.of(markdown);
        String full = renderer.htmlRenderer().render(renderer.parser(MarkdownRenderer.Syntax.ALL).parse(markdown));
        String chosen = renderer.htmlRenderer().render(renderer.parser(syntax).parse(markdown));
        assertEquals(full, chosen);
    }

    @Test
    void theLightestParserReallyLacksAutolinksAndTables() {
        // otherwise the comparison above would hold whatever Syntax.of answered
        for (String markdown : java.util.List.of("见 https://example.org", "| a | b |\n|---|---|\n| 1 | 2 |")) {
            String full = renderer.htmlRenderer().render(renderer.parser(MarkdownRenderer.Syntax.ALL).parse(markdown));
            String none = renderer.htmlRenderer().render(renderer.parser(0).parse(markdown));
            assertFalse(full.equals(none), markdown);
        }
    }

    @Test
    void sampleBodiesRenderTheSameWithTheLighterParsers() throws Exception {
        java.util.List<Path> files;
        try (var s = Files.walk(Path.of("cases"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 20);
        int lighter = 0;
        for (Path f : files) {
            String md = Files.readString(f);
            int syntax = MarkdownRenderer.Syntax.of(md);
            lighter += syntax == MarkdownRenderer.Syntax.ALL ? 0 : 1;
            assertEquals(renderer.htmlRenderer().render(renderer.parser(MarkdownRenderer.Syntax.ALL).parse(md)),
                    renderer.htmlRenderer().render(renderer.parser(syntax).parse(md)), f.toString());
        }
        assertTrue(lighter > 0, "no sample body took a lighter parser");
    }
}
