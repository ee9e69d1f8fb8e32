package org.casebook.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A SHA-256 over a sequence of inputs, each written with its length so that no two different
 * sequences hash the same bytes ("ab","c" and "a","bc" differ). Not thread-safe; one per key.
 */
public final class CacheKey {

    /** Bytes of a key. */
    public static final int LENGTH = 32;

    private final MessageDigest digest;

    public CacheKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public CacheKey add(String s) {
        return add(s.getBytes(StandardCharsets.UTF_8));
    }

    public CacheKey add(int n) {
        return add(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    public CacheKey add(byte[] bytes) {
        int n = bytes.length;
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
        return this;
    }

    public CacheKey add(long n) {
        return add(new byte[] {(byte) (n >>> 56), (byte) (n >>> 48), (byte) (n >>> 40), (byte) (n >>> 32),
            (byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    /** A long text by its {@link Fingerprint} (and length), not byte by byte. */
    public CacheKey addText(String text) {
        long[] f = Fingerprint.of(text);
        return add(text.length()).add(f[0]).add(f[1]);
    }

    /** The key; the hasher is spent afterwards. */
    public byte[] bytes() {
        return digest.digest();
    }

    /** The key's first 128 bits as two longs (what a site's manifest records as a file's inputs). The hasher is spent afterwards. */
    public long[] longs() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes());
        return new long[] {b.getLong(), b.getLong()};
    }

    /** A key as the lower-case hex of its bytes (an entry's name). */
    public static String hex(byte[] key) {
        StringBuilder sb = new StringBuilder(key.length * 2);
        for (byte b : key) {
            sb.append(Character.forDigit((b >>> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    /** The bytes of a key from {@link #hex}. */
    static byte[] unhex(String hex) {
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (Character.digit(hex.charAt(2 * i), 16) << 4 | Character.digit(hex.charAt(2 * i + 1), 16));
        }
        return out;
    }
}
