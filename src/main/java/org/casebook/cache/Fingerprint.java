package org.casebook.cache;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 128-bit fingerprint of a text or of a file's bytes: for large inputs of a {@link CacheKey} (a
 * case body) and for telling whether an output file is the one already in the site. SHA-256 over
 * every body of 10,000 cases costs about two seconds of CPU under the launcher's C1-only JIT, which
 * has no SHA intrinsic; this is the MurmurHash3 x64 128-bit mixing (on a text's UTF-16 code units,
 * four to a 64-bit block; on bytes, eight) and costs a few tens of milliseconds. Its job is to tell
 * apart inputs that differ by accident (edits), where a collision of 128 well-mixed bits is never
 * going to happen; nobody gains anything by crafting one, as whoever can write a case file decides
 * its page anyway.
 */
public final class Fingerprint {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    /** Eight bytes at a time, little-endian: several times faster than assembling them under C1. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private long h1;
    private long h2;

    private Fingerprint(long seed1, long seed2, int n) {
        h1 = seed1 ^ n;
        h2 = seed2 ^ ((long) n << 32);
    }

    /** The fingerprint of {@code s}: two 64-bit halves. */
    public static long[] of(String s) {
        char[] a = s.toCharArray(); // String.charAt costs a coder and bounds check a call under C1
        int n = a.length;
        Fingerprint f = new Fingerprint(0x9368e53c2f6af274L, 0x586dcd208f7cd3fdL, n);
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            f.round(chars(a, i), chars(a, i + 4));
        }
        long k1 = 0;
        long k2 = 0;
        for (int j = 0; i + j < n; j++) {
            long c = a[i + j];
            if (j < 4) {
                k1 |= c << (16 * j);
            } else {
                k2 |= c << (16 * (j - 4));
            }
        }
        return f.finish(k1, k2, n);
    }

    /** The fingerprint of {@code s} as text: 32 hex digits, for keys made of text. */
    public static String hex(String s) {
        return hex(of(s));
    }

    /** A fingerprint as text: its two halves, 16 hex digits each. */
    public static String hex(long[] f) {
        return java.util.HexFormat.of().toHexDigits(f[0]) + java.util.HexFormat.of().toHexDigits(f[1]);
    }

    /** The fingerprint of {@code b}: two 64-bit halves (another seed than a text's). */
    public static long[] of(byte[] b) {
        int n = b.length;
        Fingerprint f = new Fingerprint(0x2545f4914f6cdd1dL, 0x6a09e667f3bcc909L, n);
        int i = 0;
        for (; i + 16 <= n; i += 16) {
            f.round((long) LONGS.get(b, i), (long) LONGS.get(b, i + 8));
        }
        int left = n - i;
        long k1 = bytes(b, i, Math.min(8, left));
        long k2 = left > 8 ? bytes(b, i + 8, left - 8) : 0;
        return f.finish(k1, k2, n);
    }

    private void round(long k1, long k2) {
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        k1 *= C2;
        h1 ^= k1;
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        k2 *= C1;
        h2 ^= k2;
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    private long[] finish(long k1, long k2, int n) {
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        k2 *= C1;
        h2 ^= k2;
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        k1 *= C2;
        h1 ^= k1;
        h1 ^= n;
        h2 ^= n;
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        return new long[] {h1, h2};
    }

    private static long chars(char[] a, int i) {
        return a[i] | (long) a[i + 1] << 16 | (long) a[i + 2] << 32 | (long) a[i + 3] << 48;
    }

    /** {@code count} (0 to 8) bytes from {@code i}, little-endian: a tail shorter than a block. */
    private static long bytes(byte[] b, int i, int count) {
        long v = 0;
        for (int j = count - 1; j >= 0; j--) {
            v = v << 8 | (b[i + j] & 0xFF);
        }
        return v;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
