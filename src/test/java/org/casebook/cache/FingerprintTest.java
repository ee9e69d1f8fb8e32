package org.casebook.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static String key(String s) {
        return Arrays.toString(Fingerprint.of(s));
    }

    @Test
    void theSameTextGivesTheSameFingerprint() {
        assertArrayEquals(Fingerprint.of("党员教育" + "积分"), Fingerprint.of(new String("党员教育积分")));
    }

    @Test
    void everyOneCharacterEditChangesIt() {
        String base = "## 背景\n\n洋浦经济开发区的产业链党建工作法，见 [链接](other.md)。";
        java.util.Map<String, String> textByKey = new java.util.HashMap<>();
        java.util.function.Consumer<String> check = text -> {
            String earlier = textByKey.putIfAbsent(key(text), text);
            assertTrue(earlier == null || earlier.equals(text), "collision: " + earlier + " / " + text);
        };
        check.accept(base);
        for (int i = 0; i < base.length(); i++) {
            for (char c : new char[] {'a', '党', '\0', (char) (base.charAt(i) ^ 1)}) {
                check.accept(base.substring(0, i) + c + base.substring(i + 1));
            }
            check.accept(base.substring(0, i) + base.substring(i + 1));
        }
        assertTrue(textByKey.size() > 4 * base.length(), "the edits were distinct texts");
    }

    @Test
    void trailingNulsAndLengthCount() {
        assertFalse(key("").equals(key("\0")));
        assertFalse(key("\0").equals(key("\0\0")));
        assertFalse(key("abcd").equals(key("abcd\0\0\0\0")));
    }

    @Test
    void thueMorseStringsDoNotCollide() {
        // the classic collision of polynomial hashing modulo 2^64
        StringBuilder a = new StringBuilder("a");
        StringBuilder b = new StringBuilder("b");
        for (int i = 0; i < 11; i++) {
            String x = a.toString();
            a.append(b);
            b.append(x);
        }
        assertEquals(a.length(), b.length());
        assertFalse(key(a.toString()).equals(key(b.toString())));
    }

    @Test
    void manyShortTextsAllDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            assertFalse(!seen.add(key(Integer.toString(i, 7))), "collision at " + i);
        }
    }

    @Test
    void bytesOfEveryLengthAndEveryOneByteEditDiffer() {
        Set<String> seen = new HashSet<>();
        byte[] base = "<p>园区党群服务中心全年开展活动738场次</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int n = 0; n <= base.length; n++) {
            byte[] prefix = Arrays.copyOf(base, n);
            assertTrue(seen.add(Arrays.toString(Fingerprint.of(prefix))), "prefix of " + n + " bytes");
            for (int i = 0; i < n; i++) {
                byte[] edited = prefix.clone();
                edited[i] ^= (byte) (1 << (i % 8));
                assertTrue(seen.add(Arrays.toString(Fingerprint.of(edited))), "edit at " + i + " of " + n);
            }
        }
        assertArrayEquals(Fingerprint.of(base), Fingerprint.of(base.clone()));
        assertFalse(Arrays.equals(Fingerprint.of(new byte[8]), Fingerprint.of(new byte[9])), "trailing zero bytes count");
    }
}
