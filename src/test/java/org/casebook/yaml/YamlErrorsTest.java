package org.casebook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Every problem form SnakeYAML's reader, scanner, parser and composer can raise for a front matter
 * block (collected from their sources: each {@code new ScannerException/ParserException/
 * ComposerException/ReaderException(...)}), each fed by a front matter that makes SnakeYAML raise
 * exactly that form, and each reaching the contributor in Chinese at the line and column of the
 * character at fault. A form SnakeYAML stops raising for its input fails here too, so the list
 * cannot silently go stale when SnakeYAML is upgraded.
 */
class YamlErrorsTest {

    /** form (start of SnakeYAML's problem or context text), front matter, expected code, line, column. */
    static Stream<Arguments> forms() {
        return Stream.of(
            // scanner
            form("found character '@' that cannot start any token", "title: @园区\n", "yaml.reserved-start", 2, 8),
            form("found character '`' that cannot start any token", "title: `园区`\n", "yaml.reserved-start", 2, 8),
            form("found character '%' that cannot start any token", "title: %50 企业\n", "yaml.reserved-start", 2, 8),
            form("found character '\t(TAB)' that cannot start any token", "title: a\n\tpark: b\n", "yaml.tab", 3, 1),
            form("found character '\t(TAB)' that cannot start any token", "title: a\npark:\t洋浦\n", "yaml.tab-inside", 3, 6),
            form("could not find expected ':'", "title: a\npark 洋浦\ntheme: b\n", "yaml.key-without-colon", 3, 5),
            form("could not find expected ':'", "title: a\n园区 洋浦\ntheme: b\n", "yaml.expected-colon", 4, 1),
            form("sequence entries are not allowed here", "theme: - 组织建设\n", "yaml.dash-after-colon", 2, 8),
            form("mapping keys are not allowed here", "title: ? 园区\n", "yaml.question-mark", 2, 8),
            form("mapping values are not allowed here", "title: 园区: 做法\n", "yaml.unexpected-colon", 2, 10),
            form("expected alphabetic or numeric character", "% 比例: 5\n", "yaml.directive", 2, 1),
            form("expected a digit, but found", "%YAML a\ntitle: x\n", "yaml.directive", 2, 1),
            form("expected a digit or '.', but found", "%YAML 1x\n", "yaml.directive", 2, 1),
            form("expected a digit or ' ', but found", "%YAML 1.1x\n", "yaml.directive", 2, 1),
            form("expected a comment or a line break, but found", "%YAML 1.1 x\n", "yaml.directive", 2, 1),
            form("found a number which cannot represent a valid version", "%YAML 99999999999.1\n", "yaml.directive", 2, 1),
            form("expected ' ', but found", "%TAG !x!y z\n", "yaml.directive", 2, 1),
            form("expected '!', but found", "%TAG x y\n", "yaml.directive", 2, 1),
            form("unexpected character found", "title: *重点*工作\n", "yaml.anchor", 2, 8),
            form("while scanning an anchor", "title: & 党建\n", "yaml.anchor", 2, 8),
            form("expected '>', but found", "title: !<abc 园区\n", "yaml.tag", 2, 8),
            form("expected URI escape sequence of 2 hexadecimal numbers", "title: !a%zz 园区\n", "yaml.tag", 2, 8),
            form("expected URI in UTF-8", "title: !%C3 园区\n", "yaml.tag", 2, 8),
            form("expected chomping or indentation indicators", "summary: |x\n  a\n", "yaml.block-scalar", 2, 10),
            form("expected indentation indicator in the range 1-9", "summary: |0\n  a\n", "yaml.block-scalar", 2, 10),
            form("while scanning a block scalar", "summary: | 摘要\n", "yaml.block-scalar", 2, 10),
            form("expected escape sequence of 2 hexadecimal numbers", "title: \"a\\x4\"\n", "yaml.escape", 2, 10),
            form("found unknown escape character", "title: \"见 C:\\桌面\\图.png\"\n", "yaml.escape", 2, 13),
            form("found unexpected end of stream", "title: \"园区\npark: 洋浦\n", "yaml.unclosed-quote", 2, 8),
            form("found unexpected document separator", "title: '园区\n--- 附\n", "yaml.unclosed-quote", 2, 8),
            // parser
            form("expected '<document start>', but found", "%YAML 1.1\ntitle: x\n", "yaml.directive", 2, 1),
            form("found duplicate YAML directive", "%YAML 1.1\n%YAML 1.1\n--- \ntitle: x\n", "yaml.directive", 3, 1),
            form("found incompatible YAML document", "%YAML 2.0\n--- \ntitle: x\n", "yaml.directive", 2, 1),
            form("found undefined tag handle", "title: !a!b 园区\n", "yaml.tag", 2, 8),
            form("expected <block end>, but found '<scalar>'", "title: \"三张清单\"工作法\n", "yaml.text-after-closing", 2, 8),
            form("expected <block end>, but found '<block sequence start>'", "park:\n  - 洋浦\n - 江东\n", "yaml.indentation", 4, 2),
            form("expected <block end>, but found '<block mapping start>'", "a:\n  - b\n c: d\n", "yaml.indentation", 4, 2),
            form("expected <block end>, but found '-'", "title: a\n- x\n", "yaml.indentation", 3, 1),
            form("expected <block end>, but found ':'", "title: a\n: b\n", "yaml.missing-key", 3, 1),
            form("expected <block end>, but found ']'", "park: [a, b]]\n", "yaml.unexpected-token", 2, 13),
            form("expected ',' or ']', but got", "park: [洋浦, 江东\ntheme: a\n", "yaml.unclosed-list", 2, 7),
            form("expected ',' or ']', but got :", "park: [a: b: c]\n", "yaml.list-unexpected", 2, 12),
            form("expected ',' or '}', but got", "park: {a: b\ntheme: a\n", "yaml.unclosed-brace", 2, 7),
            form("expected ',' or '}', but got", "park: {a: b c: d}\n", "yaml.brace-unexpected", 2, 14),
            form("expected the node content, but found ','", "park: [a, , b]\n", "yaml.missing-value", 2, 11),
            form("expected the node content, but found ']'", "title: ]\n", "yaml.missing-value", 2, 8),
            form("expected the node content, but found '<stream end>'", "park: [a, b,", "yaml.unclosed-list", 2, 7),
            // composer
            form("found undefined alias", "title: *重点\n", "yaml.alias", 2, 8),
            form("but found another document", "title: a\n--- 附件\n", "yaml.second-document", 3, 1),
            form("Global tag is not allowed", "title: !<tag:yaml.org,2002:java.lang.Object> x\n", "yaml.tag", 2, 8),
            // reader
            form("special characters are not allowed", "title: 园区\uFFFE\n", "yaml.special-char", 2, 10));
    }

