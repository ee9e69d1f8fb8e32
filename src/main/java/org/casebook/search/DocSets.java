package org.casebook.search;

/**
 * A set of document ids as a string, whichever of three forms is shortest: {@code d} then varint gaps
 * (sparse sets), {@code b} then a six-bits-per-character bitmap (middling ones), {@code c} then the
 * varint gaps of the documents <em>missing</em> from the set (dense ones: a word in nearly every case,
 * like 党员, costs a few characters instead of a full bitmap). {@code docBits} in search.js reads them.
 */
final class DocSets {

    /** The first letter of a set written by the documents missing from it. */
    static final char MISSING = 'c';

    private DocSets() {
    }

    static String encode(int[] sortedDocs, int docCount) {
        return encode(sortedDocs, sortedDocs.length, docCount, new Chars(16)).toString();
    }

    /**
     * Appends the set of {@code sortedDocs[0 .. n)}. The forms' lengths are counted first and only the
     * shortest is written: building all three cost more than the rest of a term's encoding.
     */
    static Chars encode(int[] sortedDocs, int n, int docCount, Chars out) {
        int bitmapLength = 1 + Base64Varint.bitmapLength(sortedDocs, n, docCount);
        int gaps = 1;
        int prev = -1;
        for (int k = 0; k < n; k++) {
            gaps += Base64Varint.length(sortedDocs[k] - prev - 1);
            prev = sortedDocs[k];
        }
        // the missing documents' form, counted only while it is still the shorter of the two
        int missing = 1;
        if (2 * n > docCount) {
            int at = 0;
            prev = -1;
            for (int d = 0; d < docCount && missing < gaps; d++) {
                if (at < n && sortedDocs[at] == d) {
                    at++;
                } else {
                    missing += Base64Varint.length(d - prev - 1);
                    prev = d;
                }
            }
        }
        boolean dense = 2 * n > docCount && missing < gaps;
        if ((dense ? missing : gaps) > bitmapLength) {
            return out.add('b').bitmap(sortedDocs, n, docCount);
        }
        prev = -1;
        if (dense) {
            // counted to the end: the count stopped early only when it was no shorter
            out.add(MISSING);
            int at = 0;
            for (int d = 0; d < docCount; d++) {
                if (at < n && sortedDocs[at] == d) {
                    at++;
                } else {
                    out.varint(d - prev - 1);
                    prev = d;
                }
            }
            return out;
        }
        out.add('d');
        for (int k = 0; k < n; k++) {
            out.varint(sortedDocs[k] - prev - 1);
            prev = sortedDocs[k];
        }
        return out;
    }
}
