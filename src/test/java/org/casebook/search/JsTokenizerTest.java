package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casebook.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser's tokenizer and query analysis — the real {@code search.js} as built into a site, with
 * the site's traditional-to-simplified table, function words (from the index entry) and pinyin table —
 * against the same vectors as the Java side.
 */
class JsTokenizerTest {

    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void javascriptTokenizerMatchesEverySharedVectorAndTheJavaShardHash() throws Exception {
        Path site = SearchFixture.build(tmp.resolve("kb"));
        // the file under test is the one the site ships: minified by the build, not the readable source
        assertTrue(Files.size(site.resolve("assets/search.js")) < Files.size(Path.of("templates/assets/search.js")),
                "the site's search.js is not the minified one");
        Path page = site.resolve("tokenizer-check.html");
        Files.writeString(page, "<!DOCTYPE html><meta charset=utf-8><script src=\"assets/search.js\"></script>"
                + "<script src=\"search/t2s.js\"></script><script src=\"search/index.js\"></script>"
                + "<script src=\"search/py.js\"></script>");
        ChromeDriver browser = Browser.start();
        try {
            browser.get(page.toUri().toString());
            assertEquals(Boolean.TRUE, browser.executeScript("return CasebookSearch.hasTable()"));
            List<TokenizerVectors.Vector> vectors = TokenizerVectors.all();
            List<String> inputs = vectors.stream().map(TokenizerVectors.Vector::input).toList();
            List<Map<String, Object>> out = (List<Map<String, Object>>) browser.executeScript(
                    "return arguments[0].map(function (s) {"
                    + " var a = CasebookSearch.analyse(s), py = [];"
                    + " a.terms.forEach(function (t) { if (/^[\\u3007\\u3400-\\u9fff\\uf900-\\ufaff]{2}$/.test(t)) { py.push([t, CasebookSearch.pinyinKeys(t), CasebookSearch.initialKeys(t)]); } });"
                    + " return {tokens: CasebookSearch.tokens(s), phrases: CasebookSearch.phrases(s),"
                    + " stop: a.terms.filter(function (t) { return a.stop.indexOf(t) >= 0; }), queryPhrases: a.phrases, pinyin: py}; })",
                    inputs);
            for (int i = 0; i < vectors.size(); i++) {
                TokenizerVectors.Vector v = vectors.get(i);
                Map<String, Object> js = out.get(i);
                assertEquals(v.tokens(), js.get("tokens"), "JS tokens of " + v.input() + " (" + v.note() + ")");
                assertEquals(v.phrases(), js.get("phrases"), "JS phrases of " + v.input() + " (" + v.note() + ")");
                assertEquals(v.stop(), js.get("stop"), "JS function-word terms of " + v.input() + " (" + v.note() + ")");
                assertEquals(v.queryPhrases(), js.get("queryPhrases"), "JS query phrases of " + v.input());
                Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
                Map<String, List<String>> initials = new java.util.LinkedHashMap<>();
                for (List<Object> pair : (List<List<Object>>) js.get("pinyin")) {
                    keys.put((String) pair.get(0), (List<String>) pair.get(1));
                    initials.put((String) pair.get(0), (List<String>) pair.get(2));
                }
                assertEquals(v.pinyin(), keys, "JS pinyin keys of " + v.input());
                assertEquals(v.initials(), initials, "JS initials keys of " + v.input());
            }
            List<String> terms = List.of("党员", "积分制", "cbd", "𠀀𠀁", "5g", "洋");
            for (int shards : new int[] {1, 7, 5948, 65536}) {
                List<Long> js = (List<Long>) browser.executeScript(
                        "return arguments[0].map(function (t) { return CasebookSearch.shardOf(t, arguments[1]); })"
                                .replace("arguments[1]", String.valueOf(shards)), terms);
                for (int i = 0; i < terms.size(); i++) {
                    assertEquals(IndexFormat.shardOf(terms.get(i), shards), js.get(i).intValue(), terms.get(i) + " / " + shards);
                }
            }
            assertTrue(vectors.size() >= 25);
            lettersSplitIntoPinyinSyllables(browser);
            documentSetsAndPostingsDecodeToWhatJavaEncoded(browser);
        } finally {
            browser.quit();
        }
    }

