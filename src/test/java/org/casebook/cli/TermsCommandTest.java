package org.casebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code casebook terms}: the vocabulary with aliases, found upward from a folder inside the knowledge base. */
class TermsCommandTest {

    private static Path kb() throws Exception {
        return Path.of(TermsCommandTest.class.getResource("/broken/unknown-term-lists-vocabulary").toURI());
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void listsEveryTaxonomyWithItsAliasesInTheKnowledgeBasesLanguage() throws Exception {
        String[] r = run("terms", kb().resolve("cases").toString()); // found upward from cases/
        assertEquals("0", r[0], r[2]);
        assertEquals("""
                园区（park）
                  洋浦经济开发区  别名：洋浦、洋浦开发区
                  海口江东新区  别名：江东新区
                  三亚中央商务区  别名：三亚CBD

                主题（theme）
                  组织建设
                  党员教育  别名：党员教育管理
                  积分管理  别名：积分制度

                交流方式（method）
                  经验介绍
                  现场会  别名：观摩会
                  线上分享

                前置信息中可以写名称，也可以写别名；网站上总是显示名称。
                """, r[1]);
    }

    @Test
    void jsonHasNameSlugAndAliasesPerTaxonomy() throws Exception {
        String[] r = run("terms", kb().toString(), "--format", "json");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("{\"park\":[\n{\"name\":\"洋浦经济开发区\",\"slug\":\"yangpu\",\"aliases\":[\"洋浦\",\"洋浦开发区\"]}"), r[1]);
        assertTrue(r[1].contains("\"method\":[\n{\"name\":\"经验介绍\",\"slug\":\"experience\",\"aliases\":[]}"), r[1]);
        assertTrue(r[1].strip().endsWith("]}"), r[1]);
    }

    @Test
    void aFolderWithoutAKnowledgeBaseIsReportedNotThrown(@org.junit.jupiter.api.io.TempDir Path empty) throws Exception {
        String[] r = run("terms", empty.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("casebook.yml"), r[2]);
    }
}
