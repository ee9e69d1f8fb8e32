package org.casebook.word;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * An SVG picture as Word 2016+ and current WPS store it: a PNG stand-in referenced by the picture,
 * and the SVG itself in the blip's {@code asvg:svgBlip} extension, which those applications draw
 * instead. Casebook draws no SVG itself, so the stand-in is a plain framed box of the picture's
 * proportions (an application without SVG support shows that box, and the caption below it).
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
    static byte[] standIn(long widthEmu, long heightEmu) throws IOException {
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

    private static byte[] draw(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF6F8FA));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x8C959F));
        g.setStroke(new BasicStroke(2));
        g.drawRect(1, 1, w - 3, h - 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