    /**
     * Letters typed with the input method off split into syllables of the pinyin table, fewest first, a
     * typed break always one; one syllable alone, or letters that are no pinyin, are not read as pinyin.
     */
    @SuppressWarnings("unchecked")
    private static void lettersSplitIntoPinyinSyllables(ChromeDriver browser) {
        List<Object> splits = (List<Object>) browser.executeScript("return [\"xi'an dangjian\", 'XIAN', 'AI', 'ESG 党建', '党建']"
                + ".map(function (q) { return CasebookSearch.pinyinSplits(q); })");
        assertEquals(List.of(List.of(List.of("xi", "an", "dang", "jian"), List.of("xi", "an", "dang", "ji", "an"))), splits.get(0));
        assertEquals(List.of(List.of(List.of("xi", "an"))), splits.get(1));
        assertEquals(List.of(), splits.get(2));
        assertEquals(List.of(), splits.get(3));
        assertEquals(List.of(), splits.get(4));
        // letters beside Chinese characters or digits are a word, never pinyin (QQ群 is not 区企群); alone they may be
        assertEquals(List.of(), browser.executeScript("return ['QQ群', 'dj党建', 'dangjian 2024', 'APP推广']"
                + ".map(function (q) { return CasebookSearch.pinyinSplits(q); }).filter(function (w) { return w.length; })"));
        assertEquals(List.of(List.of(List.of("q", "q"))), browser.executeScript("return CasebookSearch.pinyinSplits('QQ')"));
        // 极分 (from 积极分子) is the commoner bigram of ji'fen; the phrases the index holds tell the readings apart
        String sounds = "{\"ji'fen\": [\"极分积分\", [9, 5]], \"fen'zhi\": [\"分制\", [4]], \"zhi'du\": [\"制度\", [7]]}";
        assertEquals("积分制度", browser.executeScript("return CasebookSearch.pinyinReading('jifen zhidu', " + sounds
                + ", {'积分制': [3, 'x'], '分制度': [3, 'x']})"));
        assertEquals("极分制度", browser.executeScript("return CasebookSearch.pinyinReading('jifenzhidu', " + sounds + ", {})"));
        // a character no bigram of the index holds leaves the run as typed
        assertEquals("jifenzhiyu", browser.executeScript("return CasebookSearch.pinyinReading('jifenzhiyu', " + sounds + ", {})"));
        // two to four consonants that split into no syllables are initials (简拼), looked up under initials keys
        assertEquals(List.of(List.of(List.of("d", "y", "j", "y"))), browser.executeScript(
                "return CasebookSearch.pinyinSplits('DYJY')"));
        assertEquals(List.of(), browser.executeScript("return CasebookSearch.pinyinSplits('dangyuanjiaoyux')"),
                "letters that are neither syllables nor two to four initials are not read");
        String initials = "{\"d-y\": [\"党员党委\", [9, 4]], \"y-j\": [\"员教\", [1]], \"j-y\": [\"教育经验\", [7, 3]]}";
        assertEquals("党员教育", browser.executeScript("return CasebookSearch.pinyinReading('dyjy', " + initials
                + ", {'党员教': [5, 'x'], '员教育': [5, 'x'], '党员经': [1, 'x']})"));
        assertEquals("dyjy", browser.executeScript("return CasebookSearch.pinyinReading('dyjy', " + initials + ", {'党员经': [1, 'x']})"),
                "a reading of initials whose phrases the index does not all hold is no reading");
        assertEquals("党员", browser.executeScript("return CasebookSearch.pinyinReading('dy', " + initials + ", {})"),
                "two initials: the commonest bigram");
        assertEquals("dyjy", browser.executeScript("return CasebookSearch.pinyinReading('dyjy', " + sounds + ", {})"),
                "initials keys only: a sound key never answers initials");
    }

    /** Every form of a document set (gaps, bitmap, complement) and a postings list read back by search.js. */
    @SuppressWarnings("unchecked")
    private static void documentSetsAndPostingsDecodeToWhatJavaEncoded(ChromeDriver browser) {
        int n = 1000;
        Map<String, int[]> sets = new java.util.LinkedHashMap<>();
        sets.put("empty", new int[0]);
        sets.put("sparse", new int[] {0, 3, 999});
        sets.put("every third", java.util.stream.IntStream.range(0, n).filter(d -> d % 3 == 0).toArray());
        sets.put("all", java.util.stream.IntStream.range(0, n).toArray());
        sets.put("all but three", java.util.stream.IntStream.range(0, n).filter(d -> d != 0 && d != 500 && d != 999).toArray());
        java.util.Set<Character> forms = new java.util.TreeSet<>();
        for (Map.Entry<String, int[]> e : sets.entrySet()) {
            String encoded = DocSets.encode(e.getValue(), n);
            forms.add(encoded.charAt(0));
            List<Long> js = (List<Long>) browser.executeScript("return CasebookSearch.decodeDocs(arguments[0], " + n + ")", encoded);
            assertEquals(java.util.Arrays.stream(e.getValue()).boxed().toList(), js.stream().map(Long::intValue).toList(),
                    e.getKey() + " as " + encoded);
        }
        assertEquals(java.util.Set.of('b', 'c', 'd'), forms, "the sets above exercise every form");
    }
}
