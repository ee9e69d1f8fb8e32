package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.casebook.Casebook;
import org.casebook.diag.Messages;
import org.casebook.site.LiveSite;
import org.casebook.testing.TestClock;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's console after each save, as a contributor reads it: the first rebuild lists every
 * problem; a save lists only the warnings that are new, counts the ones that went away and the ones
 * still there, and lists errors every time.
 */
class PreviewConsoleTest {

    private static final String AT_FILE = "cases/%s.md:";

    @TempDir
    Path dir;
    TestKb kb;
    LiveSite live;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PreviewConsole console;

    @BeforeEach
    void setUp() {
        kb = TestKb.create(dir.resolve("kb"));
        kb.addCase("chain", "产业链党组织", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        for (String slug : List.of("e1", "e2", "e3")) {
            emptyBody(slug);
        }
        live = new LiveSite(kb.dir(), false, Casebook.version(), TestClock.CLOCK);
        console = new PreviewConsole(Messages.forLanguage("zh-CN"), new PrintWriter(out), new PrintWriter(err));
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void aTemplateMistakeARequestMetIsListedWithHowManyProblemsItHad() {
        kb.file("casebook.yml", TestKb.CONFIG + "collections: [all]\n");
        kb.file("templates/collection.ftlh", "${nosuch.thing}");
        report(live.rebuildAll());
        live.onDemandProblems(console::reportOnDemand);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);

        assertTrue(live.site().read("print/all/index.html").isEmpty());
        assertTrue(err.toString().startsWith("templates/collection.ftlh:1:3: 错误"), err.toString());
        assertTrue(err.toString().contains("nosuch"), err.toString());
        assertTrue(out.toString().startsWith("按需生成文件时发现 1 个错误、0 个警告"), out.toString());
    }

    /** A case whose theme list is never closed: an error. */
    private void unclosedList(String slug) {
        kb.addCase(slug + ".md", "title: 产业链党组织\npark: 洋浦\ntheme: [组织建设\nmethod: 经验介绍\ndate: 2024-03-15", "正文。\n");
    }

    private void emptyBody(String slug) {
        kb.addCase(slug + ".md", "title: 空白案例" + slug + "\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-01-15"
                + "\nsummary: 摘要。", "");
    }

    /** Reports one update; {@code out} and {@code err} then hold what it printed. */
    private void report(LiveSite.Update u) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        console.report(u);
    }

    private LiveSite.Update save(String slug) {
        return live.update(List.of(kb.dir().resolve("cases/" + slug + ".md")));
    }

    private static long lines(StringWriter w, String fragment) {
        return w.toString().lines().filter(l -> l.contains(fragment)).count();
    }

    @Test
    void aSaveListsOnlyTheWarningsItBroughtAndCountsTheRest() {
        report(live.rebuildAll());
        for (String slug : List.of("e1", "e2", "e3")) {
            assertEquals(1, lines(err, AT_FILE.formatted(slug)), err.toString());
        }
        assertTrue(out.toString().contains("已重新构建全部"), out.toString());
        assertFalse(out.toString().contains("与上次相同"), out.toString());

        // an edit that changes no warning: nothing listed again, the three counted
        kb.addCase("chain", "产业链党组织建设", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        report(save("chain"));
        assertEquals("", err.toString());
        assertTrue(out.toString().contains("另有 3 个警告与上次相同"), out.toString());
        assertTrue(out.toString().contains("已更新"), out.toString());

        // a new warning in the file just saved is listed, alone
        emptyBody("chain");
        report(save("chain"));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals(1, lines(err, AT_FILE.formatted("chain")), err.toString());
        assertTrue(out.toString().contains("另有 3 个警告与上次相同"), out.toString());

        // a fixed one is counted as gone
        kb.addCase("e1", "空白案例e1", "洋浦", "组织建设", "经验介绍", "2024-01-01");
        report(save("e1"));
        assertEquals("", err.toString());
        assertTrue(out.toString().contains("有 1 个警告已消除"), out.toString());
        assertTrue(out.toString().contains("另有 3 个警告与上次相同"), out.toString());
    }

    @Test
    void errorsAreListedAfterEverySaveUntilFixed() {
        report(live.rebuildAll());
        unclosedList("chain");
        report(save("chain"));
        assertTrue(lines(err, "cases/chain.md:") > 0 && err.toString().contains("错误"), err.toString());
        assertTrue(out.toString().contains("个错误"), out.toString());
        // another file saved while the error stands: the error again, the warnings still not
        kb.addCase("e2", "空白案例e2", "洋浦", "组织建设", "经验介绍", "2024-01-02");
        report(save("e2"));
        assertTrue(lines(err, "cases/chain.md:") > 0, err.toString());
        assertEquals(0, lines(err, AT_FILE.formatted("e3")), err.toString());
    }

    @Test
    void aFirstBuildThatFailsDoesNotClaimAnEarlierSiteIsShown() {
        unclosedList("chain");
        report(live.rebuildAll());
        assertTrue(out.toString().contains("还没有可以预览的页面"), out.toString());
        assertFalse(out.toString().contains("上一次成功"), out.toString());

        kb.addCase("chain", "产业链党组织", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        report(save("chain"));
        unclosedList("chain");
        report(save("chain"));
        assertTrue(out.toString().contains("继续提供上一次成功的构建"), "once one built: " + out);
    }
}
