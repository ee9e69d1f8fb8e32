package org.casebook.search;

import java.util.Arrays;

/** The documents of one term, in document order: id, body frequency and weighted frequency elsewhere. */
final class Postings {

    private int[] data = new int[6];
    private int size;

    void add(int doc, int bodyTf, int fieldTf) {
        if (size + 3 > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = doc;
        data[size++] = bodyTf;
        data[size++] = fieldTf;
    }

    int df() {
        return size / 3;
    }

    int doc(int i) {
        return data[3 * i];
    }

    int bodyTf(int i) {
        return data[3 * i + 1];
    }

    int fieldTf(int i) {
        return data[3 * i + 2];
    }
}
