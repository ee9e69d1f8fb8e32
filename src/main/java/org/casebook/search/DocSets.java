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
        int bitmapLength = 1 + Base64Varint.bitmapLength(sortedDocs, docCount);
        StringBuilder gaps = new StringBuilder("d");
        int prev = -1;
        for (int d : sortedDocs) {
            Base64Varint.append(d - prev - 1, gaps);
            prev = d;
        }
        StringBuilder missing = new StringBuilder().append(MISSING);
        if (2 * sortedDocs.length > docCount) {
            int at = 0;
            prev = -1;
            for (int d = 0; d < docCount && missing.length() < gaps.length(); d++) {
                if (at < sortedDocs.length && sortedDocs[at] == d) {
                    at++;
                } else {
                    Base64Varint.append(d - prev - 1, missing);
                    prev = d;
                }
            }
        }
        boolean dense = 2 * sortedDocs.length > docCount && missing.length() < gaps.length();
        StringBuilder shortest = dense ? missing : gaps;
        if (shortest.length() <= bitmapLength) {
            return shortest.toString();
        }
        return "b" + Base64Varint.bitmap(sortedDocs, docCount);
    }
}
