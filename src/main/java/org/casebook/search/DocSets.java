package org.casebook.search;

/**
 * A set of document ids as a string: {@code d} then varint gaps for sparse sets, {@code b} then a
 * six-bits-per-character bitmap for dense ones, whichever is shorter.
 */
final class DocSets {

    private DocSets() {
    }

    static String encode(int[] sortedDocs, int docCount) {
        StringBuilder gaps = new StringBuilder("d");
        int prev = -1;
        for (int d : sortedDocs) {
            Base64Varint.append(d - prev - 1, gaps);
            prev = d;
        }
        int bitmapLength = 1 + (docCount + 5) / 6;
        if (gaps.length() <= bitmapLength) {
            return gaps.toString();
        }
        return "b" + Base64Varint.bitmap(sortedDocs, docCount);
    }
}
