package org.casebook.cache;

/**
 * Reads what {@link EntryWriter} wrote, in the same order. A count or length beyond the bytes left
 * throws {@link IllegalArgumentException}: the entry is not one, and its reader treats it as a miss.
 */
public final class EntryReader {

    private final byte[] buf;
    private int at;

    public EntryReader(byte[] buf) {
        this.buf = buf;
    }

    public int number() {
        if (at + 4 > buf.length) {
            throw new IllegalArgumentException("truncated");
        }
        int v = (buf[at] & 0xff) << 24 | (buf[at + 1] & 0xff) << 16 | (buf[at + 2] & 0xff) << 8 | buf[at + 3] & 0xff;
        at += 4;
        return v;
    }

    /** A count of items: never negative, never more than the bytes left could hold. */
    public int count() {
        int n = number();
        if (n < 0 || n > buf.length - at) {
            throw new IllegalArgumentException("bad count " + n);
        }
        return n;
    }

    public String string() {
        int n = count();
        if (2L * n > buf.length - at) {
            throw new IllegalArgumentException("bad length " + n);
        }
        char[] chars = new char[n];
        byte[] b = buf;
        int from = at;
        for (int i = 0; i < n; i++) {
            chars[i] = (char) (b[from] & 0xff | (b[from + 1] & 0xff) << 8);
            from += 2;
        }
        at = from;
        return new String(chars);
    }

    public boolean atEnd() {
        return at == buf.length;
    }
}
