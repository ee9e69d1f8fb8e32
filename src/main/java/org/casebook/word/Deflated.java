package org.casebook.word;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A piece of a zip entry, compressed on its own: raw deflate data ending on a byte boundary with a
 * sync flush and no final block, so pieces compressed apart can be laid end to end and still read as
 * one deflate stream (the way pigz compresses in parallel). With the piece's length and CRC-32, the
 * entry's CRC is combined without the uncompressed bytes. This is what lets a case body be
 * compressed once and copied, as compressed bytes, into every document that holds it.
 */
record Deflated(byte[] data, int crc, long length) {

    static final Deflated EMPTY = new Deflated(new byte[0], 0, 0);

    /** Compresses {@code bytes} with {@code deflater} (reset before and after: one deflater serves many pieces). */
    static Deflated of(byte[] bytes, Deflater deflater) {
        if (bytes.length == 0) {
            return EMPTY;
        }
        deflater.reset();
        deflater.setInput(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        byte[] buf = new byte[16 * 1024];
        while (true) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
            out.write(buf, 0, n);
            if (n < buf.length) {
                break;
            }
        }
        deflater.reset();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new Deflated(out.toByteArray(), (int) crc.getValue(), bytes.length);
    }

    /** A few bytes as a stored block: for the numbers a document gives each copy of a body. */
    static Deflated stored(byte[] bytes) {
        if (bytes.length == 0) {
            return EMPTY;
        }
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("a stored block holds at most 65535 bytes");
        }
        byte[] block = new byte[bytes.length + 5];
        int n = bytes.length;
        block[0] = 0; // not final, stored; the rest of the byte is padding
        block[1] = (byte) n;
        block[2] = (byte) (n >>> 8);
        block[3] = (byte) ~n;
        block[4] = (byte) (~n >>> 8);
        System.arraycopy(bytes, 0, block, 5, n);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new Deflated(block, (int) crc.getValue(), n);
    }

    /** The empty final block (fixed Huffman, end of block at once) that closes a stream of pieces. */
    static final byte[] FINAL_BLOCK = {0x03, 0x00};

    // ---- CRC-32 of a concatenation from the parts' CRCs (zlib's crc32_combine, by powers of x mod p)

    private static final int POLY = 0xEDB88320;
    private static final int[] X2N = new int[32];

    static {
        int p = 1 << 30; // x^1
        X2N[0] = p;
        for (int n = 1; n < 32; n++) {
            X2N[n] = p = multModP(p, p);
        }
    }

    /** The CRC of A followed by B, given CRC(A), CRC(B) and B's length. */
    static int combine(int crcA, int crcB, long lengthB) {
        if (lengthB == 0) {
            return crcA;
        }
        return multModP(x2nModP(lengthB, 3), crcA) ^ crcB;
    }

    private static int multModP(int a, int b) {
        int m = 1 << 31;
        int p = 0;
        while (true) {
            if ((a & m) != 0) {
                p ^= b;
                if ((a & (m - 1)) == 0) {
                    break;
                }
            }
            m >>>= 1;
            b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
        }
        return p;
    }

    private static int x2nModP(long n, int k) {
        int p = 1 << 31; // x^0
        while (n != 0) {
            if ((n & 1) != 0) {
                p = multModP(X2N[k & 31], p);
            }
            n >>>= 1;
            k++;
        }
        return p;
    }
}
