package org.casebook.search;

import java.util.Arrays;

/**
 * Term frequencies of one document's Han n-grams (one to three characters of the Basic Multilingual
 * Plane) keyed by the characters packed into a long, so that the tens of thousands of occurrences in a
 * case cost no String each; an n-gram becomes a String only once for the whole index, when the
 * postings are encoded ({@link #term}). Han n-grams are never words, so these terms and the document's
 * other terms are disjoint.
 */
final class NgramCounts {

    private long[] keys = new long[4096];
    private int[] counts = new int[2 * 4096];
    private int size;
    /**
     * The slots in use, in the order they were taken: draining reads and clears only these, where
     * scanning the whole table (sized for the longest document a thread has met) cost several times
     * the work of the document's own n-grams.
     */
    private int[] used = new int[2048];
    /** Single characters need no hashing: counted straight by character, the characters seen listed. */
    private final int[] charCounts = new int[2 * (Character.MAX_VALUE + 1)];
    private char[] chars = new char[1024];
    private int charSize;

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

    /** The n-gram a packed key stands for. */
    static String term(long key) {
        int len = (int) (key >>> 48);
        char[] chars = new char[len];
        for (int c = 0; c < len; c++) {
            chars[c] = (char) (key >>> (16 * (len - 1 - c)));
        }
        return new String(chars);
    }

    /** A well-mixed hash of a packed key (its low bits index tables, its top bits pick partitions). */
    static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    void addChar(char c, int slot, int weight) {
        if (charCounts[2 * c] == 0 && charCounts[2 * c + 1] == 0) {
            if (charSize == chars.length) {
                chars = Arrays.copyOf(chars, 2 * charSize);
            }
            chars[charSize++] = c;
        }
        charCounts[2 * c + slot] += weight;
    }

    void add(long key, int slot, int weight) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            if (size * 2 + 2 > keys.length) {
                grow();
                add(key, slot, weight);
                return;
            }
            keys[i] = key;
            used[size++] = i;
        }
        counts[2 * i + slot] += weight;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldCounts.length * 2];
        used = Arrays.copyOf(used, keys.length / 2);
        int mask = keys.length - 1;
        for (int k = 0; k < size; k++) {
            int j = used[k];
            int i = hash(oldKeys[j]) & mask;
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            counts[2 * i] = oldCounts[2 * j];
            counts[2 * i + 1] = oldCounts[2 * j + 1];
            used[k] = i;
        }
    }

    /** The number of distinct n-grams counted. */
    int size() {
        return size + charSize;
    }

    /**
     * Writes every packed n-gram with its body and field counts into the arrays (each at least
     * {@link #size()} long) and empties this table.
     */
    void drainTo(long[] out, int[] body, int[] fields) {
        int at = 0;
        for (int k = 0; k < size; k++) {
            int i = used[k];
            out[at] = keys[i];
            body[at] = counts[2 * i];
            fields[at] = counts[2 * i + 1];
            keys[i] = 0;
            counts[2 * i] = 0;
            counts[2 * i + 1] = 0;
            at++;
        }
        for (int k = 0; k < charSize; k++) {
            char c = chars[k];
            out[at] = key(c);
            body[at] = charCounts[2 * c];
            fields[at] = charCounts[2 * c + 1];
            charCounts[2 * c] = 0;
            charCounts[2 * c + 1] = 0;
            at++;
        }
        size = 0;
        charSize = 0;
    }
}
