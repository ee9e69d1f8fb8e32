package org.casebook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/org/casebook/diag/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertEquals(new TreeSet<>(load("messages_en.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames()));
    }

    @Test
    void formatsInTheRequestedLanguageWithFallbackToEnglish() {
        assertEquals("未知园区 “洋浦开发”", Messages.forLanguage("zh-CN").format("term.unknown", "园区", "洋浦开发"));
        assertEquals("unknown park \"x\"", Messages.forLanguage("en").format("term.unknown", "park", "x"));
        assertEquals("unknown park \"x\"", Messages.forLanguage("fr").format("term.unknown", "park", "x"));
        assertEquals("no.such.key", Messages.forLanguage("zh-CN").format("no.such.key"));
    }

    @Test
    void aQuoteReadsAsOneWithOrWithoutArguments() {
        Messages en = Messages.forLanguage("en");
        assertEquals("replace this tab with spaces; an editor's \"show whitespace\" option helps to find it",
                en.format("yaml.tab.hint"));
        assertTrue(en.format("case.visibility-implicit").contains("knowledge base's default_visibility"));
    }

    @Test
    void compilerStyleLineWithHint() {
        Messages m = Messages.forLanguage("zh-CN");
        Diagnostics d = new Diagnostics(m);
        d.reportWithHint(new SourcePos("cases/yangpu/chain.md", 4, 7), Severity.ERROR, "term.unknown",
                m.format("hint.did-you-mean", "洋浦经济开发区"), "园区", "洋浦开发");
        assertEquals("cases/yangpu/chain.md:4:7: 错误: 未知园区 “洋浦开发” — 是否指 “洋浦经济开发区”？",
                new DiagnosticFormatter(m).format(d.sorted().get(0)));
    }

    @Test
    void diagnosticsAreSortedByFileLineColumn() {
        Diagnostics d = new Diagnostics(Messages.forLanguage("en"));
        d.warning(new SourcePos("b.md", 1, 1), "case.empty-body");
        d.error(new SourcePos("a.md", 9, 2), "case.empty-body");
        d.error(new SourcePos("a.md", 3, 5), "case.empty-body");
        assertEquals("a.md:3:5 a.md:9:2 b.md:1:1",
                String.join(" ", d.sorted().stream().map(x -> x.pos().toString()).toList()));
        assertEquals(2, d.errorCount());
        assertEquals(1, d.warningCount());
    }

    @Test
    void listsNamesAsEachLanguageWritesThem() {
        Messages en = Messages.forLanguage("en");
        Messages zh = Messages.forLanguage("zh-CN");
        assertEquals("title, park, theme and method", en.listAnd(java.util.List.of("title", "park", "theme", "method")));
        assertEquals("a, b", en.list(java.util.List.of("a", "b")));
        assertEquals("park", en.listAnd(java.util.List.of("park")));
        assertEquals("园区、主题、交流方式", zh.listAnd(java.util.List.of("园区", "主题", "交流方式")));
        assertEquals("甲、乙", zh.list(java.util.List.of("甲", "乙")));
    }
}
