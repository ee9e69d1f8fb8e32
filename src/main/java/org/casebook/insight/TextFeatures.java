package org.casebook.insight;

import java.util.Locale;

/**
 * Turns text into the features related-case scoring compares: overlapping pairs of Han characters
 * (Chinese has no spaces, and two-character words dominate its vocabulary) and lower-cased Latin or
 * digit words. Counts occurrences, so frequent features of a case weigh more.
 *
 * <p>A feature is a {@code long} key, never a String: a pair of Basic Multilingual Plane characters
 * (most features of a Chinese text) is the two UTF-16 units packed into a positive number, anything
 * else (a word, a pair outside the BMP) a 64-bit hash with the sign bit set. At 10,000 cases the
 * features were counted twice per case as strings, a fifth of the build's CPU time.
 */
final class TextFeatures {

    private TextFeatures() {
    }

    static void addTo(String text, FeatureCounts counts) {
        // on an array: under the launcher's C1-only JIT, String.codePointAt checks the coder and the
        // bounds on every call, and this loop runs over every character of every case
        char[] a = text.toCharArray();
        int n = a.length;
        int i = 0;
        while (i < n) {
            char c = a[i];
            // the common case, a Han character of the BMP followed by one or by no Han at all, without
            // code point look-ups; a pair reaching outside the BMP takes the general path below
            if (!Character.isSurrogate(c) && HAN_BMP[c] && (i + 1 == n || !Character.isSurrogate(a[i + 1]))) {
                if (i + 1 < n && HAN_BMP[a[i + 1]]) {
                    counts.add((long) c << 16 | a[i + 1], 1);
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(a, i);
            int len = Character.charCount(cp);
            if (isHan(cp)) {
                int j = i + len;
                int next = j < n ? Character.codePointAt(a, j) : 0;
                if (j < n && isHan(next)) {
                    counts.add(hashed(new String(a, i, j + Character.charCount(next) - i)), 1);
                }
                i = j;
            } else if (Character.isLetterOrDigit(cp)) {
                int j = i;
                while (j < n) {
                    int x = Character.codePointAt(a, j);
                    if (!Character.isLetterOrDigit(x) || isHan(x)) {
                        break;
                    }
                    j += Character.charCount(x);
                }
                if (j - i >= 2) {
                    counts.add(hashed(new String(a, i, j - i).toLowerCase(Locale.ROOT)), 1);
                }
                i = j;
            } else {
                i += len;
            }
        }
    }

    /** FNV-1a over the UTF-16 units, sign bit set so it never meets a packed pair (or 0, the empty slot). */
    static long hashed(String s) {
        long h = 0xcbf29ce484222325L;
        for (int k = 0; k < s.length(); k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        return h | Long.MIN_VALUE;
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
