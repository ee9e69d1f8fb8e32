package org.casebook.insight;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One case's distinct text features and their counts ({@link TextFeatures}), kept between the two
 * passes of {@link RelatedCases} so that a case's text is read once. Compact because every case's
 * are held at once: a packed Han pair (nearly every feature of a Chinese text) takes four bytes, a
 * hashed feature eight, and a count one, where the counting table took twelve and more a feature.
 */
final class KeptFeatures {

    /** The largest count kept in a byte; a case counting a feature more often is not kept. */
    static final int MAX_COUNT = 255;

    /** Packed pairs (keys below 2^32), as unsigned ints. */
    private final int[] pairs;
    /** Every other key (hashed features). */
    private final long[] others;
    /** The pairs' counts, then the others', as unsigned bytes. */
    private final byte[] counts;

    private KeptFeatures(int[] pairs, long[] others, byte[] counts) {
        this.pairs = pairs;
        this.others = others;
        this.counts = counts;
    }

    /**
     * The features counted in {@code tf}, their heap taken from {@code room}; null, and nothing taken,
     * when there is not room enough or a count exceeds {@link #MAX_COUNT}.
     */
    static KeptFeatures of(FeatureCounts tf, AtomicLong room) {
        int[] pairCount = {0};
        boolean[] tooMany = {false};
        tf.forEach((key, count) -> {
            if (key >>> 32 == 0) {
                pairCount[0]++;
            }
            if (count > MAX_COUNT) {
                tooMany[0] = true;
            }
        });
        if (tooMany[0] || !reserve(room, bytes(pairCount[0], tf.size() - pairCount[0]))) {
            return null;
        }
        int[] pairs = new int[pairCount[0]];
        long[] others = new long[tf.size() - pairCount[0]];
        byte[] counts = new byte[tf.size()];
        int[] at = {0, 0};
        tf.forEach((key, count) -> {
            if (key >>> 32 == 0) {
                counts[at[0]] = (byte) count;
                pairs[at[0]++] = (int) key;
            } else {
                counts[pairs.length + at[1]] = (byte) count;
                others[at[1]++] = key;
            }
        });
        return new KeptFeatures(pairs, others, counts);
    }

    private static boolean reserve(AtomicLong room, long bytes) {
        for (long left = room.get(); left >= bytes; left = room.get()) {
            if (room.compareAndSet(left, left - bytes)) {
                return true;
            }
        }
        return false;
    }

    /** Roughly the heap a case's features take: the arrays' elements and headers, and the object. */
    static long bytes(int pairs, int others) {
        return 4L * pairs + 8L * others + (pairs + others) + 3 * 16 + 24;
    }

    int size() {
        return counts.length;
    }

    /** Visits every feature and its count: the pairs, then the others. */
    void forEach(FeatureCounts.Entry visitor) {
        for (int k = 0; k < pairs.length; k++) {
            visitor.accept(Integer.toUnsignedLong(pairs[k]), counts[k] & 0xFF);
        }
        for (int k = 0; k < others.length; k++) {
            visitor.accept(others[k], counts[pairs.length + k] & 0xFF);
        }
    }
}
