package org.casebook.insight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns text into the features related-case scoring compares: overlapping pairs of Han characters
 * (Chinese has no spaces, and two-character words dominate its vocabulary) and lower-cased Latin or
 * digit words. Counts occurrences, so frequent features of a case weigh more.
 */
final class TextFeatures {

    private TextFeatures() {
    }

    static void addTo(String text, Map<String, Integer> counts) {
        // pairs of Basic Multilingual Plane characters are counted under an int key (most features of a
        // Chinese text), so that only each distinct pair becomes a String
        PairCounts pairs = new PairCounts();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isHan(cp)) {
                int j = i + len;
                if (j < n && isHan(text.codePointAt(j))) {
                    int next = text.codePointAt(j);
                    if (len == 1 && Character.charCount(next) == 1) {
                        pairs.add(cp << 16 | next);
                    } else {
                        counts.merge(text.substring(i, j + Character.charCount(next)), 1, Integer::sum);
                    }
                }
                i = j;
            } else if (Character.isLetterOrDigit(cp)) {
                int j = i;
                while (j < n && Character.isLetterOrDigit(text.codePointAt(j)) && !isHan(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
                String word = text.substring(i, j).toLowerCase(Locale.ROOT);
                if (word.length() >= 2) {
                    counts.merge(word, 1, Integer::sum);
                }
                i = j;
            } else {
                i += len;
            }
        }
        pairs.drainTo(counts);
    }

    /** Open-addressing counts keyed by two UTF-16 units packed into an int (never 0: Han units are not). */
    private static final class PairCounts {
        private int[] keys = new int[8192];
        private int[] values = new int[8192];
        private int size;

        void add(int key) {
            int mask = keys.length - 1;
            int i = (key * 0x9E3779B9 >>> 7) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                keys[i] = key;
                size++;
            }
            values[i]++;
            if (size * 2 > keys.length) {
                grow();
            }
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    int i = (oldKeys[j] * 0x9E3779B9 >>> 7) & mask;
                    while (keys[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }

        void drainTo(Map<String, Integer> counts) {
            char[] pair = new char[2];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    pair[0] = (char) (keys[i] >>> 16);
                    pair[1] = (char) keys[i];
                    counts.merge(new String(pair), values[i], Integer::sum);
                }
            }
        }
    }

    static Map<String, Integer> of(String text) {
        Map<String, Integer> m = new HashMap<>();
        addTo(text, m);
        return m;
    }

    /** The script of every UTF-16 unit, looked up once: {@code UnicodeScript.of} is a binary search per call. */
    private static final boolean[] HAN_BMP = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c < HAN_BMP.length; c++) {
            HAN_BMP[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    private static boolean isHan(int cp) {
        return cp <= Character.MAX_VALUE ? HAN_BMP[cp] : Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
