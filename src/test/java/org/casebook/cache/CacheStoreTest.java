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
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheStoreTest {

    @TempDir
    Path temp;

    private static byte[] key(String s) {
        return new CacheKey().add(s).bytes();
    }

    private Path entryFile(byte[] key) {
        return temp.resolve("v" + CacheStore.FORMAT).resolve(CacheKey.hex(key));
    }

    @Test
    void anEntryWrittenIsReadBackByAnotherStore() {
        byte[] k = key("a");
        new CacheStore(temp).put(k, "正文".getBytes(StandardCharsets.UTF_8));
        CacheStore next = new CacheStore(temp);
        assertArrayEquals("正文".getBytes(StandardCharsets.UTF_8), next.get(k).orElseThrow());
        assertTrue(next.damaged().isEmpty());
        assertTrue(Files.isRegularFile(entryFile(k)), "entries live in a folder named for the format version");
    }

    @Test
    void aMissingEntryIsAMissNotDamage() {
        CacheStore store = new CacheStore(temp);
        assertEquals(Optional.empty(), store.get(key("nothing")));
        assertTrue(store.damaged().isEmpty());
    }

    @Test
    void aTruncatedEntryIsDamaged() throws IOException {
        byte[] k = key("a");
        new CacheStore(temp).put(k, new byte[100]);
        byte[] whole = Files.readAllBytes(entryFile(k));
        for (int cut : new int[] {0, 3, 20, whole.length - 9, whole.length - 1}) {
            Files.write(entryFile(k), Arrays.copyOf(whole, cut));
            CacheStore store = new CacheStore(temp);
            assertEquals(Optional.empty(), store.get(k), "cut at " + cut);
            assertEquals(Optional.of(CacheKey.hex(k)), store.damaged(), "cut at " + cut);
        }
    }

    @Test
    void garbageIsDamaged() throws IOException {
        byte[] k = key("a");
        Files.createDirectories(entryFile(k).getParent());
        byte[] garbage = new byte[4096];
        new java.util.Random(17).nextBytes(garbage);
        Files.write(entryFile(k), garbage);
        CacheStore store = new CacheStore(temp);
        assertEquals(Optional.empty(), store.get(k));
        assertTrue(store.damaged().isPresent());
    }

    @Test
    void aFlippedPayloadByteFailsTheChecksum() throws IOException {
        byte[] k = key("a");
        new CacheStore(temp).put(k, "some payload".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(entryFile(k));
        bytes[bytes.length - 12] ^= 0x01;
        Files.write(entryFile(k), bytes);
        CacheStore store = new CacheStore(temp);
        assertEquals(Optional.empty(), store.get(k));
        assertTrue(store.damaged().isPresent());
    }

    @Test
    void anEntryOfAnotherFormatVersionIsDamaged() throws IOException {
        byte[] k = key("a");
        new CacheStore(temp).put(k, "x".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(entryFile(k));
        ByteBuffer.wrap(bytes).putInt(4, CacheStore.FORMAT + 1);
        Files.write(entryFile(k), bytes);
        CacheStore store = new CacheStore(temp);
        assertEquals(Optional.empty(), store.get(k));
        assertTrue(store.damaged().isPresent());
    }

    @Test
    void anEntryUnderAnotherKeysNameIsDamaged() throws IOException {
        byte[] a = key("a");
        byte[] b = key("b");
        new CacheStore(temp).put(a, "x".getBytes(StandardCharsets.UTF_8));
        Files.copy(entryFile(a), entryFile(b));
        CacheStore store = new CacheStore(temp);
        assertEquals(Optional.empty(), store.get(b));
        assertTrue(store.damaged().isPresent());
        assertTrue(store.get(a).isPresent());
    }

    @Test
    void pruneKeepsWhatWasUsedAndDeletesTheRest() throws IOException {
        CacheStore first = new CacheStore(temp);
        for (String s : new String[] {"a", "b", "c"}) {
            first.put(key(s), s.getBytes(StandardCharsets.UTF_8));
        }
        Path dir = temp.resolve("v" + CacheStore.FORMAT);
        Files.writeString(dir.resolve(CacheKey.hex(key("d")) + ".123.tmp"), "half an entry of a killed build");
        Path oldFormat = Files.createDirectories(temp.resolve("v0"));
        Files.writeString(oldFormat.resolve("entry"), "old");
        Path notOurs = Files.createDirectories(temp.resolve("notes"));

        CacheStore second = new CacheStore(temp);
        assertTrue(second.get(key("a")).isPresent());
        second.put(key("e"), "e".getBytes(StandardCharsets.UTF_8));
        assertEquals(3, second.prune(), "b, c and the temporary file");

        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(java.util.Set.of(CacheKey.hex(key("a")), CacheKey.hex(key("e"))),
                    left.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertFalse(Files.exists(oldFormat), "the folder of an older format goes");
        assertTrue(Files.isDirectory(notOurs), "a folder that is not a format's is left alone");
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
    void keysSeparateTheirParts() {
        assertFalse(Arrays.equals(new CacheKey().add("ab").add("c").bytes(), new CacheKey().add("a").add("bc").bytes()));
        assertEquals(CacheKey.LENGTH, key("x").length);
    }
}
