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

    /**
     * Open addressing over 4096 or more slots, slot i as {@code table[2i]} the key (0 for free) and
     * {@code table[2i + 1]} the body count (high half) and field count (low half): a look-up touches
     * one cache line, where keys and counts in arrays of their own cost two misses.
     */
    private long[] table = new long[2 * 4096];
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
    /** {@link #drainGrouped}'s scratch: each drained n-gram's partition, and each partition's next free place. */
    private int[] partOf = new int[4096];
    private int[] nextFree = new int[0];

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

    /** The index's terms are merged in this many hash partitions at once. */
    static final int PARTITIONS = 16;

    /** A key's partition: the top bits of its hash, which tables' slots (the low bits) leave alone. */
    static int partition(long key) {
        return hash(key) >>> 28;
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
        long[] t = table;
        int mask = (t.length >> 1) - 1;
        int i = hash(key) & mask;
        long k;
        while ((k = t[2 * i]) != key) {
            if (k == 0) {
                if (size * 4 + 4 > t.length) {
                    grow();
                    add(key, slot, weight);
                    return;
                }
                t[2 * i] = key;
                used[size++] = i;
                break;
            }
            i = (i + 1) & mask;
        }
        t[2 * i + 1] += slot == 0 ? (long) weight << 32 : weight;
    }

    private void grow() {
        long[] old = table;
        long[] t = new long[old.length * 2];
        used = Arrays.copyOf(used, t.length / 4);
        int mask = (t.length >> 1) - 1;
        for (int k = 0; k < size; k++) {
            int j = used[k];
            int i = hash(old[2 * j]) & mask;
            while (t[2 * i] != 0) {
                i = (i + 1) & mask;
            }
            t[2 * i] = old[2 * j];
            t[2 * i + 1] = old[2 * j + 1];
            used[k] = i;
        }
        table = t;
    }

    /** The number of distinct n-grams counted. */
    int size() {
        return size + charSize;
    }

    /**
     * Writes every packed n-gram with its body and field counts into the arrays (each at least
     * {@link #size()} long), grouped by {@link #partition}, and empties this table: partition p's at
     * {@code [from[p] .. from[p + 1])}, {@code from} being {@code PARTITIONS + 1} long, each group in
     * the order counted (the multi-character n-grams in the order first added, then the single
     * characters in the order first seen). One counting sort straight out of the table, where draining
     * first and grouping after cost four more arrays and a pass per document.
     */
    void drainGrouped(long[] out, int[] body, int[] fields, int[] from) {
        int n = size();
        if (partOf.length < n) {
            partOf = new int[Math.max(n, 2 * partOf.length)];
        }
        int[] part = partOf;
        long[] t = table;
        int at = 0;
        for (int k = 0; k < size; k++) {
            part[at++] = partition(t[2 * used[k]]);
        }
        for (int k = 0; k < charSize; k++) {
            part[at++] = partition(key(chars[k]));
        }
        Buckets.starts(part, n, PARTITIONS, from);
        int[] next = nextFree.length < PARTITIONS ? (nextFree = new int[PARTITIONS]) : nextFree;
        System.arraycopy(from, 0, next, 0, PARTITIONS);
        at = 0;
        for (int k = 0; k < size; k++) {
            int i = used[k];
            int to = next[part[at++]]++;
            out[to] = t[2 * i];
            body[to] = (int) (t[2 * i + 1] >>> 32);
            fields[to] = (int) t[2 * i + 1];
            t[2 * i] = 0;
            t[2 * i + 1] = 0;
        }
        for (int k = 0; k < charSize; k++) {
            char c = chars[k];
            int to = next[part[at++]]++;
            out[to] = key(c);
            body[to] = charCounts[2 * c];
            fields[to] = charCounts[2 * c + 1];
            charCounts[2 * c] = 0;
            charCounts[2 * c + 1] = 0;
        }
        size = 0;
        charSize = 0;
    }
}
