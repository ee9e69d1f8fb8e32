package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.casebook.io.PageSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirTest {

    @TempDir
    Path dir;

    @Test
    void commitSwapsTheNewSiteInAndRemovesTheOld() throws IOException {
        Path site = dir.resolve("site");
        try (OutputDir out = OutputDir.open(site)) {
            out.write("index.html", "v1");
            out.commit();
        }
        try (OutputDir out = OutputDir.open(site)) {
            out.write("index.html", "v2");
            out.write("cases/a/index.html", "a");
            out.commit();
        }
        assertEquals("v2", Files.readString(site.resolve("index.html")));
        assertTrue(Files.exists(site.resolve(OutputDir.MARKER)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no staging or old folder is left beside the site");
        }
    }

    /** An IT team's folder (made for the web server, its rights set) was replaced by one of the build's own. */
    @Test
    void anEmptyFolderMadeForTheSiteIsKeptAndTheSiteMovedIntoIt() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        boolean posix = site.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(site, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwx---"));
        }
        Object before = Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        try (OutputDir out = OutputDir.open(site)) {
            out.write("index.html", "v1");
            out.write("cases/a/index.html", "a");
            out.commit();
        }
        assertEquals("v1", Files.readString(site.resolve("index.html")));
        assertEquals("a", Files.readString(site.resolve("cases/a/index.html")));
        if (before != null) {
            assertEquals(before, Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
        if (posix) {
            assertEquals("rwxrwx---", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(site)));
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no staging folder is left beside the site");
        }
    }

    @Test
    void discardLeavesThePreviousSiteUntouched() throws IOException {
        Path site = dir.resolve("site");
        try (OutputDir out = OutputDir.open(site)) {
            out.write("index.html", "good");
            out.commit();
        }
        try (OutputDir out = OutputDir.open(site)) {
            out.write("index.html", "half");
            // no commit: closing discards
        }
        assertEquals("good", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve(".site.building")));
    }

    @Test
    void pathsCannotLeaveTheStagingFolder() throws IOException {
        try (OutputDir out = OutputDir.open(dir.resolve("site"))) {
            assertThrows(IOException.class, () -> out.write("../evil.html", "x"));
        }
        assertFalse(Files.exists(dir.resolve("evil.html")));
    }

    @Test
    void guardRefusesFoldersItMustNotReplace() throws IOException {
        Path kb = Files.createDirectories(dir.resolve("kb"));
        Files.createDirectories(kb.resolve("cases"));
        assertEquals(Optional.empty(), OutputGuard.check(kb, kb.resolve("site")));
        assertEquals(Optional.of("out.contains-kb"), OutputGuard.check(kb, kb));
        assertEquals(Optional.of("out.contains-kb"), OutputGuard.check(kb, dir));
        assertEquals(Optional.of("out.inside-sources"), OutputGuard.check(kb, kb.resolve("cases/out")));
        assertEquals(Optional.of("out.root"), OutputGuard.check(kb, Path.of("/")));
        Path foreign = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertEquals(Optional.of("out.foreign"), OutputGuard.check(kb, foreign));
    }

    /**
     * Lets the file system's clock tick between writing the files and the manifest: a file recorded
     * in the manifest's own tick is never trusted (it could change unseen within that tick).
     */
    private static void settle() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The one manifest in the cache. */
    private Path manifest() throws IOException {
        try (var m = Files.list(dir.resolve("cache/sites"))) {
            return m.findFirst().orElseThrow();
        }
    }

    /** A build that writes these files (path, content, path, content…), committed a clock tick after. */
    private void commitFiles(Path site, String... pathsAndContents) throws IOException {
        try (OutputDir out = OutputDir.open(site, cache())) {
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                out.write(pathsAndContents[i], pathsAndContents[i + 1]);
            }
            settle();
            out.commit();
        }
    }

    /** How many files a build that writes one file would keep (it is not committed). */
    private int keptOf(Path site, String sitePath, String content) throws IOException {
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.write(sitePath, content);
            return out.keptCount();
        }
    }

    private java.util.Optional<Path> cache() {
        return java.util.Optional.of(dir.resolve("cache"));
    }

    private static Object inode(Path p) throws IOException {
        return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    private static java.util.List<String> tree(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void keepingUnchangedFilesWritesOnlyWhatChangedAndRemovesWhatIsGone() throws IOException {
        Path site = dir.resolve("site");
        commitFiles(site, "index.html", "home", "cases/a/index.html", "a", "cases/b/index.html", "b",
                "gone/only.html", "soon gone");
        Object home = inode(site.resolve("index.html"));
        Object a = inode(site.resolve("cases/a/index.html"));
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.write("index.html", (java.io.Writer w) -> w.write("home"));
            out.write("cases/a/index.html", "a");
            out.write("cases/b/index.html", "b, edited");
            out.write("cases/c/index.html", "c");
            assertEquals(2, out.keptCount());
            assertEquals(4, out.fileCount());
            assertEquals(4, out.pageCount());
            out.commit();
        }
        assertEquals(home, inode(site.resolve("index.html")), "an unchanged page is left as it was");
        assertEquals(a, inode(site.resolve("cases/a/index.html")));
        assertEquals("b, edited", Files.readString(site.resolve("cases/b/index.html")));
        assertEquals(java.util.List.of("", OutputDir.MARKER, "cases", "cases/a", "cases/a/index.html", "cases/b",
                "cases/b/index.html", "cases/c", "cases/c/index.html", "index.html"), tree(site),
                "exactly the files of this build: the folder of a file no longer made is gone");
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of("cache", "site"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder is left; the manifest lies in the cache, not in the site");
        }
    }

    @Test
    void withoutACacheNothingIsKeptAndNoInputsAreWorkedOut() throws IOException {
        java.util.function.Supplier<long[]> never = () -> {
            throw new AssertionError("a site that remembers nothing asked for the inputs");
        };
        try (OutputDir out = OutputDir.open(dir.resolve("site"))) {
            assertFalse(out.keep("a.docx", never));
            out.write("a.docx", "bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8), never);
            out.commit();
        }
        assertEquals("bytes", Files.readString(dir.resolve("site/a.docx")));
    }

    @Test
    void aFileMadeFromTheSameInputsIsKeptWithoutBeingMadeAndAnythingElseIsMadeAgain() throws IOException {
        Path site = dir.resolve("site");
        long[] v1 = {11, 12};
        long[] v2 = {21, 22};
        try (OutputDir out = OutputDir.open(site, cache())) {
            assertFalse(out.keep("a.docx", () -> v1), "a first build keeps nothing");
            out.write("a.docx", "made from v1".getBytes(java.nio.charset.StandardCharsets.UTF_8), () -> v1);
            out.write("b.docx", "made from v1".getBytes(java.nio.charset.StandardCharsets.UTF_8), () -> v1);
            out.write("c.docx", "no inputs declared".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            settle();
            out.commit();
        }
        Object a = inode(site.resolve("a.docx"));
        Files.writeString(site.resolve("b.docx"), "changed by hand!"); // another size: not as the build left it
        try (OutputDir out = OutputDir.open(site, cache())) {
            assertTrue(out.keep("a.docx", () -> v1), "the same inputs, the file as the last build left it");
            assertFalse(out.keep("b.docx", () -> v1), "the file was changed since");
            assertFalse(out.keep("c.docx", () -> new long[] {0, 0}), "no inputs were declared");
            assertFalse(out.keep("a.docx", () -> v2), "other inputs");
            out.write("b.docx", "made from v1".getBytes(java.nio.charset.StandardCharsets.UTF_8), () -> v1);
            out.write("c.docx", "no inputs declared".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(2, out.keptCount(), "a.docx kept by its inputs, c.docx by its bytes");
            settle();
            out.commit();
        }
        assertEquals(a, inode(site.resolve("a.docx")), "a kept file is left as it was");
        assertEquals("made from v1", Files.readString(site.resolve("b.docx")));
        try (OutputDir out = OutputDir.open(site, cache())) {
            assertTrue(out.keep("a.docx", () -> v1), "what a build kept it remembers for the next");
            assertTrue(out.keep("b.docx", () -> v1), "and what it wrote");
        }
    }

    @Test
    void textWrittenIntoAWriterIsKeptByItsInputsToo() throws IOException {
        Path site = dir.resolve("site");
        int[] made = {0};
        PageSink.Text<RuntimeException> text = out -> {
            made[0]++;
            out.write("一本汇编");
        };
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.make("print/a.html", () -> new long[] {41, 42}, text);
            settle();
            out.commit();
        }
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.make("print/a.html", () -> new long[] {41, 42}, text);
            out.make("print/b.html", () -> new long[] {41, 42}, text);
            settle();
            out.commit();
        }
        assertEquals(2, made[0], "the same inputs: kept, not made again; a new file is made");
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.make("print/a.html", () -> new long[] {41, 43}, text);
            out.make("print/b.html", () -> new long[] {41, 42}, text);
            out.commit();
        }
        assertEquals(3, made[0], "other inputs: made again");
        assertEquals("一本汇编", Files.readString(site.resolve("print/a.html")));
    }

    @Test
    void makeAsksForTheInputsOnceAndForTheContentOnlyWhenTheFileIsNotKept() throws IOException {
        Path site = dir.resolve("site");
        int[] asked = {0};
        int[] made = {0};
        java.util.function.Supplier<long[]> inputs = () -> {
            asked[0]++;
            return new long[] {31, 32};
        };
        PageSink.Made content = () -> {
            made[0]++;
            return "made".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
        try (OutputDir out = OutputDir.open(site, cache())) {
            assertTrue(out.make("a.docx", inputs, content));
            assertFalse(out.make("b.docx", inputs, () -> null), "nothing to write: nothing in the site");
            settle();
            out.commit();
        }
        assertEquals(2, asked[0], "once for each file, though both keep and write need them");
        assertEquals(1, made[0]);
        try (OutputDir out = OutputDir.open(site, cache())) {
            assertTrue(out.make("a.docx", inputs, content));
            out.commit();
        }
        assertEquals(3, asked[0]);
        assertEquals(1, made[0], "kept: not made again");
        assertFalse(Files.exists(site.resolve("b.docx")));
    }

    @Test
    void aFileChangedByHandOrAFolderInTheWayIsWrittenAgain() throws IOException {
        Path site = dir.resolve("site");
        commitFiles(site, "index.html", "home", "x/index.html", "x");
        Files.writeString(site.resolve("index.html"), "hand"); // same size, other bytes
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.write("index.html", "home");
            out.write("x", "now a file");
            assertEquals(0, out.keptCount());
            out.commit();
        }
        assertEquals("home", Files.readString(site.resolve("index.html")));
        assertEquals("now a file", Files.readString(site.resolve("x")));
    }

    @Test
    void aFileRecordedInTheTickTheManifestWasWrittenIsWrittenAgain() throws IOException {
        Path site = dir.resolve("site");
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.write("index.html", "v1");
            out.commit();
        }
        Path manifest = manifest();
        var fileTime = Files.getLastModifiedTime(site.resolve("index.html"));
        // the same tick: a change to the file within it would not have changed its time
        Files.setLastModifiedTime(manifest, fileTime);
        assertEquals(0, keptOf(site, "index.html", "v1"));
        Files.setLastModifiedTime(manifest, java.nio.file.attribute.FileTime.fromMillis(fileTime.toMillis() + 1000));
        assertEquals(1, keptOf(site, "index.html", "v1"), "a tick later, the same file is trusted");
    }

    @Test
    void aLinkPutIntoTheSiteNeverLeadsANewFileOutOfIt() throws IOException {
        Path site = dir.resolve("site");
        commitFiles(site, "cases/a/index.html", "a");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/a"));
        Files.writeString(elsewhere.resolve("index.html"), "a");
        OutputDir.deleteTree(site.resolve("cases"));
        Files.createSymbolicLink(site.resolve("cases"), dir.resolve("elsewhere"));
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.write("cases/a/index.html", "a");
            out.write("cases/b/index.html", "b");
            assertEquals(0, out.keptCount(), "a file reached through a link is not the site's");
            out.commit();
        }
        assertFalse(Files.isSymbolicLink(site.resolve("cases")));
        assertEquals("b", Files.readString(site.resolve("cases/b/index.html")));
        try (var s = Files.list(dir.resolve("elsewhere"))) {
            assertEquals(1, s.count(), "nothing was written where the link led");
        }
    }

    @Test
    void aDamagedManifestOrAFailedBuildIsNeverTrusted() throws IOException {
        Path site = dir.resolve("site");
        commitFiles(site, "index.html", "v1");
        Path manifest = manifest();
        byte[] bytes = Files.readAllBytes(manifest);
        bytes[bytes.length / 2] ^= 1;
        Files.write(manifest, bytes);
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.write("index.html", "v1");
            assertEquals(0, out.keptCount(), "a damaged manifest is no manifest");
            settle();
            out.commit();
        }
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.write("index.html", "v2");
            out.write("new.html", "new");
            // no commit: closing discards
        }
        assertEquals("v1", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("new.html")));
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.write("index.html", "v1");
            assertEquals(1, out.keptCount(), "the manifest outlives a build that failed");
            out.commit();
        }
        try (OutputDir out = OutputDir.open(site)) {
            out.write("index.html", "v1");
            out.commit();
        }
        try (OutputDir out = OutputDir.open(site, cache())) {
            out.write("index.html", "v1");
            assertEquals(0, out.keptCount(), "a file written since, by a build without the cache, is not the one recorded");
            out.commit();
        }
    }
}
