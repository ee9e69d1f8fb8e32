package org.casebook.insight;

/**
 * Counts per feature key ({@link TextFeatures}), in open-addressing arrays: no boxing, and one
 * instance is cleared and reused for every case a thread handles. Key 0 marks an empty slot (no
 * feature key is 0).
 */
final class FeatureCounts {

    private long[] keys;
    private int[] values;
    private int size;
    /**
     * The slots in use, in the order they were taken: clearing and visiting touch only these, where
     * the whole table (sized for the longest case a thread has met) cost several times a case's own
     * features.
     */
    private int[] used;

    FeatureCounts() {
        this(1024);
    }

    private FeatureCounts(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        used = new int[capacity / 2];
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    void add(long key, int by) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            if (size * 2 + 2 > keys.length) {
                grow();
                add(key, by);
                return;
            }
            keys[i] = key;
            used[size++] = i;
        }
        values[i] += by;
    }

    /** The count of {@code key}, 0 when absent. */
    int get(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    int size() {
        return size;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            keys[used[k]] = 0;
            values[used[k]] = 0;
        }
        size = 0;
    }

    /** Adds every count of {@code other} into this one. */
    void addAll(FeatureCounts other) {
        other.forEach(this::add);
    }

    /** Visits every count, in the order the keys were first added. */
    void forEach(Entry visitor) {
        for (int k = 0; k < size; k++) {
            visitor.accept(keys[used[k]], values[used[k]]);
        }
    }

    @FunctionalInterface
    interface Entry {
        void accept(long key, int count);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = java.util.Arrays.copyOf(used, keys.length / 2);
        int mask = keys.length - 1;
        for (int k = 0; k < size; k++) {
            int j = used[k];
            int i = slot(oldKeys[j], mask);
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
            used[k] = i;
        }
    }
}
