package org.casebook.cache;

/**
 * A 128-bit fingerprint of a text, for large inputs of a {@link CacheKey} (a case body). SHA-256
 * over every body of 10,000 cases costs about two seconds of CPU under the launcher's C1-only JIT,
 * which has no SHA intrinsic; this is the MurmurHash3 x64 128-bit mixing applied to the text's
 * UTF-16 code units, four to a 64-bit block, and costs a few tens of milliseconds. Its job is to
 * tell apart texts that differ by accident (edits), where a collision of 128 well-mixed bits is
 * never going to happen; nobody gains anything by crafting one, as whoever can write a case file
 * decides its page anyway.
 */
public final class TextFingerprint {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private TextFingerprint() {
    }

    /** The fingerprint of {@code s}: two 64-bit halves. */
    public static long[] of(String s) {
        int n = s.length();
        long h1 = 0x9368e53c2f6af274L ^ n;
        long h2 = 0x586dcd208f7cd3fdL ^ ((long) n << 32);
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long k1 = block(s, i);
            long k2 = block(s, i + 4);
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
        long k1 = 0;
        long k2 = 0;
        for (int j = 0; i + j < n; j++) {
            long c = s.charAt(i + j);
            if (j < 4) {
                k1 |= c << (16 * j);
            } else {
                k2 |= c << (16 * (j - 4));
            }
        }
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

    private static long block(String s, int i) {
        return s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48;
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
