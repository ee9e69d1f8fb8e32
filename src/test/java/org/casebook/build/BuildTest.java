package org.casebook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.SiteTree;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds of small knowledge bases, checked as a reader meets the output. */
class BuildTest {

    @TempDir
    Path dir;

    private TestKb kb() {
        return TestKb.create(dir)
                .addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15")
                .addCase("points", "积分制度", "三亚CBD", "积分制度", "[现场会, 线上分享]", "2023-05-01")
                .addCase("draft-case.md", "title: 草稿案例\npark: 洋浦经济开发区\ntheme: 组织建设\nmethod: 经验介绍\ndraft: true",
                        "草稿正文\n");
    }

    @Test
    void aliasesAppearUnderTheCanonicalTermWithTheCanonicalName() {
        TestKb kb = kb();
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        String yangpu = kb.read("park/yangpu/index.html");
        assertTrue(yangpu.contains("cases/chain/index.html"));
        assertTrue(yangpu.contains("<h1>洋浦经济开发区</h1>"));
        String points = kb.read("cases/points/index.html");
        assertTrue(points.contains(">三亚中央商务区</a>"), "canonical park name on the case page");
        assertTrue(points.contains("../../theme/points/index.html"));
        assertFalse(points.contains("三亚CBD</a>"));
    }

    @Test
    void draftsAreAbsentUnlessAskedFor() throws IOException {
        TestKb kb = kb();
        BuildResult r = Casebook.at(kb.dir()).build();
        assertEquals(2, r.stats().cases());
        assertFalse(Files.exists(kb.site().resolve("cases/draft-case/index.html")));
        assertFalse(SiteTree.anyFileContains(kb.site(), "草稿案例"), "no page names the draft");
        assertTrue(kb.read("park/yangpu/index.html").contains("1 个案例"));

        BuildResult withDrafts = Casebook.at(kb.dir()).drafts(true).build();
        assertEquals(3, withDrafts.stats().cases());
        assertTrue(kb.read("cases/draft-case/index.html").contains("草稿"));
        assertTrue(kb.read("park/yangpu/index.html").contains("2 个案例"));
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        TestKb kb = kb();
        Path a = dir.resolve("out-a");
        Path b = dir.resolve("out-b");
        assertTrue(Casebook.at(kb.dir()).output(a).build().ok());
        assertTrue(Casebook.at(kb.dir()).output(b).build().ok());
        Map<String, String> ha = SiteTree.hashes(a);
        assertEquals(ha, SiteTree.hashes(b));
        assertTrue(ha.size() > 10);
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
        TestKb kb = kb();
        assertTrue(Casebook.at(kb.dir()).build().ok());
        Map<String, String> before = SiteTree.hashes(kb.site());
        kb.addCase("broken", "坏案例", "不存在的园区", "组织建设", "经验介绍", "2024-01-01");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertFalse(r.ok());
        assertEquals("term.unknown", r.diagnostics().get(0).code());
        assertEquals("cases/broken.md", r.diagnostics().get(0).pos().file());
        assertEquals(3, r.diagnostics().get(0).pos().line());
        assertEquals(before, SiteTree.hashes(kb.site()));
        try (var s = Files.list(dir)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".site")).count(), "no staging left");
        }
    }

    @Test
    void paginatesTermPagesPastThePageSize() {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\npage_size: 2"));
        for (int i = 1; i <= 5; i++) {
            kb.addCase("c" + i, "案例" + i, "洋浦", "组织建设", "经验介绍", "2024-01-0" + i);
        }
        assertTrue(Casebook.at(kb.dir()).build().ok());
        // pages are cut from the oldest case on: two, two, and the newest one first
        assertTrue(Files.exists(kb.site().resolve("park/yangpu/page/3/index.html")));
        String p1 = kb.read("park/yangpu/index.html");
        assertTrue(p1.contains("cases/c5/") && !p1.contains("cases/c4/"), p1);
        assertTrue(p1.contains("href=\"../../park/yangpu/page/2/index.html\""), p1);
        String p2 = kb.read("park/yangpu/page/2/index.html");
        assertTrue(p2.indexOf("cases/c4/") >= 0 && p2.indexOf("cases/c4/") < p2.indexOf("cases/c3/"), "newest first: " + p2);
        assertTrue(kb.read("park/yangpu/page/3/index.html").contains("cases/c1/"));
    }

    @Test
    void aCaseAddedAtTheTopChangesTheFirstPageOfAListingOnly() throws IOException {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\npage_size: 4"));
        for (int i = 1; i <= 10; i++) {
            kb.addCase("c" + i, "案例" + i, "洋浦", "组织建设", "经验介绍", String.format("2024-01-%02d", i));
        }
        assertTrue(Casebook.at(kb.dir()).build().ok());
        List<String> later = List.of("park/yangpu/page/2/index.html", "park/yangpu/page/3/index.html",
                "cases/page/2/index.html", "cases/page/3/index.html", "theme/organization/page/3/index.html");
        List<String> before = new ArrayList<>();
        for (String page : later) {
            before.add(kb.read(page));
        }
        kb.addCase("c11", "案例11", "洋浦", "组织建设", "经验介绍", "2024-01-11");
        assertTrue(Casebook.at(kb.dir()).build().ok());
        for (int i = 0; i < later.size(); i++) {
            assertEquals(before.get(i), kb.read(later.get(i)), later.get(i) + " changed");
        }
        String first = kb.read("park/yangpu/index.html");
        assertTrue(first.contains("cases/c11/") && first.contains("cases/c9/") && !first.contains("cases/c8/"), first);
        assertTrue(first.contains("11 个案例"), "the first page counts the new case");
        assertEquals(false, Files.exists(kb.site().resolve("park/yangpu/page/4/index.html")));
    }

    @Test
    void englishIsASetting() {
        TestKb kb = TestKb.create(dir).addCase("chain", "Chain", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: en"));
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok());
        String home = kb.read("index.html");
        assertTrue(home.contains("<html lang=\"en\">"));
        assertTrue(home.contains("Latest cases"));
    }

    @Test
    void aKnowledgeBaseTemplateOverridesTheDefaultThemeFileByFile() {
        TestKb kb = kb();
        kb.file("templates/404.ftlh", "<#import \"layout.ftlh\" as l><@l.page title=\"自定义\"><p>自定义404</p></@l.page>");
        assertTrue(Casebook.at(kb.dir()).build().ok());
        assertTrue(kb.read("404.html").contains("自定义404"));
        assertTrue(kb.read("index.html").contains("最新案例"), "other templates still come from the default theme");
    }

    @Test
    void aBrokenTemplateIsReportedWithItsFileAndLine() {
        TestKb kb = kb();
        kb.file("templates/404.ftlh", "<p>\n${nosuchvariable}\n</p>");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertFalse(r.ok());
        var d = r.diagnostics().get(0);
        assertEquals("templates/404.ftlh", d.pos().file());
        assertEquals(2, d.pos().line());
        assertFalse(d.message().contains("\tat "), "no stack trace");
    }
}
