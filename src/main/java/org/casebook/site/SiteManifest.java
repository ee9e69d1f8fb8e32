package org.casebook.site;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import org.casebook.cache.CacheKey;

/**
 * What the last build left in a site folder: each file's size, modification time and fingerprint,
 * and for a file made from declared inputs ({@link org.casebook.io.PageSink#keep}) their digest.
 * It lies in the build cache ({@code sites/}, one file per output folder), never in the site, so it
 * is not published, and deleting the cache forgets it. A file this build makes with the recorded
 * bytes, still as the last build left it, need not be written again ({@link #unchanged}); one made
 * from the same inputs need not even be made ({@link #made}).
 *
 * <p>The file: the magic {@code CBSM}, the format, the number of entries, the entries (path, size,
 * time in microseconds, fingerprint, inputs' digest or zeros), a CRC-32C of everything before it. Anything else, or no file,
 * reads as no manifest: the build then writes the whole site, as a first build does.
 */
final class SiteManifest {

    /**
     * One file of the site. {@code modified}: microseconds since the epoch; {@code in1, in2}: the
     * digest of the inputs it was made from, zeros when it declared none.
     */
    record Entry(long size, long modified, long fp1, long fp2, long in1, long in2) {

        Entry withInputs(long[] inputs) {
            return new Entry(size, modified, fp1, fp2, inputs[0], inputs[1]);
        }
    }

    static final long[] NO_INPUTS = {0, 0};
    static final int FORMAT = 2;
    private static final int MAGIC = 0x4342534D; // CBSM

    private final Map<String, Entry> entries;
    /** When the manifest was written (microseconds): a file recorded at that time or later is not trusted. */
    private final long written;

    private SiteManifest(Map<String, Entry> entries, long written) {
        this.entries = entries;
        this.written = written;
    }

    static SiteManifest none() {
        return new SiteManifest(Map.of(), Long.MIN_VALUE);
    }

    /** Where the manifest of the site folder {@code target} lies in the cache folder {@code cache}. */
    static Path fileFor(Path cache, Path target) {
        String name = CacheKey.hex(new CacheKey().add(target.toString()).bytes()).substring(0, 24);
        return cache.resolve("sites").resolve(name + ".manifest");
    }

    static long micros(BasicFileAttributes a) {
        return a.lastModifiedTime().to(TimeUnit.MICROSECONDS);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The entry of a file this build makes, when the site's {@code file} (its attributes, not
     * following links; null when there is none) still holds exactly those bytes: the recorded
     * fingerprint and size, and the file's size and time as recorded. File
     * times are coarse (a few milliseconds): a file changed within the tick it was recorded in keeps
     * its time, so, as Git does for its index, a file recorded in the tick the manifest was written
     * or later is never trusted, only written again.
     */
    Optional<Entry> unchanged(String sitePath, long length, long[] fp, BasicFileAttributes file) {
        Entry e = entries.get(sitePath);
        boolean same = e != null && e.size() == length && e.fp1() == fp[0] && e.fp2() == fp[1] && intact(e, file);
        return same ? Optional.of(e) : Optional.empty();
    }

    /**
     * The entry of a file made from {@code inputs} when the last build made it from the same inputs
     * and the site's {@code file} is still as that build left it (size and time, trusted as in
     * {@link #unchanged}). Zeros are what a file written without inputs records: they match nothing,
     * so a digest that happened to be zeros would only mean its file is always made.
     */
    Optional<Entry> made(String sitePath, long[] inputs, BasicFileAttributes file) {
        Entry e = entries.get(sitePath);
        boolean same = e != null && (inputs[0] != 0 || inputs[1] != 0) && e.in1() == inputs[0] && e.in2() == inputs[1]
                && intact(e, file);
        return same ? Optional.of(e) : Optional.empty();
    }

    /** Whether the site's {@code file} is as the entry recorded it, recorded before the manifest's own tick. */
    private boolean intact(Entry e, BasicFileAttributes file) {
        return e.modified() < written && file != null && file.isRegularFile() && file.size() == e.size()
                && micros(file) == e.modified();
    }

    /** The manifest in {@code file}, or none when it is missing, damaged or of another format. */
    static SiteManifest read(Path file) {
        byte[] bytes;
        long written;
        try {
            bytes = Files.readAllBytes(file);
            written = micros(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return none();
        }
        if (bytes.length < 16) {
            return none();
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return none();
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 4))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return none();
            }
            int n = in.readInt();
            Map<String, Entry> entries = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
            for (int i = 0; i < n; i++) {
                entries.put(in.readUTF(), new Entry(in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                        in.readLong(), in.readLong()));
            }
            return in.available() == 0 ? new SiteManifest(entries, written) : none();
        } catch (IOException e) {
            return none();
        }
    }

    /** Writes {@code entries} to {@code file}: to a temporary file first, then moved into place. */
    static void write(Path file, Map<String, Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * 80);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
                Entry v = e.getValue();
                out.writeUTF(e.getKey());
                out.writeLong(v.size());
                out.writeLong(v.modified());
                out.writeLong(v.fp1());
                out.writeLong(v.fp2());
                out.writeLong(v.in1());
                out.writeLong(v.in2());
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, bytes.toByteArray());
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
