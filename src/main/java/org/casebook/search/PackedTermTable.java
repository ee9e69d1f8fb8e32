package org.casebook.search;

/**
 * The postings of packed n-gram terms ({@link NgramCounts} keys) while the index is built: an
 * open-addressing table from key to {@link Postings}, so merging a document's tens of thousands of
 * postings costs no String, boxing or {@code equals} call.
 */
final class PackedTermTable {

    private long[] keys = new long[1024];
    private Postings[] values = new Postings[1024];
    private int size;

    Postings get(long key) {
        int mask = keys.length - 1;
        int i = NgramCounts.hash(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        Postings p = new Postings();
        keys[i] = key;
        values[i] = p;
        if (++size * 2 > keys.length) {
            grow();
        }
        return p;
    }

    /** The postings of a key, or null: a look-up that adds nothing. */
    Postings find(long key) {
        int mask = keys.length - 1;
        int i = NgramCounts.hash(key) & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private void grow() {
        long[] oldKeys = keys;
        Postings[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Postings[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = NgramCounts.hash(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    int size() {
        return size;
    }

    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                visitor.entry(keys[i], values[i]);
            }
        }
    }

    interface Visitor {
        void entry(long key, Postings postings);
    }
}
