package org.casebook.search;

import java.util.Arrays;

/**
 * Term frequencies of one document's Han n-grams (one to three characters of the Basic Multilingual
 * Plane) keyed by the characters packed into a long, so that the tens of thousands of occurrences in a
 * case cost no String each; only the distinct n-grams become Strings, once, in {@link #drainTo}. Han n-grams are
 * never words, so these terms and the document's other terms are disjoint.
 */
final class NgramCounts {

    private long[] keys = new long[4096];
    private int[] counts = new int[2 * 4096];
    private int size;

    /** Whether {@code cp} fits the packed form. */
    static boolean packable(int cp) {
        return cp <= Character.MAX_VALUE;
    }

    static long key(int c1) {
        return (1L << 48) | c1;
    }

    static long key(int c1, int c2) {
        return (2L << 48) | ((long) c1 << 16) | c2;
    }

    static long key(int c1, int c2, int c3) {
        return (3L << 48) | ((long) c1 << 32) | ((long) c2 << 16) | c3;
    }

    void add(long key, int slot, int weight) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                grow();
                add(key, slot, weight);
                return;
            }
        }
        counts[2 * i + slot] += weight;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldCounts.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = hash(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[2 * i] = oldCounts[2 * j];
                counts[2 * i + 1] = oldCounts[2 * j + 1];
            }
        }
    }

    /** The number of distinct n-grams counted. */
    int size() {
        return size;
    }

    /**
     * Writes every n-gram as a String with its body and field counts into the arrays (each at least
     * {@link #size()} long) and empties this table.
     */
    void drainTo(String[] terms, int[] body, int[] fields) {
        char[] chars = new char[3];
        int at = 0;
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k == 0) {
                continue;
            }
            int len = (int) (k >>> 48);
            for (int c = 0; c < len; c++) {
                chars[c] = (char) (k >>> (16 * (len - 1 - c)));
            }
            terms[at] = new String(chars, 0, len);
            body[at] = counts[2 * i];
            fields[at] = counts[2 * i + 1];
            at++;
        }
        Arrays.fill(keys, 0);
        Arrays.fill(counts, 0);
        size = 0;
    }
}
