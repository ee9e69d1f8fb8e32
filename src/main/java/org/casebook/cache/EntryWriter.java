package org.casebook.cache;

import java.util.Arrays;

/**
 * The bytes of a cache entry as it is written: 32-bit numbers (big-endian) and strings (their length,
 * then their UTF-16 code units, little-endian), read back by {@link EntryReader} in the same order.
 * UTF-16 rather than UTF-8: what the cache holds is mostly Chinese, two bytes a character instead of
 * three, read back by a plain loop (three times as fast as the UTF-8 decoder under the launcher's
 * C1-only JIT), and every string comes back exactly, a lone surrogate included.
 */
public final class EntryWriter {

    private byte[] buf;
    private int size;

    /** @param capacity the bytes expected, to grow the buffer as rarely as possible */
    public EntryWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public EntryWriter number(int v) {
        room(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
        return this;
    }

    public EntryWriter string(String s) {
        int n = s.length();
        number(n);
        room(2 * n);
        char[] chars = s.toCharArray(); // String.charAt checks the coder and bounds on every call under C1
        byte[] b = buf;
        int at = size;
        for (char c : chars) {
            b[at++] = (byte) c;
            b[at++] = (byte) (c >>> 8);
        }
        size = at;
        return this;
    }

    private void room(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    public byte[] bytes() {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
    }
}
