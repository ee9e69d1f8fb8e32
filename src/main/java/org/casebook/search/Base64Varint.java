package org.casebook.search;

/**
 * Non-negative integers as compact strings that need no escaping in JSON: each character carries five
 * bits and a continuation flag, least significant group first. Doc-id gaps and scores mostly fit one
 * or two characters. {@code decodeVarints} in search.js reads it back.
 */
final class Base64Varint {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Base64Varint() {
    }

    static void append(int value, StringBuilder b) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int v = value;
        while (v >= 32) {
            b.append(ALPHABET.charAt(32 | (v & 31)));
            v >>>= 5;
        }
        b.append(ALPHABET.charAt(v));
    }

    /**
     * Six bits per character, first document in the lowest bit of the first character, up to the
     * character of the set's last document: the client reads the characters after it as empty, so a
     * set the newest cases do not join keeps its bytes when cases are added.
     */
    static String bitmap(int[] docs, int docCount) {
        char[] out = new char[bitmapLength(docs, docCount)];
        int[] bits = new int[out.length];
        for (int d : docs) {
            bits[d / 6] |= 1 << (d % 6);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET.charAt(bits[i]);
        }
        return new String(out);
    }

    /** The length of {@link #bitmap}: its characters up to the one holding the set's last document. */
    static int bitmapLength(int[] sortedDocs, int docCount) {
        return bitmapLength(sortedDocs, sortedDocs.length, docCount);
    }

    /** {@link #bitmapLength(int[], int)} of {@code sortedDocs[0 .. n)}. */
    static int bitmapLength(int[] sortedDocs, int n, int docCount) {
        int last = n == 0 ? -1 : sortedDocs[n - 1];
        return Math.min((docCount + 5) / 6, last < 0 ? 0 : last / 6 + 1);
    }

    /** The number of characters {@link #append} writes for {@code value}. */
    static int length(int value) {
        int n = 1;
        for (int v = value; v >= 32; v >>>= 5) {
            n++;
        }
        return n;
    }
}
