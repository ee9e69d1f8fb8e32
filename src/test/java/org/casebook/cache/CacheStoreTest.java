package org.casebook.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.testing.SiteTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheStoreTest {

    @TempDir
    Path temp;

    private static byte[] key(String s) {
        return new CacheKey().add(s).bytes();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Path dir() {
        return temp.resolve("v" + CacheStore.FORMAT);
    }

    private List<Path> packs() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(CacheStore.PACK)).sorted().toList();
        }
    }

    /** A store that wrote {@code names} (each entry's payload is its name) and was pruned, as a build leaves it. */
    private void build(String... names) {
        CacheStore store = new CacheStore(temp);
        for (String n : names) {
            store.get(key(n)).ifPresentOrElse(b -> { }, () -> store.put(key(n), bytes(n)));
        }
        store.prune();
    }

    @Test
    void entriesWrittenAreReadBackByAnotherStoreFromOnePack() throws IOException {
        CacheStore first = new CacheStore(temp);
        first.put(key("a"), bytes("正文"));
        first.put(key("b"), bytes("另一篇"));
        assertArrayEquals(bytes("正文"), first.get(key("a")).orElseThrow(), "readable before the pack is complete");
        first.prune();
        assertEquals(1, packs().size(), "one pack per build, in a folder named for the format version");
        CacheStore next = new CacheStore(temp);
        assertArrayEquals(bytes("正文"), next.get(key("a")).orElseThrow());
        assertArrayEquals(bytes("另一篇"), next.get(key("b")).orElseThrow());
        assertTrue(next.damaged().isEmpty());
    }

    @Test
    void aMissingEntryIsAMissNotDamage() {
        CacheStore store = new CacheStore(temp);
        assertEquals(Optional.empty(), store.get(key("nothing")));
        assertTrue(store.damaged().isEmpty());
    }

    @Test
    void aPackCutShortIsDamagedAndItsEntriesAreMisses() throws IOException {
        build("a", "b");
        Path pack = packs().get(0);
        byte[] whole = Files.readAllBytes(pack);
        for (int cut : new int[] {0, 3, 20, whole.length / 2, whole.length - 9, whole.length - 1}) {
            Files.write(pack, Arrays.copyOf(whole, cut));
            CacheStore store = new CacheStore(temp);
            assertEquals(Optional.empty(), store.get(key("a")), "cut at " + cut);
            assertEquals(Optional.of(pack.getFileName().toString()), store.damaged(), "cut at " + cut);
        }
    }

    @Test
    void garbageIsDamaged() throws IOException {
        build("a");
        byte[] garbage = new byte[4096];
        new java.util.Random(17).nextBytes(garbage);
        Files.write(packs().get(0), garbage);
        CacheStore store = new CacheStore(temp);
        assertEquals(Optional.empty(), store.get(key("a")));
        assertTrue(store.damaged().isPresent());
    }

    @Test
    void aFlippedPayloadByteFailsTheRecordsChecksum() throws IOException {
        build("a", "some payload of b");
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        int at = SiteTree.indexOf(bytes, bytes("some payload of b"));
        assertTrue(at > 0, "the payload is stored as written");
        bytes[at + 3] ^= 0x01;
        Files.write(pack, bytes);
        CacheStore store = new CacheStore(temp);
        assertTrue(store.get(key("a")).isPresent(), "the other record of the pack is still good");
        assertEquals(Optional.empty(), store.get(key("some payload of b")));
        assertEquals(Optional.of(CacheKey.hex(key("some payload of b"))), store.damaged());
    }

    @Test
    void aPackOfAnotherFormatVersionIsDamaged() throws IOException {
        build("a");
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        ByteBuffer.wrap(bytes).putInt(4, CacheStore.FORMAT + 1);
        Files.write(pack, bytes);
        CacheStore store = new CacheStore(temp);
        assertEquals(Optional.empty(), store.get(key("a")));
        assertTrue(store.damaged().isPresent());
    }

    @Test
    void aRecordUnderAnotherKeyIsDamaged() throws IOException {
        build("a", "b");
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        // the first record's key, overwritten with b's: the table still says a is there
        byte[] b = key("b");
        System.arraycopy(b, 0, bytes, 8, b.length);
        Files.write(pack, bytes);
        CacheStore store = new CacheStore(temp);
        assertEquals(Optional.empty(), store.get(key("a")));
        assertTrue(store.damaged().isPresent());
    }

    @Test
    void pruneDeletesPacksNothingUsesTemporaryPacksAndOtherFormats() throws IOException {
        build("a", "b");
        build("a", "b", "c");
        assertEquals(2, packs().size(), "the first pack wholly in use, and c's");
        Files.writeString(dir().resolve("pack-123.pack.tmp"), "half a pack of a killed build");
        Path oldFormat = Files.createDirectories(temp.resolve("v0"));
        Files.writeString(oldFormat.resolve("entry"), "old");
        Path notOurs = Files.createDirectories(temp.resolve("notes"));

        CacheStore store = new CacheStore(temp);
        assertTrue(store.get(key("c")).isPresent());
        store.put(key("e"), bytes("e"));
        assertEquals(3, store.prune(), "a and b (their pack went) and the temporary file");

        assertEquals(Set.of(CacheKey.hex(key("c")), CacheKey.hex(key("e"))), new CacheStore(temp).entriesOnDisk());
        assertEquals(2, packs().size(), "c's pack, wholly in use, and e's");
        try (Stream<Path> left = Files.list(dir())) {
            assertEquals(Set.copyOf(packs()), left.collect(Collectors.toSet()), "nothing but the two packs");
        }
        assertFalse(Files.exists(oldFormat), "the folder of an older format goes");
        assertTrue(Files.isDirectory(notOurs), "a folder that is not a format's is left alone");
    }

    @Test
    void aPackMostlyInUseIsKeptAndOneMostlyUnusedIsCompacted() throws IOException {
        build("a1", "a2", "a3", "a4");
        Path first = packs().get(0);
        byte[] before = Files.readAllBytes(first);
        // three of four in use: the pack stays as it is, and an edit writes a pack of one entry
        build("a1", "a2", "a3", "b1");
        List<Path> now = packs();
        assertEquals(2, now.size());
        assertTrue(now.contains(first), "the pack three quarters in use is kept");
        assertArrayEquals(before, Files.readAllBytes(first), "and not rewritten");
        // one of four in use: its entry is copied into the new pack, and the old pack goes
        build("a1", "b1", "c1");
        assertFalse(Files.exists(first), "the pack one quarter in use was compacted");
        CacheStore store = new CacheStore(temp);
        for (String n : List.of("a1", "b1", "c1")) {
            assertArrayEquals(bytes(n), store.get(key(n)).orElseThrow(), n);
        }
        assertTrue(store.damaged().isEmpty());
        assertEquals(3, store.entriesOnDisk().size(), "b1's pack, wholly in use, and c1's with a1 copied in: "
                + store.entriesOnDisk());
    }

    @Test
    void buildsThatEachChangeOneCaseLeaveAFewPacksNotOneEach() throws IOException {
        List<String> cases = new java.util.ArrayList<>(List.of("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"));
        build(cases.toArray(String[]::new));
        for (int day = 1; day <= 30; day++) {
            cases.set(day % cases.size(), "edit-" + day); // one case edited a day
            build(cases.toArray(String[]::new));
            assertTrue(packs().size() <= CacheStore.MAX_PACKS, "day " + day + ": " + packs().size() + " packs");
        }
        CacheStore store = new CacheStore(temp);
        for (String c : cases) {
            assertArrayEquals(bytes(c), store.get(key(c)).orElseThrow(), c);
        }
        assertTrue(store.damaged().isEmpty());
        assertTrue(store.entriesOnDisk().size() <= 2 * cases.size(), store.entriesOnDisk().size() + " entries");
    }

    @Test
    void aCacheThatCannotBeWrittenIsReportedNotThrown() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        CacheStore store = new CacheStore(file);
        store.put(key("a"), new byte[] {1});
        assertTrue(store.unwritable().isPresent());
        assertEquals(Optional.empty(), store.get(key("a")));
        assertEquals(0, store.prune());
    }

    @Test
    void keysSeparateTheirPartsAndRoundTripThroughHex() {
        assertFalse(Arrays.equals(new CacheKey().add("ab").add("c").bytes(), new CacheKey().add("a").add("bc").bytes()));
        assertEquals(CacheKey.LENGTH, key("x").length);
        assertArrayEquals(key("x"), CacheKey.unhex(CacheKey.hex(key("x"))));
    }
}
