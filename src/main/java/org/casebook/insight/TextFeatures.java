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
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isHan(cp)) {
                int j = i + len;
                if (j < n && isHan(text.codePointAt(j))) {
                    int next = text.codePointAt(j);
                    counts.merge(text.substring(i, j + Character.charCount(next)), 1, Integer::sum);
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