    private static Arguments form(String form, String yaml, String code, int line, int column) {
        return Arguments.of(form, yaml, code, line, column);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyFormIsExplainedInChineseAtTheRightPlace(String form, String yaml, String code, int line, int column) {
        String raised = snakeYamlSays(yaml);
        assertTrue(raised.contains(form.replace("\t", "\\t")) || raised.contains(form), "SnakeYAML no longer raises <" + form + "> for this input but: " + raised);

        Diagnostics diags = new Diagnostics(Messages.forLanguage("zh-CN"));
        assertTrue(YamlDocument.parseMapping(yaml, "cases/a.md", 2, diags).isEmpty());
        List<Diagnostic> all = diags.sorted().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, all.size(), all.toString());
        Diagnostic d = all.get(0);
        assertEquals(code, d.code(), d.toString());
        assertEquals(line, d.pos().line(), d.toString());
        assertEquals(column, d.pos().column(), d.toString());
        assertNoEnglish(d.message(), yaml);
        assertNoEnglish(d.hint(), yaml);
        assertFalse(d.hint().isEmpty(), "every YAML error says how to fix it: " + d);
    }

    /**
     * No Latin word is left once the user's own text (quoted back), the word YAML and the names of
     * characters (U+FFFE, Tab) are taken out.
     */
    static void assertNoEnglish(String text, String userText) {
        String rest = text.replaceAll("U\\+[0-9A-F]{4}", "").replace("YAML", "").replace("Tab", "")
                .replace("Windows", "").replace("Delete", "");
        // longest first: the user's "a" must not eat a letter of their "park"
        String[] words = userText.split("[^A-Za-z0-9_.:!%<>]+");
        java.util.Arrays.sort(words, java.util.Comparator.comparingInt(String::length).reversed());
        for (String word : words) {
            if (!word.isEmpty()) {
                rest = rest.replace(word, "");
            }
        }
        if (rest.matches("(?s).*[A-Za-z]{2,}.*")) {
            fail("English left in <" + text + ">: " + rest);
        }
    }

    private static String snakeYamlSays(String yaml) {
        try {
            new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
            return "(no error)";
        } catch (MarkedYAMLException e) {
            return e.getContext() + " / " + e.getProblem();
        } catch (YAMLException e) {
            return e.getMessage();
        }
    }
}
