package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index's numbered keys are the keys the table defines, in the same order. */
class PinyinTest {

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
        // several readings (行, 长, 重, 了), the joining 的 (no initials keys), common characters and one
        // the table lacks (A)
        String chars = "行长重了的党建联盟积分制度银行AZ";
        int compared = 0;
        for (char a : chars.toCharArray()) {
            for (char b : chars.toCharArray()) {
                String t = "" + a + b;
                List<String> expected = new ArrayList<>(p.keys(t));
                expected.addAll(p.initialKeys(t));
                assertEquals(expected, viaCodes(p, t), t);
                compared += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(compared > 200, "bigrams with keys compared: " + compared);
        assertEquals(List.of("zhi'du", "zhi'duo", "z-d"), viaCodes(p, "制度"));
        assertEquals(List.of("de'dang", "di'dang"), viaCodes(p, "的党"), "的 joins words: no initials keys");
    }
}
