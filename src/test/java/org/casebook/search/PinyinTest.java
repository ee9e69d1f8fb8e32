package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index's numbered keys, and their text forms, are the keys the table defines, in the same order. */
class PinyinTest {

    /**
     * The keys as the table defines them, worked out here from the two characters' readings: every
     * combination in syllable order (at most MAX_KEYS), then their initials, each once, none for 的.
     */
    private static List<String> defined(Pinyin p, String bigram) {
        List<String> full = new ArrayList<>();
        for (String x : p.readings(bigram.charAt(0))) {
            for (String y : p.readings(bigram.charAt(1))) {
                if (full.size() < Pinyin.MAX_KEYS) {
                    full.add(x + "'" + y);
                }
            }
        }
        List<String> out = new ArrayList<>(full);
        if (Pinyin.INITIALS_SKIP.indexOf(bigram.charAt(0)) < 0 && Pinyin.INITIALS_SKIP.indexOf(bigram.charAt(1)) < 0) {
            for (String key : full) {
                String initials = key.charAt(0) + "-" + key.charAt(key.indexOf('\'') + 1);
                if (!out.contains(initials)) {
                    out.add(initials);
                }
            }
        }
        return out;
    }

    private static List<String> viaCodes(Pinyin p, String bigram) {
        long[] codes = new long[2 * Pinyin.MAX_KEYS];
        int n = p.keyCodes(bigram.charAt(0), bigram.charAt(1), codes);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(p.keyText(codes[i]));
        }
        return out;
    }

    @Test
    void numberedKeysAreTheFullThenTheInitialsKeysOfEveryBigram() {
        Pinyin p = Pinyin.standard();
        // several readings (行, 长, 重, 了; 和 and 差 three each, more combinations than MAX_KEYS), the joining
        // 的 (no initials keys), common characters and one
        // the table lacks (A)
        String chars = "行长重了和差的党建联盟积分制度银行AZ";
        int compared = 0;
        for (char a : chars.toCharArray()) {
            for (char b : chars.toCharArray()) {
                String t = "" + a + b;
                List<String> expected = defined(p, t);
                assertEquals(expected, viaCodes(p, t), t);
                List<String> texts = new ArrayList<>(p.keys(t));
                texts.addAll(p.initialKeys(t));
                assertEquals(expected, texts, t);
                compared += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(compared > 200, "bigrams with keys compared: " + compared);
        assertEquals(List.of("zhi'du", "zhi'duo", "z-d"), viaCodes(p, "制度"));
        assertEquals(List.of("de'dang", "di'dang"), viaCodes(p, "的党"), "的 joins words: no initials keys");
    }
}
