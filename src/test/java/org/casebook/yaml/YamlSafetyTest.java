package org.casebook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.junit.jupiter.api.Test;

/** YAML is data only: no types, no objects, no duplicate keys, bounded size, depth and aliases. */
class YamlSafetyTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));

    private Optional<YamlValue.Mapping> parse(String text) {
        return YamlDocument.parseMapping(text, "cases/a.md", 2, diags);
    }

    private Diagnostic only() {
        List<Diagnostic> ds = diags.sorted();
        assertEquals(1, ds.size(), ds.toString());
        return ds.get(0);
    }

    private String text(YamlValue.Mapping m, String key) {
        return ((YamlValue.Scalar) m.entries().get(key).value()).text();
    }

    @Test
    void scalarsStayTheTextWritten() {
        YamlValue.Mapping m = parse("a: NO\nb: 0123\nc: 1:30\nd: 2024-13-45\ne: ~\nf: 0x1F\ng: .inf\nh: yes\n").orElseThrow();
        assertEquals("NO", text(m, "a"));
        assertEquals("0123", text(m, "b"));
        assertEquals("1:30", text(m, "c"));
        assertEquals("2024-13-45", text(m, "d"));
        assertEquals("~", text(m, "e"));
        assertEquals("0x1F", text(m, "f"));
        assertEquals(".inf", text(m, "g"));
        assertEquals("yes", text(m, "h"));
        assertTrue(diags.sorted().isEmpty());
    }

    @Test
    void duplicateKeysNameBothPlaces() {
        assertTrue(parse("title: a\npark: b\n  # comment\ntitle: c\n").isEmpty());
        Diagnostic d = only();
        assertEquals("yaml.duplicate-key", d.code());
        assertEquals(5, d.pos().line(), "the second title, on file line 5");
        assertEquals(1, d.pos().column());
        assertTrue(d.message().contains("line 2, column 1"), d.message());
    }

    @Test
    void nestedDuplicateKeysToo() {
        assertTrue(parse("extra:\n  k: 1\n  k: 2\n").isEmpty());
        Diagnostic d = only();
        assertEquals("yaml.duplicate-key", d.code());
        assertEquals(4, d.pos().line());
        assertTrue(d.message().contains("line 3, column 3"), d.message());
    }

    @Test
    void aliasBombIsRefusedAtTheAliasLine() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [").append(("*" + p + ", ").repeat(8)).append('*').append(p)
                    .append("]\n");
        }
        assertTrue(parse(y.toString()).isEmpty());
        Diagnostic d = only();
        assertEquals("yaml.too-many-aliases", d.code());
        // 9 aliases on each of lines b and c, the 21st on line d: the third line of the text, file line 5
        assertEquals(5, d.pos().line());
        assertTrue(d.pos().column() > 0);
    }

    @Test
    void scalarAliasesAreHarmlessAndAllowed() {
        YamlValue.Mapping m = parse("a: &x hello\nb: *x\n").orElseThrow();
        assertEquals("hello", text(m, "b"));
    }

    @Test
    void deepNestingIsRefusedAtTheLevelThatCrossesTheLimit() {
        String y = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        assertTrue(parse(y).isEmpty());
        Diagnostic d = only();
        assertEquals("yaml.too-deep", d.code());
        assertEquals(2, d.pos().line());
        assertEquals(4 + YamlDocument.MAX_DEPTH - 1, d.pos().column(), "the bracket that opens level 21");
    }

    @Test
    void tenMegabytesAreRefusedBeforeParsing() {
        String y = "k: " + "v".repeat(10 * 1024 * 1024) + "\n";
        assertTrue(parse(y).isEmpty());
        assertEquals("yaml.too-large", only().code());
    }

    @Test
    void topLevelMustBeAMapping() {
        assertTrue(parse("- a\n- b\n").isEmpty());
        assertEquals("yaml.not-mapping", only().code());
        Diagnostics other = new Diagnostics(Messages.forLanguage("en"));
        assertTrue(YamlDocument.parseMapping("just text\n", "f", 1, other).isEmpty());
        assertEquals("yaml.not-mapping", other.sorted().get(0).code());
    }

    @Test
    void javaAndPythonTagsAreRefused() {
        assertTrue(parse("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n").isEmpty());
        assertEquals(2, only().pos().line());
    }

    @Test
    void localTagsAreIgnoredAndTheValueStaysText() {
        YamlValue.Mapping m = parse("a: !!int 0123\nb: !!bool NO\nc: !custom text\n").orElseThrow();
        assertEquals("0123", text(m, "a"));
        assertEquals("NO", text(m, "b"));
        assertEquals("text", text(m, "c"));
    }

    @Test
    void multipleDocumentsAreRefused() {
        assertTrue(parse("a: 1\n---\nb: 2\n").isEmpty());
        assertTrue(only().pos().line() >= 2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "a: - - - - - - - - - - - - - - - - - - - - - x",
        "- - - - - - - - - - - - - - - - - - - - - - x",
        "a: [[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]",
        "a: &x [1]\nb: *x",
    })
    void theCountingShortcutNeverVouchesForDeepOrAliasedYaml(String yaml) {
        // whatever the event pass would find, the shortcut must not have skipped it
        assertTrue(!YamlLimits.withinLimitsByCounting(yaml, YamlDocument.MAX_DEPTH), yaml);
    }

    @Test
    void ordinaryFrontMatterTakesTheShortcut() {
        String yaml = "title: 产业链党建\npark: [洋浦经济开发区]\ntheme: [组织建设, 党员教育]\nmethod: [经验介绍]\n"
                + "date: 2024-05-20\nsummary: 园区推行“三张清单”\nkeywords: [产业链]";
        assertTrue(YamlLimits.withinLimitsByCounting(yaml, YamlDocument.MAX_DEPTH));
    }
}
