package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @TempDir
    Path kb;

    @Test
    void theRecursiveWatchIsChosenOnWindowsOnly() {
        assertEquals(SourceWatcher.Mode.FILE_TREE, SourceWatcher.Mode.forOs("Windows 10"));
        assertEquals(SourceWatcher.Mode.FILE_TREE, SourceWatcher.Mode.forOs("Windows Server 2019"));
        assertEquals(SourceWatcher.Mode.PER_FOLDER, SourceWatcher.Mode.forOs("Linux"));
        assertEquals(SourceWatcher.Mode.PER_FOLDER, SourceWatcher.Mode.forOs("Mac OS X"));
        assertEquals(SourceWatcher.Mode.PER_FOLDER, SourceWatcher.Mode.forOs(null));
    }

    @Test
    void perFolderWatchesEveryFolderAndSeesANestedSave() throws Exception {
        Files.createDirectories(kb.resolve("cases/yangpu/img"));
        Files.createDirectories(kb.resolve("templates"));
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (SourceWatcher w = new SourceWatcher(kb, b -> batches.add(b == null ? Set.of() : b),
                SourceWatcher.Mode.PER_FOLDER)) {
            assertEquals(SourceWatcher.Mode.PER_FOLDER, w.mode());
            assertEquals(Set.of(kb, kb.resolve("cases"), kb.resolve("cases/yangpu"), kb.resolve("cases/yangpu/img"),
                    kb.resolve("templates")), w.watchedFolders());
            Path file = kb.resolve("cases/yangpu/a.md");
            Files.writeString(file, "x");
            assertTrue(awaitPath(batches, file), "the save in a park folder is seen");
        }
    }

    /**
     * Here (not Windows) the recursive watch is refused by the platform: the watcher must fall back to
     * a watch per folder, not fail or go blind. On Windows the same call holds one watch per source folder.
     */
    @Test
    void aRefusedRecursiveWatchFallsBackToOneWatchPerFolder() throws Exception {
        Files.createDirectories(kb.resolve("cases/yangpu"));
        LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (SourceWatcher w = new SourceWatcher(kb, b -> batches.add(b == null ? Set.of() : b),
                SourceWatcher.Mode.FILE_TREE)) {
            if (System.getProperty("os.name").startsWith("Windows")) {
                assertEquals(SourceWatcher.Mode.FILE_TREE, w.mode());
                assertEquals(Set.of(kb, kb.resolve("cases")), w.watchedFolders());
            } else {
                assertEquals(SourceWatcher.Mode.PER_FOLDER, w.mode());
                assertEquals(Set.of(kb, kb.resolve("cases"), kb.resolve("cases/yangpu")), w.watchedFolders());
            }
            Path file = kb.resolve("cases/yangpu/b.md");
            Files.writeString(file, "x");
            assertTrue(awaitPath(batches, file));
        }
    }

    private static boolean awaitPath(LinkedBlockingQueue<Set<Path>> batches, Path file) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            Set<Path> b = batches.poll(200, TimeUnit.MILLISECONDS);
            if (b != null && b.contains(file)) {
                return true;
            }
        }
        return false;
    }
}
