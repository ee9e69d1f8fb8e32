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

    FeatureCounts() {
        this(1024);
    }

    private FeatureCounts(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
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
            keys[i] = key;
            size++;
            if (size * 2 > keys.length) {
                values[i] = by;
                grow();
                return;
            }
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
        java.util.Arrays.fill(keys, 0);
        java.util.Arrays.fill(values, 0);
        size = 0;
    }

    /** Adds every count of {@code other} into this one. */
    void addAll(FeatureCounts other) {
        other.forEach(this::add);
    }

    void forEach(Entry visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                visitor.accept(keys[i], values[i]);
            }
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
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
