package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casebook check}: exit codes, --strict, --format json, the summary, and that build runs the same checks. */
class CheckCommandTest {

    @TempDir
    Path dir;
    TestKb kb;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        kb = TestKb.create(dir.resolve("kb"));
        kb.addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
    }

    private int run(String... args) {
        return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void cleanIsZeroWithASummary() {
        assertEquals(0, run("check", kb.dir().toString()));
        assertEquals("", err.toString());
        assertTrue(out.toString().startsWith("检查完成：1 个案例，没有错误，0 个警告"), out.toString());
        assertFalse(Files.exists(kb.site()));
    }

    @Test
    void checkFilesReportsOnlyThoseFilesAndNamesAFileThatIsNoCase() throws Exception {
        kb.addCase("bad", "坏案例", "洋浦开发", "组织建设", "经验介绍", "2024-03-01");
        Files.writeString(kb.dir().resolve("notes.md"), "# 笔记\n");
        assertEquals(0, run("check", kb.dir().resolve("cases/chain.md").toString()), err.toString());
        assertTrue(out.toString().startsWith("检查完成：1 个案例，没有错误"), out.toString());
        assertEquals(1, run("check", kb.dir().resolve("cases/bad.md").toString(), kb.dir().resolve("notes.md").toString(),
                kb.dir().resolve("cases/gone.md").toString()));
        String e = err.toString();
        assertTrue(e.contains("cases/bad.md:3:7: 错误: 未知园区 “洋浦开发”"), e);
        assertTrue(e.contains("notes.md: 错误: “notes.md” 不是知识库"), e);
        assertTrue(e.contains("cases/gone.md: 错误: 找不到文件 “cases/gone.md”"), e);
        assertFalse(e.contains("chain.md"), e);
        // --strict: an empty body is a warning that fails it
        Files.writeString(kb.dir().resolve("cases/chain.md"),
                Files.readString(kb.dir().resolve("cases/chain.md")).replaceAll("(?s)\n---\n.*", "\n---\n"));
        assertEquals(0, run("check", kb.dir().resolve("cases/chain.md").toString()));
        assertEquals(1, run("check", "--strict", kb.dir().resolve("cases/chain.md").toString()));
    }

    @Test
    void warningsFailOnlyWithStrict() {
        kb.addCase("later", "将来的案例", "洋浦", "组织建设", "经验介绍", "2999-01-01");
        assertEquals(0, run("check", kb.dir().toString()));
        assertTrue(err.toString().contains("cases/later.md:6:7: 警告: 日期 “2999-01-01” 晚于今天"), err.toString());
        assertEquals(1, run("check", "--strict", kb.dir().toString()));
        assertTrue(out.toString().contains("--strict"), out.toString());
    }

    @Test
    void errorsAreOneAndTheSameChecksStopABuild() {
        kb.addCase("bad", "坏案例", "洋浦开发", "组织建设", "经验介绍", "2024-02-30");
        assertEquals(1, run("check", kb.dir().toString()));
        assertTrue(out.toString().contains("2 个错误"), out.toString());
        BuildResult built = Casebook.at(kb.dir()).build();
        BuildResult checked = Casebook.at(kb.dir()).check();
        assertFalse(built.ok());
        assertEquals(checked.diagnostics(), built.diagnostics(), "build runs exactly the checks of check");
        assertFalse(Files.exists(kb.site()));
    }

    @Test
    void jsonIsForBots() {
        kb.addCase("bad", "坏\"案例", "洋浦开发", "组织建设", "经验介绍", "2024-03-01");
        assertEquals(1, run("check", "--format", "json", kb.dir().toString()));
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"ok\":false,\"cases\":2,\"errors\":1,\"warnings\":0,\"diagnostics\":["), json);
        assertTrue(json.contains("{\"file\":\"cases/bad.md\",\"line\":3,\"column\":7,\"severity\":\"error\","
                + "\"code\":\"term.unknown\",\"message\":\"未知园区 “洋浦开发”\","
                + "\"hint\":\"是否指 “洋浦经济开发区”？\"}"), json);
        assertEquals("", err.toString(), "nothing but JSON is printed");
    }

    @Test
    void messagesFollowTheKnowledgeBasesLanguage() throws Exception {
        Path config = kb.dir().resolve("casebook.yml");
        Files.writeString(config, Files.readString(config).replace("language: zh-CN", "language: en"));
        kb.addCase("bad", "Bad", "洋浦开发", "组织建设", "经验介绍", "2024-03-01");
        assertEquals(1, run("check", kb.dir().toString()));
        assertTrue(err.toString().contains("cases/bad.md:3:7: error: unknown park \"洋浦开发\" — did you mean \"洋浦经济开发区\"?"),
                err.toString());
        assertTrue(out.toString().startsWith("Check done: 2 cases, 1 errors"), out.toString());
    }

    @Test
    void usageErrorsAreTwo() {
        assertEquals(2, run("check", "--format", "xml", kb.dir().toString()));
        assertEquals(2, run("check", "--no-such-option"));
    }

    @Test
    void aBuildNotOnATerminalPrintsNoProgressOnlyTheSummary() {
        assertEquals(0, run("build", kb.dir().toString()));
        assertEquals(1, out.toString().lines().count(), out.toString());
        assertTrue(out.toString().startsWith("构建完成"));
        assertEquals("", err.toString());
    }
}
