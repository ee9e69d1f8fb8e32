package org.casebook.search;

import java.util.Arrays;

/**
 * The postings of packed n-gram terms ({@link NgramCounts} keys) while the index is built: an
 * open-addressing table from key to {@link Postings}, so merging a document's tens of thousands of
 * postings costs no String, boxing or {@code equals} call. Each term also has a number, its place in
 * the order terms were added, which a merge can group postings by.
 */
final class PackedTermTable {

    private long[] keys = new long[1024];
    /** Each slot's term number. */
    private int[] ids = new int[1024];
    /** The postings by term number. */
    private Postings[] postings = new Postings[512];
    private int size;

    /** The number of a key's term, a new one (with empty postings) for a key not seen before. */
    int id(long key) {
        int mask = keys.length - 1;
        int i = NgramCounts.hash(key) & mask;
        long k;
        while ((k = keys[i]) != 0) {
            if (k == key) {
                return ids[i];
            }
            i = (i + 1) & mask;
        }
        int id = size;
        if (id == postings.length) {
            postings = Arrays.copyOf(postings, 2 * id);
        }
        postings[id] = new Postings();
        keys[i] = key;
        ids[i] = id;
        if (++size * 2 > keys.length) {
            grow();
        }
        return id;
    }

    /** The postings of term number {@code id}, below {@link #size()}. */
    Postings postings(int id) {
        return postings[id];
    }

    /** The postings of a key, or null: a look-up that adds nothing. */
    Postings find(long key) {
        int mask = keys.length - 1;
        int i = NgramCounts.hash(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return postings[ids[i]];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = NgramCounts.hash(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                ids[i] = oldIds[j];
            }
        }
    }

    int size() {
        return size;
    }

    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                visitor.entry(keys[i], postings[ids[i]]);
            }
        }
    }

    interface Visitor {
        void entry(long key, Postings postings);
    }
}
