package org.casebook.word;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One zip entry's data, compressed as it is written (raw deflate, as a zip holds it), with its CRC-32
 * and length counted on the way: a document's main part never exists uncompressed in one piece.
 */
final class DeflatedPart {

    private final Deflater deflater;
    private final ByteArrayOutputStream out;
    private final CRC32 crc = new CRC32();
    private final byte[] buf = new byte[16 * 1024];
    private long size;

    /** @param deflater a raw ({@code nowrap}) deflater, reset here, owned by the caller */
    DeflatedPart(Deflater deflater, int expected) {
        this.deflater = deflater;
        this.out = new ByteArrayOutputStream(Math.max(256, expected / 3));
        deflater.reset();
    }

    static DeflatedPart of(String xml, Deflater deflater) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        DeflatedPart p = new DeflatedPart(deflater, bytes.length);
        p.write(bytes, 0, bytes.length);
        return p.finish();
    }

    DeflatedPart write(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return write(bytes, 0, bytes.length);
    }

    DeflatedPart write(byte[] b, int off, int len) {
        if (len == 0) {
            return this;
        }
        crc.update(b, off, len);
        size += len;
        deflater.setInput(b, off, len);
        while (!deflater.needsInput()) {
            drain();
        }
        return this;
    }

    DeflatedPart finish() {
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        return this;
    }

    private void drain() {
        int n = deflater.deflate(buf);
        out.write(buf, 0, n);
    }

    byte[] data() {
        return out.toByteArray();
    }

    int crc() {
        return (int) crc.getValue();
    }

    long size() {
        return size;
    }
}
