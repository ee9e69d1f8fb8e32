package org.casebook.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Entries of bytes on disk, kept in pack files in a folder named for the format version
 * ({@code v2/}) under the cache folder, so that a Casebook never reads another format's entries.
 *
 * <p>A build appends the entries it writes to one new pack, so a cold build of 10,000 cases makes one
 * file instead of 10,000 (creating a file costs a fraction of a millisecond on a Linux disk, and
 * more on Windows, where a virus scanner opens each new file) and a warm build opens a few packs
 * instead of reading 10,000 files. A pack is: the magic {@code CBCP} and the format version; its
 * records, each the key, the payload's length, the payload and a CRC-32C of those three; then its
 * table of contents (each record's key, offset and length), the number of records, the table's
 * offset, a CRC-32C of the table and those two numbers, and the magic {@code CBCE}. A pack is written
 * under a temporary name and renamed when complete, so a build killed mid-write leaves no pack that
 * looks whole. A pack whose end is not exactly that, or a record that is not (cut short, garbage,
 * another version, another key), is treated as missing and remembered as {@linkplain #damaged()
 * damaged}; the caller makes the value again and it goes into the new pack.
 *
 * <p>{@link #prune()}, after a build, drops every entry the build neither read nor wrote: a pack
 * with nothing left in use is deleted, and one with fewer than half of its entries in use has those
 * copied into the new pack first, so the folder never holds more than twice as many entries as the
 * last build used. A warm build that changed one case writes a pack of one entry; beyond
 * {@value #MAX_PACKS} packs the smallest are merged into the new one, so the folder stays a few files.
 *
 * <p>Thread-safe: stages read and write entries from many threads. Nothing here throws for a
 * problem with the folder: the cache only saves time, so a failure is a miss, reported once.
 */
public final class CacheStore {

    /** The version of the pack format and of what the entries hold; a change makes a new folder. */
    public static final int FORMAT = 3;

    static final String PACK = ".pack";
    private static final byte[] MAGIC = {'C', 'B', 'C', 'P'};
    private static final byte[] END = {'C', 'B', 'C', 'E'};
    private static final int HEAD = MAGIC.length + 4;
    /** Key, length, then the payload and its checksum. */
    private static final int RECORD_HEAD = CacheKey.LENGTH + 4;
    private static final int RECORD_TAIL = 8;
    private static final int TOC_ENTRY = CacheKey.LENGTH + 8 + 4;
    /** Count, table offset, checksum, end magic. */
    private static final int TRAILER = 4 + 8 + 8 + END.length;
    private static final String TEMP = ".tmp";
    /** Packs kept at most (the new one included), the smallest merged into the new one. */
    static final int MAX_PACKS = 8;

    /** One pack file: where it is (a new pack moves when it is complete) and how much it holds. */
    private static final class Pack {
        volatile Path path;
        int entries;
        FileChannel reader;

        Pack(Path path) {
            this.path = path;
        }
    }

    /** Where an entry's record starts, and its payload's length. */
    private record Loc(Pack pack, long offset, int length) {
    }

    private final Path root;
    private final Path dir;
    private final Map<String, Loc> index = new ConcurrentHashMap<>();
    private final List<Pack> packs = new ArrayList<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<Pack> damagedPacks = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> damaged = new AtomicReference<>();
    private final AtomicReference<String> unwritable = new AtomicReference<>();
    private volatile boolean loaded;
    /** The pack this store appends to (its table of contents: the index's entries in it); null until the first put. */
    private Pack writing;
    private FileChannel writer;

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
        load();
        String name = CacheKey.hex(key);
        Loc loc = index.get(name);
        if (loc == null) {
            return Optional.empty();
        }
        Optional<byte[]> payload = read(loc).flatMap(record -> payload(record, key));
        if (payload.isEmpty()) {
            index.remove(name, loc);
            damagedPacks.add(loc.pack()); // compacted at prune, so its bad copy never shadows the new one
            damaged.compareAndSet(null, name);
            return payload;
        }
        used.add(name);
        return payload;
    }

    /** Stores {@code payload} as the entry of {@code key}, replacing any entry there. */
    public void put(byte[] key, byte[] payload) {
        load();
        String name = CacheKey.hex(key);
        used.add(name);
        ByteBuffer b = ByteBuffer.allocate(RECORD_HEAD + payload.length + RECORD_TAIL);
        b.put(key).putInt(payload.length).put(payload);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        append(name, b.array(), payload.length);
    }

    /**
     * Drops every entry neither read nor written since this store was made, completes the pack this
     * store wrote, and deletes packs left with nothing in use, temporary files of killed builds and
     * the folders of other formats. Returns how many entries and stray files were deleted.
     */
    public synchronized int prune() {
        load();
        int deleted = 0;
        List<Pack> gone = new ArrayList<>();
        List<Pack> compacted = new ArrayList<>();
        Map<Pack, List<Map.Entry<String, Loc>>> liveIn = new HashMap<>();
        index.entrySet().stream().filter(e -> used.contains(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> liveIn.computeIfAbsent(e.getValue().pack(), x -> new ArrayList<>()).add(e));
        List<Pack> kept = new ArrayList<>();
        for (Pack p : List.copyOf(packs)) {
            if (p == writing) {
                continue;
            }
            List<Map.Entry<String, Loc>> live = liveIn.getOrDefault(p, List.of());
            if (live.isEmpty()) {
                gone.add(p);
                deleted += Math.max(1, p.entries); // a damaged pack counts once
            } else if ((live.size() * 2 < p.entries || damagedPacks.contains(p)) && copy(live)) {
                compacted.add(p);
            } else {
                kept.add(p);
            }
        }
        // a build that changes a few cases leaves a small pack each time: the smallest are merged into
        // the new pack, so the folder holds a few packs however many builds there were
        kept.sort(Comparator.comparingInt((Pack p) -> liveIn.get(p).size()).thenComparing(p -> p.path.toString()));
        int remaining = kept.size();
        for (Pack p : kept) {
            if (remaining + (writing != null ? 1 : 0) <= MAX_PACKS || !copy(liveIn.get(p))) {
                break;
            }
            compacted.add(p);
            remaining--;
        }
        index.entrySet().removeIf(e -> !used.contains(e.getKey()));
        if (finish()) {
            gone.addAll(compacted); // their live entries are safe in the new pack
            deleted += compacted.stream().mapToInt(p -> p.entries - liveIn.get(p).size()).sum();
        }
        for (Pack p : gone) {
            close(p);
            packs.remove(p);
            index.values().removeIf(l -> l.pack() == p);
            delete(p.path);
        }
        deleted += deleteStrays();
        try (DirectoryStream<Path> formats = Files.newDirectoryStream(root, "v*")) {
            for (Path p : formats) {
                if (!p.equals(dir) && p.getFileName().toString().matches("v[0-9]+") && Files.isDirectory(p)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            // no cache folder yet, or one that cannot be listed: nothing to prune
        }
        packs.forEach(CacheStore::close);
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

    /** The name of the first damaged entry or pack met, if any. */
    public Optional<String> damaged() {
        return Optional.ofNullable(damaged.get());
    }

    /** Why the first entry that could not be written failed, if one did. */
    public Optional<String> unwritable() {
        return Optional.ofNullable(unwritable.get());
    }

    /** The names (hex keys) of the entries the packs on disk hold, each once. */
    Set<String> entriesOnDisk() {
        load();
        return Set.copyOf(index.keySet());
    }

    // ---- reading packs

    /** Reads the tables of contents of the packs on disk, once. */
    private void load() {
        if (!loaded) {
            loadOnce();
        }
    }

    private synchronized void loadOnce() {
        if (loaded) {
            return;
        }
        try {
            readPacks();
        } finally {
            loaded = true;
        }
    }

    private void readPacks() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*" + PACK)) {
            s.forEach(files::add);
        } catch (IOException e) {
            return; // unreadable: every entry is a miss, and writing says why
        }
        files.sort(Comparator.naturalOrder());
        for (Path f : files) {
            Pack p = new Pack(f);
            if (readContents(p)) {
                packs.add(p);
            } else {
                damaged.compareAndSet(null, f.getFileName().toString());
                packs.add(p); // with no entries in use, prune deletes it
            }
        }
    }

    /** Indexes the records of one pack; false when its head, end or table does not check out. */
    private boolean readContents(Pack p) {
        try (FileChannel ch = FileChannel.open(p.path, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < HEAD + TRAILER) {
                return false;
            }
            ByteBuffer head = readFully(ch, 0, HEAD);
            ByteBuffer tail = readFully(ch, size - TRAILER, TRAILER);
            byte[] magic = new byte[MAGIC.length];
            head.get(magic);
            if (!Arrays.equals(magic, MAGIC) || head.getInt() != FORMAT) {
                return false;
            }
            int count = tail.getInt();
            long tocOffset = tail.getLong();
            long sum = tail.getLong();
            byte[] end = new byte[END.length];
            tail.get(end);
            if (!Arrays.equals(end, END) || count < 0 || tocOffset < HEAD
                    || tocOffset + (long) count * TOC_ENTRY != size - TRAILER) {
                return false;
            }
            ByteBuffer toc = readFully(ch, tocOffset, count * TOC_ENTRY);
            if (tocSum(toc.array(), count, tocOffset) != sum) {
                return false;
            }
            Map<String, Loc> found = new HashMap<>();
            for (int i = 0; i < count; i++) {
                byte[] key = new byte[CacheKey.LENGTH];
                toc.get(key);
                long offset = toc.getLong();
                int length = toc.getInt();
                if (offset < HEAD || length < 0 || offset + RECORD_HEAD + length + RECORD_TAIL > tocOffset) {
                    return false;
                }
                found.put(CacheKey.hex(key), new Loc(p, offset, length));
            }
            p.entries = found.size();
            // an entry in two packs (a build that was stopped before pruning): either copy will do
            found.forEach(index::putIfAbsent);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The checksum a pack's trailer holds: a CRC-32C of its table, the number of records and the table's offset. */
    private static long tocSum(byte[] toc, int count, long tocOffset) {
        CRC32C crc = new CRC32C();
        crc.update(toc);
        crc.update(ByteBuffer.allocate(12).putInt(count).putLong(tocOffset).array());
        return crc.getValue();
    }

    /** The whole record at {@code loc}, or empty when it cannot be read. */
    private Optional<byte[]> read(Loc loc) {
        try {
            int size = RECORD_HEAD + loc.length() + RECORD_TAIL;
            if (loc.pack() == writing) {
                synchronized (this) {
                    if (loc.pack() == writing && writer != null) {
                        return Optional.of(readFully(writer, loc.offset(), size).array());
                    }
                }
            }
            return Optional.of(readFully(channel(loc.pack()), loc.offset(), size).array());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static synchronized FileChannel channel(Pack p) throws IOException {
        if (p.reader == null || !p.reader.isOpen()) {
            p.reader = FileChannel.open(p.path, StandardOpenOption.READ);
        }
        return p.reader;
    }

    private static synchronized void close(Pack p) {
        if (p.reader != null) {
            try {
                p.reader.close();
            } catch (IOException ignored) {
                // only read from: nothing is lost
            }
            p.reader = null;
        }
    }

    /** The payload of a record, checked against the key it is meant to hold. */
    private static Optional<byte[]> payload(byte[] record, byte[] key) {
        if (record.length < RECORD_HEAD + RECORD_TAIL) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(record);
        byte[] stored = new byte[CacheKey.LENGTH];
        b.get(stored);
        int length = b.getInt();
        if (!Arrays.equals(stored, key) || length != record.length - RECORD_HEAD - RECORD_TAIL) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(record, 0, RECORD_HEAD + length);
        if (crc.getValue() != ByteBuffer.wrap(record, RECORD_HEAD + length, RECORD_TAIL).getLong()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(record, RECORD_HEAD, RECORD_HEAD + length));
    }

    private static ByteBuffer readFully(FileChannel ch, long at, int size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(size);
        while (b.hasRemaining()) {
            if (ch.read(b, at + b.position()) < 0) {
                throw new IOException("cut short");
            }
        }
        return b.flip();
    }

    // ---- writing the new pack

    /** Appends a record to this store's new pack, starting the pack on the first one. */
    private synchronized void append(String name, byte[] record, int length) {
        if (unwritable.get() != null) {
            return; // one failure says enough; the build goes on without the cache
        }
        try {
            if (writer == null) {
                Files.createDirectories(dir);
                Path temp = Files.createTempFile(dir, "pack-", PACK + TEMP);
                writer = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.READ);
                writer.write(ByteBuffer.allocate(HEAD).put(MAGIC).putInt(FORMAT).flip());
                writing = new Pack(temp);
                packs.add(writing);
            }
            long offset = writer.size();
            ByteBuffer b = ByteBuffer.wrap(record);
            while (b.hasRemaining()) {
                writer.write(b, offset + b.position());
            }
            index.put(name, new Loc(writing, offset, length));
        } catch (IOException | RuntimeException e) {
            unwritable.compareAndSet(null, String.valueOf(e.getMessage()));
            abandon();
        }
    }

    /** Copies live records of an old pack into the new one; false when they could not all be copied. */
    private boolean copy(List<Map.Entry<String, Loc>> live) {
        for (Map.Entry<String, Loc> e : live) {
            Optional<byte[]> record = read(e.getValue());
            byte[] key = CacheKey.unhex(e.getKey());
            if (record.isEmpty() || payload(record.get(), key).isEmpty()) {
                return false; // left where it is: a later build reads it, or finds it damaged
            }
            append(e.getKey(), record.get(), e.getValue().length());
            if (unwritable.get() != null) {
                return false;
            }
        }
        return true;
    }

    /** Writes the new pack's table of contents and end, and moves it to its name; false when that failed. */
    private boolean finish() {
        if (writer == null) {
            return unwritable.get() == null;
        }
        try {
            long tocOffset = writer.size();
            // the table: every entry the index finds in this pack, in the order they were written
            Pack p = writing;
            List<Map.Entry<String, Loc>> entries = index.entrySet().stream().filter(e -> e.getValue().pack() == p)
                    .sorted(Comparator.comparingLong(e -> e.getValue().offset())).toList();
            ByteBuffer toc = ByteBuffer.allocate(entries.size() * TOC_ENTRY);
            for (Map.Entry<String, Loc> e : entries) {
                toc.put(CacheKey.unhex(e.getKey())).putLong(e.getValue().offset()).putInt(e.getValue().length());
            }
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER).putInt(entries.size()).putLong(tocOffset)
                    .putLong(tocSum(toc.array(), entries.size(), tocOffset)).put(END);
            toc.flip();
            trailer.flip();
            long at = tocOffset;
            for (ByteBuffer b : new ByteBuffer[] {toc, trailer}) {
                while (b.hasRemaining()) {
                    at += writer.write(b, at);
                }
            }
            writer.close();
            writer = null;
            Path done = dir.resolve(writing.path.getFileName().toString().replace(TEMP, ""));
            try {
                Files.move(writing.path, done, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(writing.path, done);
            }
            writing.path = done;
            writing.entries = entries.size();
            writing = null;
            return true;
        } catch (IOException | RuntimeException e) {
            unwritable.compareAndSet(null, String.valueOf(e.getMessage()));
            abandon();
            return false;
        }
    }

    /** Gives up the new pack: its entries are misses for the next build. */
    private void abandon() {
        if (writing != null) {
            Pack p = writing;
            index.values().removeIf(l -> l.pack() == p);
            packs.remove(p);
            writing = null;
            try {
                if (writer != null) {
                    writer.close();
                }
            } catch (IOException ignored) {
                // deleted below, or by the next prune
            }
            delete(p.path);
        }
        writer = null;
    }

    // ---- deleting

    /** Deletes what is neither a pack in use nor this store's own: temporary packs of killed builds, strays. */
    private int deleteStrays() {
        int deleted = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Set<Path> keep = new java.util.HashSet<>();
        packs.forEach(p -> keep.add(p.path));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (!keep.contains(p) && delete(p)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            unwritable.compareAndSet(null, String.valueOf(e.getMessage()));
        }
        return deleted;
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
