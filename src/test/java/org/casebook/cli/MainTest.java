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
