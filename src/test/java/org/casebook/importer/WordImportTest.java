package org.casebook.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casebook import} over Word documents of six shapes made here with POI: each becomes the case
 * in {@code src/test/resources/import/<shape>.md} (rewrite with {@code -Dcasebook.updateGolden=true}
 * and review the diff), passes {@code check --strict} as written, and builds, images included.
 */
class WordImportTest {

    interface Doc {
        XWPFDocument make() throws Exception;
    }

    static Map<String, Doc> shapes() {
        Map<String, Doc> m = new LinkedHashMap<>();
        m.put("styled-english", WordDocs::styledEnglish);
        m.put("styled-chinese", WordDocs::styledChinese);
        m.put("official-numbering", WordDocs::officialNumbering);
        m.put("lists", WordDocs::lists);
        m.put("table-merged-cells", WordDocs::tableWithMergedCells);
        m.put("footnotes-links", WordDocs::footnotesAndLinks);
        m.put("images", WordDocs::images);
        return m;
    }

    @TempDir
    Path tmp;
    Path kb;

    @BeforeEach
    void knowledgeBase() throws Exception {
        kb = tmp.resolve("经验库 kb");
        Files.createDirectories(kb.resolve("cases"));
        Files.copy(resource("/broken/yaml-fullwidth-colon/casebook.yml"), kb.resolve("casebook.yml"));
    }

    @Test
    void everyShapeImportsIntoItsGoldenCaseThatPassesStrictCheckAndBuilds() throws Exception {
        Map<String, Path> imported = new LinkedHashMap<>();
        for (Map.Entry<String, Doc> shape : shapes().entrySet()) {
            Path docx = WordDocs.save(shape.getValue().make(), tmp.resolve(shape.getKey() + " 材料.docx"));
            String[] r = run("import", docx.toString(), kb.toString());
            assertEquals("0", r[0], shape.getKey() + ": " + r[1] + r[2]);
            String written = r[1].lines().filter(l -> l.startsWith("已导入：")).findFirst().orElseThrow();
            Path file = Path.of(written.substring("已导入：".length(), written.indexOf('（')));
            imported.put(shape.getKey(), file);
            golden(shape.getKey(), Files.readString(file));
        }
        BuildResult check = Casebook.at(kb).check();
        assertTrue(check.ok() && check.warnings() == 0, "check --strict: " + check.diagnostics());
        BuildResult build = Casebook.at(kb).build();
        assertTrue(build.ok(), build.diagnostics().toString());
        assertEquals(shapes().size(), build.stats().cases());

        // images land beside the case and show on its page
        Path images = imported.get("images");
        assertTrue(Files.isRegularFile(images.resolveSibling(images.getFileName().toString().replace(".md", "-1.png"))));
        assertTrue(Files.isRegularFile(images.resolveSibling(images.getFileName().toString().replace(".md", "-2.png"))));
        String slug = images.getFileName().toString().replace(".md", "");
        Path page = kb.resolve("site/cases/" + slug + "/index.html");
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        List<Element> imgs = html.select("main img, article img");
        assertEquals(2, imgs.size(), html.select("img").toString());
        assertEquals("图1 党群服务中心外景", imgs.get(0).attr("alt"));
        for (Element img : imgs) {
            Path target = page.getParent().resolve(img.attr("src")).normalize();
            assertTrue(Files.isRegularFile(target), "image shown from the site: " + target);
        }
    }

    @Test
    void theTableWarningIsPrintedAndTheDraftNamesTheTable() throws Exception {
        Path docx = WordDocs.save(WordDocs.tableWithMergedCells(), tmp.resolve("表格.docx"));
        String[] r = run("import", docx.toString(), kb.toString());
        assertTrue(r[2].contains("第 1 个表格有合并单元格"), r[2]);
    }

