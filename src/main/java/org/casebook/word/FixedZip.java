package org.casebook.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipExtraField;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A .docx is a zip whose entries carry the time they were written; the same document written again
 * must be the same bytes. POI writes into the zip stream it is given, so this stream gives every
 * entry one fixed time (a DOS time, no extended timestamps) as POI adds it: the document is
 * compressed once, not written and then re-packed. The XML parts are compressed at deflate's fastest
 * level (a site writes thousands of documents; the files come out about a fifth larger than at the
 * default level, for a fraction of the time), and pictures, already compressed, in deflate's stored
 * blocks.
 */
final class FixedZip extends ZipArchiveOutputStream {

    private final long time;

    private FixedZip(ByteArrayOutputStream out, LocalDateTime time) {
        super(out);
        // a DOS time holds local fields; converting through the zone the zip code converts back with keeps them
        this.time = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /** The document as .docx bytes, every entry dated {@code time}. */
    static byte[] write(XWPFDocument doc, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (FixedZip zip = new FixedZip(out, time)) {
            doc.write(zip);
        }
        return out.toByteArray();
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        entry.setTime(time);
        entry.setExtraFields(new ZipExtraField[0]); // setTime adds an NTFS timestamp, an instant: it would vary by time zone
        setLevel(isPicture(entry.getName()) ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
        super.putArchiveEntry(entry);
    }

    private static boolean isPicture(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif");
    }
}
