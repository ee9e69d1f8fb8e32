package org.casebook.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Entries of bytes on disk, one file per key, in a folder named for the format version
 * ({@code v1/}) under the cache folder, so that a Casebook never reads another format's entries.
 *
 * <p>An entry file is: the magic {@code CBCE}, the format version, the key, the payload's length,
 * the payload, and a CRC-32C of everything before it. An entry whose file is not exactly that (cut
 * short, garbage, another version, another key) is treated as missing and remembered as
 * {@linkplain #damaged() damaged}; the caller makes the value again and the entry is replaced. Each
 * entry is written to a temporary file and moved into place, so a build killed mid-write leaves no
 * half entry under an entry's name. {@link #prune()} deletes every entry this store neither read
 * nor wrote, so the folder holds what the last build used and no more.
 *
 * <p>Thread-safe: stages read and write entries from many threads. Nothing here throws for a
 * problem with the folder: the cache only saves time, so a failure is a miss, reported once.
 */
public final class CacheStore {

    /** The version of the entry format and of what the entries hold; a change makes a new folder. */
    public static final int FORMAT = 1;

    private static final byte[] MAGIC = {'C', 'B', 'C', 'E'};
    private static final int HEADER = MAGIC.length + 4 + CacheKey.LENGTH + 4;
    private static final int TRAILER = 8;
    private static final String TEMP = ".tmp";

    private final Path root;
    private final Path dir;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> damaged = new AtomicReference<>();
    private final AtomicReference<String> unwritable = new AtomicReference<>();
    private volatile boolean dirMade;

    /** A store in {@code root} (created when the first entry is written). */
    public CacheStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.dir = this.root.resolve("v" + FORMAT);
    }

    /** The cache folder given (holding the folder of this format). */
    public Path root() {
        return root;
    }

    /** The entry of {@code key}, or empty when there is none or it is damaged. */
    public Optional<byte[]> get(byte[] key) {
        String name = CacheKey.hex(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(dir.resolve(name));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (Files.isDirectory(dir)) {
                // a folder or an unreadable file where an entry should be: as good as damaged
                damaged.compareAndSet(null, name);
            } // else no cache folder (a file in its place is reported when the first entry cannot be written)
            return Optional.empty();
        }
        Optional<byte[]> payload = payload(bytes, key);
        if (payload.isEmpty()) {
            damaged.compareAndSet(null, name);
            return payload;
        }
        used.add(name);
        return payload;
    }

    /** Stores {@code payload} as the entry of {@code key}, replacing any entry there. */
    public void put(byte[] key, byte[] payload) {
        String name = CacheKey.hex(key);
        used.add(name);
        ByteBuffer b = ByteBuffer.allocate(HEADER + payload.length + TRAILER);
        b.put(MAGIC).putInt(FORMAT).put(key).putInt(payload.length).put(payload);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        Path temp = null;
        try {
            if (!dirMade) {
                Files.createDirectories(dir);
                dirMade = true;
            }
            temp = Files.createTempFile(dir, name + ".", TEMP);
            Files.write(temp, b.array());
            try {
                Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            unwritable.compareAndSet(null, String.valueOf(e.getMessage()));
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is deleted by the next prune
                }
            }
        }
    }

    /**
     * Deletes every entry neither read nor written since this store was made, temporary files left
     * by killed builds, and the folders of other formats. Returns how many entries were deleted.
     */
    public int prune() {
        int deleted = 0;
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (!used.contains(p.getFileName().toString()) && delete(p)) {
                        deleted++;
                    }
                }
            } catch (IOException e) {
                unwritable.compareAndSet(null, String.valueOf(e.getMessage()));
            }
        }
        try (DirectoryStream<Path> formats = Files.newDirectoryStream(root, "v*")) {
            for (Path p : formats) {
                if (!p.equals(dir) && p.getFileName().toString().matches("v[0-9]+") && Files.isDirectory(p)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            // no cache folder yet, or one that cannot be listed: nothing to prune
        }
        return deleted;
    }

    /**
     * Marks the entry of {@code key} as damaged: its bytes passed the checks here but are not what the
     * caller stored. It is neither used nor kept.
     */
    public void distrust(byte[] key) {
        String name = CacheKey.hex(key);
        used.remove(name);
        damaged.compareAndSet(null, name);
    }

    /** The name of the first damaged entry met, if any. */
    public Optional<String> damaged() {
        return Optional.ofNullable(damaged.get());
    }

    /** Why the first entry that could not be written failed, if one did. */
    public Optional<String> unwritable() {
        return Optional.ofNullable(unwritable.get());
    }

    /** The payload of an entry file, checked against the key it is meant to hold. */
    private static Optional<byte[]> payload(byte[] bytes, byte[] key) {
        if (bytes.length < HEADER + TRAILER) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        int format = b.getInt();
        byte[] stored = new byte[CacheKey.LENGTH];
        b.get(stored);
        int length = b.getInt();
        if (!Arrays.equals(magic, MAGIC) || format != FORMAT || !Arrays.equals(stored, key)
                || length != bytes.length - HEADER - TRAILER) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, HEADER + length);
        if (crc.getValue() != ByteBuffer.wrap(bytes, HEADER + length, TRAILER).getLong()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(bytes, HEADER, HEADER + length));
    }

    private static boolean delete(Path p) {
        try {
            if (Files.isDirectory(p)) {
                deleteTree(p);
                return true;
            }
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            return false; // in use elsewhere (Windows) or already gone: the next prune tries again
        }
    }

    private static void deleteTree(Path top) {
        try (Stream<Path> s = Files.walk(top)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // left for the next prune
        }
    }
}
