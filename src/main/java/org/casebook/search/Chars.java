package org.casebook.search;

import java.util.Arrays;

/**
 * A growable char array for the index's many small strings (a term's postings are a few characters
 * a document, millions of appends in all): under the launcher's C1-only JIT a StringBuilder checks its
 * capacity and coder on every append and the alphabet's String.charAt its bounds and coder.
 */
final class Chars {

    private static final char[] ALPHABET = Base64Varint.ALPHABET.toCharArray();

    private char[] chars;
    private int length;

    Chars(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    /** Makes room for {@code more} characters after the current ones. */
    private void room(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + more));
        }
    }

    Chars add(char c) {
        room(1);
        chars[length++] = c;
        return this;
    }

    /** A non-negative number in decimal. */
    Chars add(int value) {
        String s = Integer.toString(value);
        room(s.length());
        s.getChars(0, s.length(), chars, length);
        length += s.length();
        return this;
    }

    /** A non-negative number as a {@link Base64Varint}: five bits a character, low bits first. */
    Chars varint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        room(7);
        int v = value;
        while (v >= 32) {
            chars[length++] = ALPHABET[32 | (v & 31)];
            v >>>= 5;
        }
        chars[length++] = ALPHABET[v];
        return this;
    }

    /**
     * The set {@code sortedDocs[0 .. n)} as a bitmap: six bits per character, the first document in
     * the lowest bit of the first character, up to the character of the set's last document. The
     * client reads the characters after it as empty, so a set the newest cases do not join keeps its
     * bytes when cases are added.
     */
    Chars bitmap(int[] sortedDocs, int n, int docCount) {
        int size = Base64Varint.bitmapLength(sortedDocs, n, docCount);
        room(size);
        int start = length;
        Arrays.fill(chars, start, start + size, (char) 0);
        for (int k = 0; k < n; k++) {
            int d = sortedDocs[k];
            chars[start + d / 6] |= (char) (1 << (d % 6));
        }
        for (int i = start; i < start + size; i++) {
            chars[i] = ALPHABET[chars[i]];
        }
        length += size;
        return this;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
