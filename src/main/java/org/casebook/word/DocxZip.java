package org.casebook.word;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The zip of one .docx, its parts compressed by the caller ({@link DeflatedPart}), so the sizes and
 * CRC go into the local header (no data descriptors, no second copy of a part). Every entry carries
 * one fixed DOS time and no extra fields (no time zone, no extended timestamps), sizes and CRC in
 * the local header (no data descriptors), in the order written: the same document is the same bytes.
 */
final class DocxZip {

    private record Entry(byte[] name, int method, int crc, long compressed, long size, long offset) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    private final List<Entry> entries = new ArrayList<>();
    private final int dosTime;
    private final int dosDate;

    /** The earliest time a zip entry can carry. */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Every entry carries {@code time}; null or before 1980, {@link #EARLIEST}. */
    DocxZip(LocalDateTime time) {
        LocalDateTime t = time == null || time.getYear() < 1980 ? EARLIEST : time;
        dosTime = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
        dosDate = (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
    }

    /** A small part, compressed whole. */
    void xml(String name, String xml, Deflater deflater) {
        deflated(name, DeflatedPart.of(xml, deflater));
    }

    /** A compressed part that many documents hold alike. */
    private record Packed(byte[] data, int crc, long size) {
    }

    /**
     * Parts documents hold alike (styles, footers, settings, relationships), each compressed once a
     * process: the preview and a caller's JVM keep them from build to build, so the map is bounded.
     */
    private static final Map<String, Packed> SHARED = new ConcurrentHashMap<>();

    /**
     * A small part that many documents hold alike, compressed the first time only: the same text
     * compressed at the same level (every document's, {@link DocxDocument#LEVEL}) gives the same
     * bytes, and 10,000 documents compressed their styles alone 10,000 times. Only for texts of
     * which a run has a few kinds, never per-case text; past 64 kinds a part is compressed each time.
     */
    void shared(String name, String xml, Deflater deflater) {
        Packed p = SHARED.get(xml);
        if (p == null) {
            DeflatedPart part = DeflatedPart.of(xml, deflater);
            p = new Packed(part.data(), part.crc(), part.size());
            if (SHARED.size() < 64) {
                SHARED.putIfAbsent(xml, p);
            }
        }
        header(name, 8, p.crc(), p.data().length, p.size());
        out.writeBytes(p.data());
    }

    /** A part compressed as it was written. */
    void deflated(String name, DeflatedPart part) {
        byte[] data = part.data();
        header(name, 8, part.crc(), data.length, part.size());
        out.writeBytes(data);
    }

    /** A picture, stored: it is compressed already. Its CRC is of the bytes written, read when they are. */
    void stored(String name, byte[] bytes) {
        header(name, 0, crc(bytes), bytes.length, bytes.length);
        out.writeBytes(bytes);
    }

    static int crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return (int) c.getValue();
    }

    private void header(String name, int method, int crc, long compressed, long size) {
        if (compressed > 0xFFFF_FFFEL || size > 0xFFFF_FFFEL || out.size() > 0x7FFF_0000) {
            throw new IllegalStateException("a Word document of more than 4 GB: " + name);
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        entries.add(new Entry(n, method, crc, compressed, size, out.size()));
        int32(0x04034b50);
        int16(20); // version needed: deflate
        int16(0); // flags
        int16(method);
        int16(dosTime);
        int16(dosDate);
        int32(crc);
        int32((int) compressed);
        int32((int) size);
        int16(n.length);
        int16(0); // extra field length
        out.writeBytes(n);
    }

    /** The central directory and its end record: the finished zip. */
    byte[] finish() {
        long start = out.size();
        for (Entry e : entries) {
            int32(0x02014b50);
            int16(20); // made by: MS-DOS attributes, version 2.0
            int16(20);
            int16(0);
            int16(e.method());
            int16(dosTime);
            int16(dosDate);
            int32(e.crc());
            int32((int) e.compressed());
            int32((int) e.size());
            int16(e.name().length);
            int16(0); // extra
            int16(0); // comment
            int16(0); // disk
            int16(0); // internal attributes
            int32(0); // external attributes
            int32((int) e.offset());
            out.writeBytes(e.name());
        }
        long size = out.size() - start;
        int32(0x06054b50);
        int16(0);
        int16(0);
        int16(entries.size());
        int16(entries.size());
        int32((int) size);
        int32((int) start);
        int16(0);
        return out.toByteArray();
    }

    private void int16(int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private void int32(int v) {
        int16(v & 0xFFFF);
        int16(v >>> 16);
    }
}
