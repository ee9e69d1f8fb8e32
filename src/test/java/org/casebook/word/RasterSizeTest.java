package org.casebook.word;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The header reader and the stand-in encoder, checked against the JDK's own codecs. */
class RasterSizeTest {

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "gif", "bmp"})
    void readsTheSizeTheCodecReads(String format) throws IOException {
        for (int[] wh : new int[][] {{1, 1}, {37, 211}, {640, 48}, {1000, 999}}) {
            BufferedImage image = new BufferedImage(wh[0], wh[1], BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            assertArrayEquals(new double[] {wh[0], wh[1]}, RasterSize.of(out.toByteArray()), format + " " + Arrays.toString(wh));
        }
    }

    @Test
    void aCutOrForeignHeaderHasNoSize() throws IOException {
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        assertNull(RasterSize.of(Arrays.copyOf(out.toByteArray(), 12)), "a JPEG cut before its frame header");
        assertNull(RasterSize.of("<svg width=\"3\" height=\"4\"/>".getBytes()));
        assertNull(RasterSize.of(new byte[0]));
    }

    @Test
    void theStandInIsAFramedBoxThatDecodes() throws IOException {
        byte[] png = SvgPicture.draw(120, 45);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "the stand-in must be a PNG the JDK decodes");
        assertEquals(120, image.getWidth());
        assertEquals(45, image.getHeight());
        assertEquals(0x8C959F, image.getRGB(0, 0) & 0xFFFFFF, "frame");
        assertEquals(0x8C959F, image.getRGB(119, 44) & 0xFFFFFF, "frame");
        assertEquals(0xF6F8FA, image.getRGB(60, 22) & 0xFFFFFF, "fill");
        assertArrayEquals(png, SvgPicture.draw(120, 45), "same size, same bytes");
    }
}
