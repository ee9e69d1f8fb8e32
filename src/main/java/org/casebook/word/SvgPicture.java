package org.casebook.word;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An SVG picture as Word 2016+ and current WPS store it: a PNG stand-in referenced by the picture,
 * and the SVG itself in the blip's {@code asvg:svgBlip} extension, which those applications draw
 * instead. Casebook draws no SVG itself, so the stand-in is a plain framed box of the picture's
 * proportions (an application without SVG support shows that box, and the caption below it).
 * The box is encoded here, a few dozen bytes of PNG: drawing it with AWT and ImageIO cost a cold
 * start some 60 ms of graphics and codec set-up for two flat colours.
 */
final class SvgPicture {

    static final String EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    static final String NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";

    /** Stand-ins by size (at most 120 × 120 of them): drawn once per run, not per document. */
    private static final Map<Integer, byte[]> STAND_INS = new ConcurrentHashMap<>();

    private SvgPicture() {
    }

    /** Which stand-in a picture of this size gets: equal keys, equal PNGs. */
    static int standInKey(long widthEmu, long heightEmu) {
        int[] wh = size(widthEmu, heightEmu);
        return wh[0] * 1000 + wh[1];
    }

    /** A light framed box in the picture's proportions, 120 px on its longer side, as PNG. */
    static byte[] standIn(long widthEmu, long heightEmu) {
        int[] wh = size(widthEmu, heightEmu);
        int key = wh[0] * 1000 + wh[1];
        byte[] known = STAND_INS.get(key);
        if (known == null) {
            known = draw(wh[0], wh[1]);
            byte[] raced = STAND_INS.putIfAbsent(key, known);
            known = raced != null ? raced : known;
        }
        return known;
    }

    private static int[] size(long widthEmu, long heightEmu) {
        double ratio = Math.max(0.1, Math.min(10, (double) widthEmu / Math.max(1, heightEmu)));
        int w = ratio >= 1 ? 120 : (int) Math.max(12, Math.round(120 * ratio));
        int h = ratio >= 1 ? (int) Math.max(12, Math.round(120 / ratio)) : 120;
        return new int[] {w, h};
    }

    /** A {@code w} × {@code h} RGB PNG: a light fill inside a two-pixel grey frame. */
    static byte[] draw(int w, int h) {
        byte[] raw = new byte[h * (1 + 3 * w)];
        int i = 0;
        for (int y = 0; y < h; y++) {
            raw[i++] = 0; // filter: none
            for (int x = 0; x < w; x++) {
                boolean frame = x < 2 || y < 2 || x >= w - 2 || y >= h - 2;
                int rgb = frame ? 0x8C959F : 0xF6F8FA;
                raw[i++] = (byte) (rgb >>> 16);
                raw[i++] = (byte) (rgb >>> 8);
                raw[i++] = (byte) rgb;
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buf = new byte[4096];
            while (!deflater.finished()) {
                idat.write(buf, 0, deflater.deflate(buf));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        int32(header, w);
        int32(header, h);
        header.writeBytes(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, no filter, no interlace
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        int32(png, data.length);
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        int32(png, (int) crc.getValue());
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
