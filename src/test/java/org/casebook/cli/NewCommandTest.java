package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.config.ConfigLoader;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path dir;
    TestKb kb;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        kb = TestKb.create(dir.resolve("kb"));
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "new";
        all[1] = kb.dir().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.execute(all, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void withFlagsWritesACaseThatPassesTheCheckAndPrintsItsPath() throws Exception {
        int code = run("--title", "以产业链党组织推动企业党建全覆盖", "--park", "洋浦", "--theme", "组织建设,积分制度",
                "--method", "观摩会", "--date", "2024-03-15");
        assertEquals(0, code, err.toString());
        Path file = kb.dir().resolve("cases/yangpu/yangpu-2024-03-15.md");
        assertTrue(out.toString().contains("cases/yangpu/yangpu-2024-03-15.md"), out.toString());
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\ntitle: 以产业链党组织推动企业党建全覆盖\npark: 洋浦经济开发区\n"
                + "theme: [组织建设, 积分管理]\nmethod: 现场会\ndate: 2024-03-15\n"), text);
        assertTrue(text.contains("## 一、案例背景"));
        BuildResult check = Casebook.at(kb.dir()).check();
        assertTrue(check.ok(), check.diagnostics().toString());
    }

    @Test
    void refusesToOverwriteOrReuseASlug() throws Exception {
        assertEquals(0, run("--title", "第一个", "--park", "洋浦", "--theme", "组织建设", "--method", "现场会",
                "--slug", "chain"));
        Path file = kb.dir().resolve("cases/yangpu/chain.md");
        String before = Files.readString(file);
        int code = run("--title", "第二个", "--park", "洋浦", "--theme", "组织建设", "--method", "现场会", "--slug", "chain");
        assertEquals(1, code);
        assertTrue(err.toString().contains("“chain” 已被 cases/yangpu/chain.md 使用"), err.toString());
        assertEquals(before, Files.readString(file), "the existing file is untouched");
    }

    @Test
    void refusesASlugAnotherCaseGivesOnItsSlugLine() throws Exception {
        kb.file("cases/yangpu/industrial-chain.md", "---\ntitle: 产业链\npark: 洋浦\ntheme: 组织建设\nmethod: 现场会\n"
                + "date: 2024-03-15\nslug: chain-committee\n---\n\n正文。\n");
        int code = run("--title", "另一个", "--park", "洋浦", "--theme", "组织建设", "--method", "现场会",
                "--slug", "chain-committee");
        assertEquals(1, code);
        assertTrue(err.toString().contains("“chain-committee” 已被 cases/yangpu/industrial-chain.md 使用"), err.toString());
        assertFalse(Files.exists(kb.dir().resolve("cases/yangpu/chain-committee.md")));
    }

    @Test
    void aSuggestedSlugNeverCollides() {
        for (int i = 0; i < 2; i++) {
            assertEquals(0, run("--title", "同一天的案例", "--park", "洋浦", "--theme", "组织建设", "--method", "现场会",
                    "--date", "2024-05-01"));
        }
        assertTrue(Files.exists(kb.dir().resolve("cases/yangpu/yangpu-2024-05-01.md")));
        assertTrue(Files.exists(kb.dir().resolve("cases/yangpu/yangpu-2024-05-01-2.md")));
    }

    @Test
    void anAsciiTitleGivesAWordSlug() {
        assertEquals(0, run("--title", "Smart Party-Building: 2.0", "--park", "江东新区", "--theme", "组织建设",
                "--method", "现场会"));
        assertTrue(Files.exists(kb.dir().resolve("cases/jiangdong/smart-party-building-2-0.md")), out.toString());
    }

    @Test
    void refusesASlugThatIsNotAsciiSafeAndSuggestsOne() {
        int code = run("--title", "产业链", "--park", "洋浦", "--theme", "组织建设", "--method", "现场会", "--slug", "产业链",
                "--date", "2024-03-15");
        assertEquals(1, code);
        assertTrue(err.toString().contains("文件名 “产业链” 不能用作网址") && err.toString().contains("yangpu-2024-03-15"),
                err.toString());
        assertFalse(Files.exists(kb.dir().resolve("cases/yangpu")));
    }

    @Test
    void anUnknownTermWithoutATerminalIsAnErrorWithDidYouMean() {
        int code = run("--title", "标题", "--park", "洋浦开发", "--theme", "组织建设", "--method", "现场会");
        assertEquals(1, code);
        assertTrue(err.toString().contains("未知园区 “洋浦开发” — 是否指 “洋浦经济开发区”？"), err.toString());
    }

    @Test
    void withoutATerminalMissingOptionsAreNamed() {
        assertEquals(1, run("--park", "洋浦"));
        assertTrue(err.toString().contains("--title"), err.toString());
    }

    @Test
    void onATerminalAsksListsChoicesAndConfirmsATypo() throws Exception {
        Deque<String> answers = new ArrayDeque<>(List.of(
                "线上党课的做法",   // title
                "洋浦开发", "y",   // park: typo, then yes to the suggestion
                "2，积分制度",      // theme: a number and an alias, with a Chinese comma
                "座谈会", "观摩会", // method: unknown without suggestion, then an alias
                "2024-02-30", "",  // date: impossible, then today
                "Bad Slug", ""));  // slug: invalid, then the suggestion
        Diagnostics d = new Diagnostics(Messages.forLanguage("zh-CN"));
        var config = ConfigLoader.load(kb.dir(), d).orElseThrow();
        NewCase wizard = new NewCase(kb.dir(), config, d.messages(), prompt -> Optional.ofNullable(answers.poll()),
                new PrintWriter(out), new PrintWriter(err), LocalDate.of(2024, 6, 1));
        assertEquals(0, wizard.run(new NewCase.Answers(null, java.util.Map.of(), null, null)), err.toString());
        assertTrue(answers.isEmpty(), "every answer was used: " + answers);
        String shown = out.toString();
        assertTrue(shown.contains(" 1. 洋浦经济开发区（洋浦、洋浦开发区）"), shown);
        assertTrue(err.toString().contains("未知园区 “洋浦开发”"), err.toString());
        assertTrue(err.toString().contains("日期 “2024-02-30” 无效"), err.toString());
        String text = Files.readString(kb.dir().resolve("cases/yangpu/yangpu-2024-06-01.md"));
        assertTrue(text.contains("park: 洋浦经济开发区\ntheme: [党员教育, 积分管理]\nmethod: 现场会\ndate: 2024-06-01\n"), text);
    }
    @Test
    void onATerminalATermNamedAtTheConfirmationIsThatTerm() throws Exception {
        Deque<String> answers = new ArrayDeque<>(List.of("新做法",
                "洋浦开发", "江东新区", // park: a typo, then an alias of another park instead of yes or no
                "组织建设", "现场会", "", ""));
        assertEquals(0, wizard(answers).run(new NewCase.Answers(null, java.util.Map.of(), null, null)), err.toString());
        assertTrue(answers.isEmpty(), "every answer was used: " + answers);
        String text = Files.readString(kb.dir().resolve("cases/jiangdong/jiangdong-2024-06-01.md"));
        assertTrue(text.contains("park: 海口江东新区\n"), text);
    }

    @Test
    void onATerminalAnEndedInputSaysSoAndWritesNothing() throws Exception {
        Deque<String> answers = new ArrayDeque<>(List.of("新做法")); // then Ctrl-D at the park
        assertEquals(1, wizard(answers).run(new NewCase.Answers(null, java.util.Map.of(), null, null)));
        assertTrue(err.toString().contains("输入已结束，没有创建案例"), err.toString());
        assertFalse(err.toString().contains("…"), "no placeholder left in the message: " + err);
        try (var files = Files.walk(kb.dir().resolve("cases"))) {
            assertTrue(files.noneMatch(f -> f.toString().contains("2024-06-01")), "nothing written");
        }
    }

    private NewCase wizard(Deque<String> answers) {
        Diagnostics d = new Diagnostics(Messages.forLanguage("zh-CN"));
        var config = ConfigLoader.load(kb.dir(), d).orElseThrow();
        return new NewCase(kb.dir(), config, d.messages(), prompt -> Optional.ofNullable(answers.poll()),
                new PrintWriter(out), new PrintWriter(err), LocalDate.of(2024, 6, 1));
    }

    /** The park's folder is a file (a saved web page named "yangpu", say): said in Chinese, not as a bare path. */
    @Test
    void aFileWhereTheCasesFolderMustGoIsNamedWithHowToFixIt() throws Exception {
        Path inTheWay = kb.dir().resolve("cases/yangpu");
        Files.writeString(inTheWay, "不是文件夹");
        int code = run("--title", "以产业链党组织推动企业党建全覆盖", "--park", "洋浦", "--theme", "组织建设",
                "--method", "观摩会", "--date", "2024-03-15");
        assertEquals(1, code);
        assertTrue(err.toString().contains(inTheWay + " 是一个文件，但这里需要一个文件夹 — 把这个文件移走或改名"), err.toString());
    }
}
