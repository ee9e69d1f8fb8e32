package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer(TraditionalFolding.standard());

    @Test
    void javaTokenizerMatchesEverySharedVector() {
        List<TokenizerVectors.Vector> vectors = TokenizerVectors.all();
        assertTrue(vectors.size() >= 25, "the vector file lost entries");
        for (TokenizerVectors.Vector v : vectors) {
            assertEquals(v.tokens(), tokenizer.tokens(v.input()), "tokens of " + v.input() + " (" + v.note() + ")");
            assertEquals(v.phrases(), tokenizer.phrases(v.input()), "phrases of " + v.input() + " (" + v.note() + ")");
            QueryAnalysis q = QueryAnalysis.of(v.input(), tokenizer, StopWords.standard());
            assertEquals(v.stop(), q.terms().stream().filter(q.stop()::contains).toList(), "function-word terms of " + v.input());
            assertEquals(v.queryPhrases(), q.phrases(), "query phrases of " + v.input());
            java.util.Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
            q.terms().stream().filter(t -> t.length() == 2 && Tokenizer.isHan(t.charAt(0)) && Tokenizer.isHan(t.charAt(1)))
                    .forEach(t -> keys.put(t, Pinyin.standard().keys(t)));
            assertEquals(v.pinyin(), keys, "pinyin keys of " + v.input());
            java.util.Map<String, List<String>> initials = new java.util.LinkedHashMap<>();
            keys.keySet().forEach(t -> initials.put(t, Pinyin.standard().initialKeys(t)));
            assertEquals(v.initials(), initials, "initials keys of " + v.input());
        }
    }

    @Test
    void questionWordsCountForLittleButAProtectedWordStaysContent() {
        QueryAnalysis q = QueryAnalysis.of("如何了解企业需求", tokenizer, StopWords.standard());
        assertTrue(q.stop().contains("如何") && !q.stop().contains("了解") && !q.stop().contains("企业"), q.toString());
        QueryAnalysis only = QueryAnalysis.of("怎么办", tokenizer, StopWords.standard());
        assertTrue(only.stop().isEmpty(), "a query of function words only keeps them: " + only);
        // a quantity says nothing of the topic (一场 观摩会), but 一次性 is a practice's own word
        QueryAnalysis once = QueryAnalysis.of("如何组织一场观摩会", tokenizer, StopWords.standard());
        assertTrue(once.stop().contains("一场") && !once.stop().contains("观摩"), once.toString());
        QueryAnalysis ruleOnce = QueryAnalysis.of("一次性告知", tokenizer, StopWords.standard());
        assertTrue(!ruleOnce.stop().contains("一次"), ruleOnce.toString());
        // who and how much ask, as 什么 and 哪些 do
        QueryAnalysis who = QueryAnalysis.of("费用每月多少谁来承担", tokenizer, StopWords.standard());
        assertTrue(who.stop().contains("多少") && who.stop().contains("谁来") && !who.stop().contains("承担"), who.toString());
    }

    @Test
    void sameSoundBigramsShareAPinyinKey() {
        assertEquals(Pinyin.standard().keys("联盟"), Pinyin.standard().keys("联萌"));
        assertEquals(List.of("zhi'du", "zhi'duo"), Pinyin.standard().keys("制度"));
        assertTrue(Pinyin.standard().keys("治度").contains("zhi'du"));
        assertEquals(List.of(), Pinyin.standard().keys("党"), "only bigrams have keys");
    }

    @Test
    void theOnePassNormalisationGivesWhatTheFullNormaliserGives() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x3100; c++) {
            every.append(c);
        }
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            every.append(c);
        }
        for (char c = 0xF900; c != 0; c++) {
            every.append(c);
        }
        // each character alone, and runs of neighbours (composition acts across characters)
        for (int i = 0; i < every.length(); i++) {
            String one = String.valueOf(every.charAt(i));
            assertEquals(tokenizer.normalizeFully(one), tokenizer.normalize(one), "U+" + Integer.toHexString(one.charAt(0)));
        }
        for (int i = 0; i + 7 <= every.length(); i += 3) {
            String run = every.substring(i, i + 7);
            assertEquals(tokenizer.normalizeFully(run), tokenizer.normalize(run), run);
        }
        for (String s : List.of("黨員ＣＢＤ　教育，“三会一课”（2024）", "Cafe\u0301 与 café", "ﬁ 积分", "e\u0301", "Ａ\u0301",
                "《洋浦》【现场会】·——", "𠀀𠀁党员", "İstanbul 党建", "…")) {
            assertEquals(tokenizer.normalizeFully(s), tokenizer.normalize(s), s);
            assertEquals(tokenizer.normalize(s), new String(tokenizer.normalizedChars(s)), s);
        }
        for (int i = 0; i + 7 <= every.length(); i += 5) {
            String run = every.substring(i, i + 7);
            assertEquals(tokenizer.normalize(run), new String(tokenizer.normalizedChars(run)), run);
        }
    }

    @Test
    void charactersOfLongerRunsAreIndexedForOneCharacterQueries() {
        List<Tokenizer.Run> runs = tokenizer.runs("党建 e 家");
        assertEquals(List.of("党", "建"), tokenizer.characters(runs));
    }

    @Test
    void foldingKeepsLengthSoOffsetsStayValid() {
        String t = "黨員教育與組織建設";
        assertEquals(t.length(), TraditionalFolding.standard().fold(t).length());
        assertEquals("党员教育与组织建设", TraditionalFolding.standard().fold(t));
    }

    @Test
    void shardOfIsStableAndInRange() {
        // the client computes the same FNV-1a; these values are pinned in SearchClientTest too
        assertEquals(IndexFormat.shardOf("党员", 1000), IndexFormat.shardOf("党员", 1000));
        for (String t : List.of("党员", "积分", "cbd", "𠀀𠀁")) {
            int s = IndexFormat.shardOf(t, 7);
            assertTrue(s >= 0 && s < 7);
        }
    }
}
