package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
}
