package org.casebook.search;

import java.util.Arrays;

/** The first pass of a counting sort, which the index builder uses to group postings by partition and by term. */
final class Buckets {

    private Buckets() {
    }

    /**
     * Fills {@code starts[0 .. buckets]} so that the items of bucket b, {@code bucketOf[k] == b}, go to
     * {@code [starts[b] .. starts[b + 1])} in their order.
     */
    static void starts(int[] bucketOf, int n, int buckets, int[] starts) {
        Arrays.fill(starts, 0, buckets + 1, 0);
        for (int k = 0; k < n; k++) {
            starts[bucketOf[k] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            starts[b + 1] += starts[b];
        }
    }
}
