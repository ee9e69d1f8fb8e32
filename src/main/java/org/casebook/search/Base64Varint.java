package org.casebook.search;

/**
 * Non-negative integers as compact strings that need no escaping in JSON: each character carries five
 * bits and a continuation flag, least significant group first. Doc-id gaps and scores mostly fit one
 * or two characters. {@code decodeVarints} in search.js reads it back; {@link Chars} writes it.
 */
final class Base64Varint {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Base64Varint() {
    }

    /**
     * The length of a document set of {@code sortedDocs[0 .. n)} as a bitmap ({@link Chars#bitmap}):
     * its characters up to the one holding the set's last document.
     */
    static int bitmapLength(int[] sortedDocs, int n, int docCount) {
        int last = n == 0 ? -1 : sortedDocs[n - 1];
        return Math.min((docCount + 5) / 6, last < 0 ? 0 : last / 6 + 1);
    }

    /** The number of characters {@link Chars#varint} writes for {@code value}. */
    static int length(int value) {
        int n = 1;
        for (int v = value; v >= 32; v >>>= 5) {
            n++;
        }
        return n;
    }
}
