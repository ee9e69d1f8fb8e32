package org.casebook.taxonomy;

import java.util.Collection;
import java.util.Optional;

/**
 * Did-you-mean by edit distance over characters (code points, so one Han character is one edit).
 * A suggestion is offered only when it is close relative to the word's length, so "洋浦开发" suggests
 * "洋浦开发区" but "教育" does not suggest "服务".
 */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates.stream().sorted().toList()) {
            int d = distance(TermNames.normalise(word), TermNames.normalise(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int len = Math.max(word.codePointCount(0, word.length()), 1);
        int allowed = Math.max(1, Math.min(3, len / 2));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance over code points. */
    public static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
