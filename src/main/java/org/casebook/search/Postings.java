package org.casebook.search;

/**
 * The documents of one term while the index is built, packed as varint bytes (document gap, body
 * frequency, weighted frequency in the other fields): about four bytes a posting instead of twelve,
 * which keeps a 10,000-case index within a small heap.
 *
 * <p>The bytes grow in chunks, each about half the size of all before it, and are never copied:
 * growing one array by copying it cost a fifth of merging a 10,000-case index, and its discarded
 * arrays as much garbage again as the postings themselves. The chunks hold the same bytes with at
 * most a posting's worth unused at each chunk's end.
 */
final class Postings {

    /** The most bytes one posting takes: three varints of up to five bytes. */
    private static final int MAX_POSTING = 15;

    /** The chunk being written. */
    private byte[] data = new byte[8];
    private int size;
    /** The full chunks before {@link #data}, in order, and how many bytes of each are used; null while there are none. */
    private byte[][] full;
    private int[] fullSizes;
    private int fullCount;
    /** The bytes in all chunks so far, which sizes the next. */
    private int capacity = 8;
    private int df;
    private int lastDoc = -1;

    void add(int doc, int bodyTf, int fieldTf) {
        byte[] d = data;
        int at = size;
        if (at + MAX_POSTING > d.length) {
            d = nextChunk();
            at = 0;
        }
        int gap = doc - lastDoc - 1;
        if ((gap | bodyTf | fieldTf) < 0x80) {
            // the usual posting: three one-byte varints
            d[at] = (byte) gap;
            d[at + 1] = (byte) bodyTf;
            d[at + 2] = (byte) fieldTf;
            at += 3;
        } else {
            at = put(d, at, gap);
            at = put(d, at, bodyTf);
            at = put(d, at, fieldTf);
        }
        size = at;
        lastDoc = doc;
        df++;
    }

    /** {@link #add} of each posting {@code [from .. to)} of the arrays, in that order. */
    void addAll(int[] docs, int[] bodyTf, int[] fieldTf, int from, int to) {
        for (int k = from; k < to; k++) {
            add(docs[k], bodyTf[k], fieldTf[k]);
        }
    }

    private static int put(byte[] d, int at, int v) {
        while (v >= 0x80) {
            d[at++] = (byte) (v | 0x80);
            v >>>= 7;
        }
        d[at++] = (byte) v;
        return at;
    }

    /** Files the current chunk as full and starts one about half the size of all so far. */
    private byte[] nextChunk() {
        if (full == null) {
            full = new byte[4][];
            fullSizes = new int[4];
        } else if (fullCount == full.length) {
            full = java.util.Arrays.copyOf(full, 2 * fullCount);
            fullSizes = java.util.Arrays.copyOf(fullSizes, 2 * fullCount);
        }
        full[fullCount] = data;
        fullSizes[fullCount++] = size;
        int length = (capacity >> 1) + 16;
        capacity += length;
        data = new byte[length];
        size = 0;
        return data;
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
        int k = 0;
        int doc = -1;
        for (int c = 0; c <= fullCount; c++) {
            byte[] d = c < fullCount ? full[c] : data;
            int end = c < fullCount ? fullSizes[c] : size;
            int at = 0;
            while (at < end) {
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
                k++;
            }
        }
    }
}