    @Test
    void optionsReplaceTheProposalsAndWhatIsLeftIsSaid() throws Exception {
        Path docx = WordDocs.save(WordDocs.officialNumbering(), tmp.resolve("official.docx"));
        String[] r = run("import", docx.toString(), kb.toString(), "--park", "洋浦", "--slug", "edu-sanya", "--method", "");
        assertEquals("1", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("还需填写"), r[1]);
        assertTrue(r[2].contains("cases/yangpu/edu-sanya.md:5:1: 错误:") && r[2].contains("method"), r[2]);
        String text = Files.readString(kb.resolve("cases/yangpu/edu-sanya.md"));
        assertTrue(text.startsWith("---\ntitle: 三亚中央商务区党员教育经验介绍\npark: 洋浦经济开发区\ntheme: 党员教育\nmethod:\n"), text);

        String[] again = run("import", docx.toString(), kb.toString(), "--park", "洋浦", "--slug", "edu-sanya");
        assertEquals("1", again[0]);
        assertTrue(again[2].contains("文件已存在"), again[2]);
    }

    @Test
    void aFolderInsideTheKnowledgeBaseStandsForIt() throws Exception {
        Path docx = WordDocs.save(WordDocs.officialNumbering(), tmp.resolve("inside.docx"));
        Path inside = Files.createDirectories(kb.resolve("cases/jiangdong"));
        String[] r = run("import", docx.toString(), inside.toString(), "--park", "洋浦", "--slug", "from-inside", "--yes");
        assertTrue(Files.isRegularFile(kb.resolve("cases/yangpu/from-inside.md")), r[1] + r[2]);
        assertFalse(Files.exists(inside.resolve("cases")), "not a knowledge base of its own");
    }

    @Test
    void wordPerfectOldFormatsAndNonDocumentsAreRefusedWithAdvice() throws Exception {
        Path doc = tmp.resolve("材料.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        String[] r = run("import", doc.toString(), kb.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("另存为") && r[2].contains(".docx"), r[2]);
        Path wps = tmp.resolve("材料.wps");
        Files.copy(doc, wps);
        assertTrue(run("import", wps.toString(), kb.toString())[2].contains("旧版 Word/WPS"));
        Path text = tmp.resolve("notes.docx");
        Files.writeString(text, "plain text");
        assertTrue(run("import", text.toString(), kb.toString())[2].contains("不是 Word 文档"));
        try (Stream<Path> s = Files.walk(kb.resolve("cases"))) {
            assertEquals(1, s.count(), "nothing written");
        }
    }

    @Test
    void slugsComeFromTheTitlesPinyin() {
        assertEquals("yi-chan-ye-lian-dang-zu-zhi-tui-dong", Slugs.fromTitle("以产业链党组织推动园区企业党建全覆盖",
                java.util.Set.of(), "x"));
        assertEquals("san-ya-cbd-dang-jian", Slugs.fromTitle("三亚CBD党建", java.util.Set.of(), "x"));
        assertEquals("dang-jian-2", Slugs.fromTitle("党建", java.util.Set.of("dang-jian"), "x"));
        assertEquals("case-2024", Slugs.fromTitle("——", java.util.Set.of(), "case-2024"));
    }

    @Test
    void officialNumberingLevels() {
        assertEquals(1, DocxReader.officialLevel("一、基本情况"));
        assertEquals(2, DocxReader.officialLevel("（二）建立机制"));
        assertEquals(3, DocxReader.officialLevel("1.每周一学"));
        assertEquals(4, DocxReader.officialLevel("（1）线上课堂"));
        assertEquals(0, DocxReader.officialLevel("1.每周学习一次理论，每月交流一次心得。"), "a numbered sentence is no heading");
        assertEquals(0, DocxReader.officialLevel("2024年的工作"));
    }

    private void golden(String name, String actual) throws Exception {
        Path source = Path.of("src/test/resources/import", name + ".md");
        if (Boolean.getBoolean("casebook.updateGolden")) {
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(resource("/import/" + name + ".md")), actual, name);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WordImportTest.class.getResource(name).toURI());
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }
}
