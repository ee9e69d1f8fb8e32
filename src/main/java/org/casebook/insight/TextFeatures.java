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

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
