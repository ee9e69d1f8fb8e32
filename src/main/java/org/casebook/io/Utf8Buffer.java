package org.casebook.io;

import java.io.Writer;
import java.util.Arrays;

/**
 * Text encoded as UTF-8 as it is written: a page goes from its template straight to the bytes of its
 * file. A {@link java.io.StringWriter} held it as a String first (a synchronised buffer: a lock taken
 * for each of a template's thousands of small writes) and encoding copied it once more. The bytes
 * are those {@code String.getBytes(UTF_8)} gives for the same text, a lone surrogate included
 * ({@code '?'}). Not thread-safe.
 */
public final class Utf8Buffer extends Writer {

    private byte[] bytes;
    private int size;
    /** A String's chars copied in bulk: under the launcher's C1-only JIT, charAt checks coder and bounds per call. */
    private final char[] chars = new char[2048];
    /** A high surrogate at the end of the last write, whose low half may come with the next; 0 for none. */
    private char high;

    public Utf8Buffer(int expectedBytes) {
        bytes = new byte[Math.max(64, expectedBytes)];
    }

    @Override
    public void write(int c) {
        chars[0] = (char) c;
        encode(chars, 0, 1);
    }

    @Override
    public void write(char[] text, int off, int len) {
        encode(text, off, len);
    }

    @Override
    public void write(String text, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, chars.length);
            text.getChars(off, off + n, chars, 0);
            encode(chars, 0, n);
            off += n;
            len -= n;
        }
    }

    /** Writer's own, without its {@code IOException}: writing to memory does not fail. */
    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public Writer append(CharSequence text) {
        if (text instanceof StringBuilder b) {
            // copied out in chunks: toString would copy the whole text first, and try to compress it
            for (int off = 0, len = b.length(); off < len; off += chars.length) {
                int n = Math.min(len - off, chars.length);
                b.getChars(off, off + n, chars, 0);
                encode(chars, 0, n);
            }
        } else {
            String s = String.valueOf(text);
            write(s, 0, s.length());
        }
        return this;
    }

    /** The UTF-8 bytes of {@code text}, as {@code String.getBytes(UTF_8)} gives them. */
    public static byte[] encode(CharSequence text) {
        Utf8Buffer b = new Utf8Buffer(2 * text.length() + 16);
        b.append(text);
        return b.toByteArray();
    }

    private void encode(char[] a, int off, int len) {
        if (len <= 0) {
            return;
        }
        // three bytes a char at most; a surrogate pair is four for two, a pending high half one more
        if (size + 3L * len + 4 > bytes.length) {
            long want = Math.max(2L * bytes.length, size + 3L * len + 4);
            if (want > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("a text of more than 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) want);
        }
        byte[] b = bytes;
        int n = size;
        int i = off;
        int end = off + len;
        if (high != 0) {
            if (Character.isLowSurrogate(a[i])) {
                n = four(b, n, Character.toCodePoint(high, a[i]));
                i++;
            } else {
                b[n++] = '?';
            }
            high = 0;
        }
        for (; i < end; i++) {
            char c = a[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == end) {
                    high = c;
                } else if (Character.isLowSurrogate(a[i + 1])) {
                    n = four(b, n, Character.toCodePoint(c, a[++i]));
                } else {
                    b[n++] = '?';
                }
            } else {
                b[n++] = '?';
            }
        }
        size = n;
    }

    private static int four(byte[] b, int n, int cp) {
        b[n] = (byte) (0xF0 | cp >> 18);
        b[n + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[n + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[n + 3] = (byte) (0x80 | cp & 0x3F);
        return n + 4;
    }

    /** The bytes written so far; a high surrogate left at the end counts as a lone one. */
    public byte[] toByteArray() {
        byte[] out = Arrays.copyOf(bytes, size + (high != 0 ? 1 : 0));
        if (high != 0) {
            out[size] = '?';
        }
        return out;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
