package org.casebook.word;

/**
 * A raster picture's size in pixels, read from its header (PNG, JPEG, GIF, BMP) without decoding it
 * and without ImageIO, whose codec registry a cold start paid for just to learn two numbers.
 */
final class RasterSize {

    private RasterSize() {
    }

    /** {width, height}, or null when the bytes are none of the four formats or the header is cut short. */
    static double[] of(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return size(be32(b, 16), be32(b, 20));
        }
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return size(le16(b, 6), le16(b, 8));
        }
        if (b.length >= 26 && b[0] == 'B' && b[1] == 'M') {
            // a negative height marks a top-down bitmap
            return size(Math.abs(le32(b, 18)), Math.abs(le32(b, 22)));
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return jpeg(b);
        }
        return null;
    }

    /** Walks the JPEG markers to the first start-of-frame, which holds height then width. */
    private static double[] jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            boolean standalone = marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
            if (standalone) {
                i += 2;
                continue;
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return size(be16(b, i + 7), be16(b, i + 5));
            }
            i += 2 + be16(b, i + 2);
        }
        return null;
    }

    private static double[] size(long width, long height) {
        return width > 0 && height > 0 ? new double[] {width, height} : null;
    }

    private static int be16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static long be32(byte[] b, int i) {
        return ((long) be16(b, i) << 16) | be16(b, i + 2);
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int i) {
        return le16(b, i) | le16(b, i + 2) << 16;
    }
}
