package org.casebook.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code casebook fix} over the broken-knowledge-base fixtures of the Word-paste and front-matter-slip
 * kind: each comes out passing {@code check --strict}, and a second run changes nothing.
 */
class CaseFixerTest {

    @TempDir
    Path tmp;

    /** Fixture, and the line that fix must print for it (file:line: what). */
    static Stream<String[]> slips() {
        return Stream.of(
                new String[] {"yaml-fullwidth-colon", "cases/colon.md:3: 全角冒号 “：” 改为半角冒号加空格"},
                new String[] {"fullwidth-comma-in-list", "cases/comma.md:4: 用中文逗号或顿号分隔的列表改为 [甲, 乙]"},
                new String[] {"date-wrong-format", "cases/slash.md:6: 日期改为 YYYY-MM-DD"},
                new String[] {"date-chinese", "cases/date.md:6: 日期改为 YYYY-MM-DD"},
                new String[] {"front-matter-ime-dashes", "cases/close.md:8: 分隔线改为 ---"},
                new String[] {"yaml-fullwidth-space", "cases/wide.md:3: 冒号后的全角空格改为半角空格"},
                new String[] {"gbk-file", "cases/gbk.md: GBK 编码转换为 UTF-8"},
                new String[] {"utf16-file", "cases/utf16.md: UTF-16 编码转换为 UTF-8"},
                new String[] {"word-paste-bullets", "cases/bullets.md:11: Word 项目符号改为 Markdown 列表 “- ”"},
                new String[] {"word-paste-numbering", "cases/numbering.md:13: Word 编号改为 Markdown 编号列表 “1. ”"},
                new String[] {"word-paste-indented", "cases/indented.md:10: 去掉段首空格缩进（否则显示为代码块）"},
                new String[] {"word-paste-heading", "cases/heading.md:8: 标题的 # 后补上空格"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slips")
    void fixMakesTheFixturePassStrictCheckAndIsIdempotent(String fixture, String expectedLine) throws Exception {
        Path kb = copy(fixture);
        assertFalse(clean(Casebook.at(kb).check()), "the fixture has something to fix");

        String[] first = run(kb, "fix");
        assertEquals("0", first[0], first[1] + first[2]);
        assertTrue(first[1].lines().anyMatch(l -> l.replace('\\', '/').endsWith(expectedLine)),
                "printed per file and line: " + first[1]);

        BuildResult after = Casebook.at(kb).check();
        assertTrue(clean(after), "passes check --strict after fix: " + after.diagnostics());
        byte[] fixed = Files.readAllBytes(kb.resolve(caseFile(kb)));

        String[] second = run(kb, "fix");
        assertEquals("0", second[0]);
        assertTrue(second[1].lines().noneMatch(l -> l.contains(".md:")), "second run changes nothing: " + second[1]);
        assertArrayEquals(fixed, Files.readAllBytes(kb.resolve(caseFile(kb))));
    }

    @Test
    void theRepairedLinesReadAsMarkdown() throws Exception {
        Path kb = copy("word-paste-numbering");
        run(kb, "fix");
        List<String> lines = Files.readAllLines(kb.resolve("cases/numbering.md"));
        assertEquals(List.of("1. 建立产业链党委", "2. 推行“三张清单”", "", "1. 开展结对帮带", "2. 组织现场观摩"),
                lines.subList(9, 14));

        kb = copy("word-paste-indented");
        run(kb, "fix");
        String text = Files.readString(kb.resolve("cases/indented.md"));
        assertTrue(text.contains("\n园区企业多、党员分散，组织覆盖难。\n传统的属地管理难以适应。\n"), text);
        assertTrue(text.contains("```text\n    代码块里的缩进保持不变\n```"), "fenced code untouched: " + text);
        assertTrue(text.contains("- 列表项\n\n    列表项的续段保持缩进"), "list continuation untouched: " + text);
        assertTrue(text.contains("\n## 做法\n紧跟在标题下的缩进段落。\n"), "right under a heading too: " + text);

        kb = copy("fullwidth-comma-in-list");
        run(kb, "fix");
        assertTrue(Files.readString(kb.resolve("cases/comma.md")).contains("\ntheme: [组织建设, 党员教育]\n"));

        kb = copy("gbk-file");
        byte[] gbk = Files.readAllBytes(kb.resolve("cases/gbk.md"));
        run(kb, "fix");
        assertEquals(new String(gbk, Charset.forName("GB18030")), Files.readString(kb.resolve("cases/gbk.md")));
    }

    @Test
    void dryRunShowsADiffAndWritesNothing() throws Exception {
        Path kb = copy("yaml-fullwidth-colon");
        byte[] before = Files.readAllBytes(kb.resolve("cases/colon.md"));
        String[] r = run(kb, "fix", "--dry-run");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("@@ 3 @@"), r[1]);
        assertTrue(r[1].contains("\n-park：洋浦\n+park: 洋浦\n"), r[1]);
        assertEquals(1, r[1].lines().filter(l -> l.startsWith("--- ")).count(), "each file once: " + r[1]);
        assertTrue(r[1].contains("1 处可修改，涉及 1 个文件（共检查 1 个文件）"), r[1]);
        assertArrayEquals(before, Files.readAllBytes(kb.resolve("cases/colon.md")));
    }

    @Test
    void aFileSavedWhileBeingFixedIsLeftAsTheEditorSavedIt() throws Exception {
        Path kb = copy("word-paste-bullets");
        Path file = kb.resolve("cases/bullets.md");
        String editor = Files.readString(file) + "\n编辑器里刚加的一段。\n";
        CaseFixer fixer = new CaseFixer(() -> {
            try {
                Files.writeString(file, editor);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CaseFixer.Outcome o = fixer.fix(file, false);
        assertEquals("fix.changed-meanwhile", o.refusal().orElseThrow());
        assertFalse(o.written());
        assertEquals(editor, Files.readString(file));
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aWordDocumentRenamedToMdIsRefusedWithTheImportHint() throws Exception {
        Path kb = copy("docx-renamed-to-md");
        byte[] before = Files.readAllBytes(kb.resolve("cases/material.md"));
        String[] r = run(kb, "fix");
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("casebook import"), r[2]);
        assertArrayEquals(before, Files.readAllBytes(kb.resolve("cases/material.md")));
    }

    @Test
    void singleFilesCanBeNamed() throws Exception {
        Path kb = copy("date-chinese");
        String[] r = run(kb, kb.resolve("cases/date.md").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(Files.readString(kb.resolve("cases/date.md")).contains("\ndate: 2024-03-05\n"));
        assertEquals("2", run(kb, kb.resolve("cases/none.md").toString())[0]);
    }

    @Test
    void frontMatterSlipsOneByOne() {
        assertEquals(Map.of("park: 洋浦", "fix.fullwidth-colon"), one("park：洋浦"));
        assertEquals(Map.of("park: 洋浦", "fix.fullwidth-colon"), one("park ： 洋浦"));
        assertEquals(Map.of("park: 洋浦", "fix.fullwidth-space"), one("park:\u3000洋浦"));
        assertEquals(Map.of("theme: [组织建设, 党员教育]", "fix.list-separator"), one("theme: 组织建设、党员教育"));
        assertEquals(Map.of("method: [经验介绍, 现场会]", "fix.list-separator"), one("method: [经验介绍，现场会]"));
        assertEquals(Map.of("date: 2024-03-05", "fix.date"), one("date: 2024年3月5日"));
        assertEquals(Map.of("date: 2024-03-05", "fix.date"), one("date: 2024/3/5"));
        assertEquals(Map.of("date: 2024-12-31", "fix.date"), one("date: 2024.12.31"));
        assertEquals(Map.of("date: 2024年2月30日", ""), one("date: 2024年2月30日"), "a date that does not exist stays for check");
        assertEquals(Map.of("title: 甲，乙、丙", ""), one("title: 甲，乙、丙"), "commas in a title are prose");
        assertEquals(Map.of("date: 2024-03-05", ""), one("date: 2024-03-05"));
    }

    private static Map<String, String> one(String line) {
        FrontMatterSlips.Repair r = FrontMatterSlips.repair(line);
        return Map.of(r.line(), String.join("+", r.slips()));
    }

    private static boolean clean(BuildResult r) {
        return r.ok() && r.warnings() == 0;
    }

    private String[] run(Path kb, String... args) {
        String[] full = args.length > 0 && args[0].equals("fix") ? append(args, kb.toString()) : prepend("fix", args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(full, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static String[] append(String[] a, String s) {
        String[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = s;
        return r;
    }

    private static String[] prepend(String s, String[] a) {
        String[] r = new String[a.length + 1];
        r[0] = s;
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    private static String caseFile(Path kb) throws IOException {
        try (Stream<Path> s = Files.list(kb.resolve("cases"))) {
            return "cases/" + s.findFirst().orElseThrow().getFileName();
        }
    }

    private Path copy(String fixture) throws IOException, URISyntaxException {
        Path src = Path.of(CaseFixerTest.class.getResource("/broken/" + fixture).toURI());
        Path dst = tmp.resolve(fixture);
        try (Stream<Path> all = Files.walk(src)) {
            for (Path p : all.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else if (!p.getFileName().toString().equals("expected.txt")) {
                    Files.copy(p, t);
                }
            }
        }
        return dst;
    }
}
