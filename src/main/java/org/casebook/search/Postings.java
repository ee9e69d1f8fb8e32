package org.casebook.search;

import java.util.Arrays;

/**
 * The documents of one term while the index is built, packed as varint bytes (document gap, body
 * frequency, weighted frequency in the other fields): about four bytes a posting instead of twelve,
 * which keeps a 10,000-case index within a small heap.
 */
final class Postings {

    private byte[] data = new byte[8];
    private int size;
    private int df;
    private int lastDoc = -1;

    void add(int doc, int bodyTf, int fieldTf) {
        if (size + 15 > data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 16);
        }
        put(doc - lastDoc - 1);
        put(bodyTf);
        put(fieldTf);
        lastDoc = doc;
        df++;
    }

    private void put(int v) {
        while (v >= 0x80) {
            data[size++] = (byte) (v | 0x80);
            v >>>= 7;
        }
        data[size++] = (byte) v;
    }

    /** The highest document added, -1 for none. */
    int lastDoc() {
        return lastDoc;
    }

    int df() {
        return df;
    }

    /** Reads the postings back in document order into the arrays, each at least {@link #df()} long. */
    void decode(int[] docs, int[] bodyTf, int[] fieldTf) {
        // three varints a posting, read in place: under the launcher's C1-only JIT a small array per
        // posting is a heap allocation, tens of millions of them for a 10,000-case index
        int at = 0;
        int doc = -1;
        byte[] d = data;
        for (int k = 0; k < df; k++) {
            for (int j = 0; j < 3; j++) {
                int value = 0;
                int shift = 0;
                byte b;
                do {
                    b = d[at++];
                    value |= (b & 0x7f) << shift;
                    shift += 7;
                } while (b < 0);
                if (j == 0) {
                    doc += value + 1;
                    docs[k] = doc;
                } else if (j == 1) {
                    bodyTf[k] = value;
                } else {
                    fieldTf[k] = value;
                }
            }
        }
    }
}
