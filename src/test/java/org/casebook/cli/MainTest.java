package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void buildSucceedsWithAOneLineSummary() {
        TestKb kb = TestKb.create(dir).addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        assertEquals(0, run("build", kb.dir().toString()));
        assertTrue(out.toString().startsWith("构建完成：1 个案例，"), out.toString());
        assertEquals(1, out.toString().strip().lines().count());
        assertEquals("", err.toString());
    }

    @Test
    void contentErrorsExitWithOneAndNameFileLineColumn() {
        TestKb kb = TestKb.create(dir).addCase("chain", "产业链党建", "洋浦开发", "组织建设", "经验介绍", "2024-03-15");
        assertEquals(1, run("build", kb.dir().toString()));
        assertEquals("cases/chain.md:3:7: 错误: 未知园区 “洋浦开发” — 是否指 “洋浦经济开发区”？", err.toString().strip());
        assertTrue(out.toString().startsWith("构建失败：1 个错误"), out.toString());
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void aScriptCanTellAnOutputFolderItMustChangeOrFreeFromContentToMend() throws Exception {
        TestKb kb = TestKb.create(dir).addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        assertEquals(2, run("build", kb.dir().toString(), "--out", kb.dir().toString()));
        // the folder is named even when it is the knowledge base itself
        assertTrue(err.toString().startsWith(kb.dir().toAbsolutePath().normalize() + ": 错误: 输出目录 "), err.toString());
        assertEquals(2, run("build", kb.dir().toString(), "--out", kb.dir().resolve("cases/site").toString()));

        Path site = kb.dir().resolve("site");
        try (org.casebook.site.OutputLock other = org.casebook.site.OutputLock.tryAcquire(site).orElseThrow()) {
            assertEquals(4, run("build", kb.dir().toString()));
        }
        assertTrue(err.toString().contains("site: 错误: 另一个 casebook 构建正在写入 site — 同一个输出目录一次只能有一个构建"),
                err.toString());
        assertEquals(0, run("build", kb.dir().toString()));
    }

    @Test
    void startedWithoutALocaleItSaysSoInsteadOfCallingItABug() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("园区"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", dir.resolve("园区").toString())
                .redirectErrorStream(true);
        pb.environment().clear(); // as cron or env -i: Java reads names as ASCII
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), said);
        assertTrue(said.contains("export LANG=C.UTF-8"), said);
        assertFalse(said.contains("internal error"), said);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("build", "--no-such-option"));
        assertEquals(2, run("no-such-command"));
        assertEquals(2, run());
    }

    @Test
    void versionAndHelpOnEveryCommand() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("casebook "));
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--drafts"));
        assertTrue(out.toString().contains("KB_DIR"));
    }

    @Test
    void aFolderInsideAKnowledgeBaseStandsForItAsTheCommandWindowsFolderDoes() throws Exception {
        TestKb kb = TestKb.create(dir).addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        kb.file("cases/yangpu/points.md", "---\ntitle: 积分做法\npark：洋浦\ntheme: 组织建设\nmethod: 经验介绍\n"
                + "date: 2024-03-15\n---\n\n正文。\n");
        Path inside = kb.dir().resolve("cases/yangpu");

        assertEquals(1, run("check", inside.toString()));
        assertTrue(err.toString().startsWith("cases/yangpu/points.md:3:5: 错误"), err.toString());
        assertEquals(0, run("fix", inside.toString()));
        assertTrue(java.nio.file.Files.readString(inside.resolve("points.md")).contains("\npark: 洋浦\n"), "fixed");
        assertEquals(0, run("build", inside.toString()));
        assertTrue(java.nio.file.Files.isRegularFile(kb.dir().resolve("site/cases/points/index.html")));
        assertFalse(java.nio.file.Files.exists(inside.resolve("site")), "built where the knowledge base is");
    }

    @Test
    void helpAndUsageMistakesSpeakChineseInAChineseKnowledgeBase() {
        // the tests run in this repository, whose casebook.yml says language: zh-CN
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("用法：") && out.toString().contains("输出文件夹（默认：KB_DIR/site）"), out.toString());
        assertEquals(2, run("serve", "--port", "abc"));
        assertTrue(err.toString().contains("--port 的值 “abc” 无效"), err.toString());
        assertTrue(err.toString().contains("运行 casebook help serve 查看用法"), err.toString());
        assertFalse(err.toString().contains("Invalid value"), err.toString());
    }

    @Test
    void everyCommandAndOptionHasItsChineseHelp() {
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("org.casebook.cli.help", java.util.Locale.SIMPLIFIED_CHINESE);
        picocli.CommandLine cli = new picocli.CommandLine(new Main());
        cli.setResourceBundle(zh);
        java.util.List<String> english = new java.util.ArrayList<>();
        for (picocli.CommandLine sub : cli.getSubcommands().values()) {
            var spec = sub.getCommandSpec();
            if (!hasHan(String.join("", spec.usageMessage().description()))) {
                english.add(spec.qualifiedName() + " (description)");
            }
            spec.args().stream().filter(a -> !hasHan(String.join("", a.description())))
                    .forEach(a -> english.add(spec.qualifiedName() + " " + (a.isOption()
                            ? ((picocli.CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())));
        }
        assertEquals(java.util.List.of(), english, "help still in English only");
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void outOptionWritesElsewhere() {
        TestKb kb = TestKb.create(dir).addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        Path other = dir.resolve("public");
        assertEquals(0, run("build", kb.dir().toString(), "--out", other.toString()));
        assertTrue(java.nio.file.Files.isRegularFile(other.resolve("cases/chain/index.html")));
    }

    @Test
    void whatTheCommandLineSaysOutsideTheBuildFollowsTheKnowledgeBasesLanguage() throws Exception {
        TestKb.create(dir);
        var zh = new picocli.CommandLine(new Main()).parseArgs("build", dir.toString());
        assertTrue(Main.messagesOf(zh).format("cli.out-of-memory", 512).contains("内存不足"));
        java.nio.file.Files.writeString(dir.resolve("casebook.yml"),
                java.nio.file.Files.readString(dir.resolve("casebook.yml")).replace("language: zh-CN", "language: en"));
        var en = new picocli.CommandLine(new Main()).parseArgs("build", dir.toString());
        assertTrue(Main.messagesOf(en).format("cli.out-of-memory", 512).startsWith("out of memory (Java heap limit 512 MiB)"));
    }
}
