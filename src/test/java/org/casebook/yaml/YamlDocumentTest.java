package org.casebook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.junit.jupiter.api.Test;

class YamlDocumentTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));

    private Optional<YamlValue.Mapping> parse(String yaml) {
        return YamlDocument.parseMapping(yaml, "cases/a.md", 2, diags);
    }

    private Diagnostic only() {
        List<Diagnostic> all = diags.sorted();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void scalarsStayTextAndKeepTheirFilePositions() {
        YamlValue.Mapping m = parse("title: NO\ncode: 0123\ntime: 1:30\npark: [洋浦, 江东]\n").orElseThrow();
        assertEquals("NO", ((YamlValue.Scalar) m.entries().get("title").value()).text());
        assertEquals("0123", ((YamlValue.Scalar) m.entries().get("code").value()).text());
        assertEquals("1:30", ((YamlValue.Scalar) m.entries().get("time").value()).text());
        YamlValue.Sequence parks = (YamlValue.Sequence) m.entries().get("park").value();
        // line 4 of the YAML is line 5 of the file (front matter starts on line 2)
        assertEquals(5, parks.items().get(1).pos().line());
        assertEquals(12, parks.items().get(1).pos().column());
    }

    @Test
    void duplicateKeysNameBothPositions() {
        assertTrue(parse("title: a\nunit: b\ntitle: c\n").isEmpty());
        Diagnostic d = only();
        assertEquals("yaml.duplicate-key", d.code());
        assertEquals(4, d.pos().line());
        assertTrue(d.message().contains("line 2"), d.message());
    }

    @Test
    void fullWidthColonIsExplained() {
        // reported, then repaired so that the rest of the file is still read (park is not lost into title)
        var parsed = parse("title: a\npark：洋浦\ntheme: b\n");
        Diagnostic d = only();
        assertEquals("洋浦", ((org.casebook.yaml.YamlValue.Scalar) parsed.orElseThrow().entries().get("park").value()).text());
        assertEquals("yaml.fullwidth-colon", d.code());
        assertEquals(3, d.pos().line());
        assertEquals(5, d.pos().column());
    }

    @Test
    void tabIsExplained() {
        assertTrue(parse("title: a\npark:\n\t- 洋浦\n").isEmpty());
        Diagnostic d = only();
        assertEquals("yaml.tab", d.code());
        assertEquals(4, d.pos().line());
    }

    @Test
    void topLevelMustBeAMapping() {
        assertTrue(parse("- a\n- b\n").isEmpty());
        assertEquals("yaml.not-mapping", only().code());
    }

    @Test
    void oversizedYamlIsRefusedBeforeParsing() {
        assertTrue(parse("title: " + "长".repeat(YamlDocument.MAX_CHARS) + "\n").isEmpty());
        assertEquals("yaml.too-large", only().code());
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append("]\n");
        }
        assertTrue(parse(sb.toString()).isEmpty());
        assertTrue(diags.hasErrors());
    }

    @Test
    void aLenientReadLeavesOutOnlyTheEntriesHoldingSyntaxErrorsAndNamesTheirKeys() {
        String yaml = "title: 经验: 做法\npark: 洋浦\ntheme: [组织建设, 党建\nmethod: 经验介绍\nsummary: \"未闭合\ndate: 2024-01-02\n";
        YamlDocument.Lenient read = YamlDocument.parseMappingLeniently(yaml, "cases/a.md", 2, diags).orElseThrow();
        assertEquals(java.util.Set.of("park", "method", "date"), read.mapping().entries().keySet());
        assertEquals(java.util.Set.of("title", "theme", "summary"), read.skippedKeys());
        // each error told once, where the contributor wrote it; the positions of the rest unchanged
        assertEquals(List.of("2:10 yaml.unexpected-colon", "4:8 yaml.unclosed-list", "6:10 yaml.unclosed-quote"),
                diags.sorted().stream().map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.code()).toList());
        assertEquals(7, read.mapping().entries().get("date").value().pos().line());
        // the strict read of the same text gives nothing, with the first error only
        Diagnostics strict = new Diagnostics(Messages.forLanguage("en"));
        assertTrue(YamlDocument.parseMapping(yaml, "cases/a.md", 2, strict).isEmpty());
        assertEquals(1, strict.sorted().size());
    }

    @Test
    void aFirstFieldWithoutItsColonCostsOnlyItsOwnLine() {
        // without its colon the first line starts a text that the next field's colon cannot continue
        String yaml = "title 缺少冒号的案例\npark: 洋浦\ntheme: 组织建设\ndate: 2024-02-30\n";
        YamlDocument.Lenient read = YamlDocument.parseMappingLeniently(yaml, "cases/a.md", 2, diags).orElseThrow();
        assertEquals(java.util.Set.of("park", "theme", "date"), read.mapping().entries().keySet());
        assertEquals(java.util.Set.of("title"), read.skippedKeys());
        assertEquals(List.of("2:6 yaml.key-without-colon"),
                diags.sorted().stream().map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.code()).toList());
    }

    @Test
    void aFieldIndentedUnderOneWithAValueCostsOnlyItsOwnLine() {
        String yaml = "park: 洋浦\n  theme: 组织建设\nmethod: 经验介绍\n";
        YamlDocument.Lenient read = YamlDocument.parseMappingLeniently(yaml, "cases/a.md", 2, diags).orElseThrow();
        assertEquals("洋浦", ((YamlValue.Scalar) read.mapping().entries().get("park").value()).text());
        assertEquals(java.util.Set.of("park", "method"), read.mapping().entries().keySet());
        assertEquals(java.util.Set.of("theme"), read.skippedKeys());
        assertEquals(List.of("3:1 yaml.indented-key"),
                diags.sorted().stream().map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.code()).toList());
        assertTrue(diags.sorted().get(0).hint().contains("theme: 组织建设"), diags.sorted().get(0).hint());
    }

    @Test
    void aLenientReadGivesUpAfterItsLimitAndOnWhatIsNotAMapping() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i <= YamlDocument.MAX_SKIPPED; i++) {
            yaml.append("k").append(i).append(": a: b\n");
        }
        assertTrue(YamlDocument.parseMappingLeniently(yaml.toString(), "cases/a.md", 2, diags).isEmpty());
        assertEquals(YamlDocument.MAX_SKIPPED + 1, diags.sorted().size());
        Diagnostics list = new Diagnostics(Messages.forLanguage("en"));
        assertTrue(YamlDocument.parseMappingLeniently("- a\n- b\n", "cases/a.md", 2, list).isEmpty());
    }
}
