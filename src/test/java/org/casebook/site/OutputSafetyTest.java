package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: what may be replaced, and that nothing else is ever touched. */
class OutputSafetyTest {

    @TempDir
    Path temp;

    private TestKb kb() {
        return TestKb.create(temp.resolve("kb")).addCase("a", "案例一", "洋浦", "组织建设", "经验介绍", "2024-03-15");
    }

    private static Optional<String> guard(Path kb, Path out) {
        return OutputGuard.check(kb, out);
    }

    @Test
    void refusesPlacesThatAreNotASite() throws IOException {
        Path kb = kb().dir();
        assertEquals(Optional.of("out.root"), guard(kb, Path.of("/")));
        assertEquals(Optional.of("out.home"), guard(kb, Path.of(System.getProperty("user.home"))));
        assertEquals(Optional.of("out.contains-kb"), guard(kb, kb));
        assertEquals(Optional.of("out.contains-kb"), guard(kb, temp));
        assertEquals(Optional.of("out.contains-kb"), guard(kb, kb.resolve("cases/..")));
        assertEquals(Optional.of("out.inside-sources"), guard(kb, kb.resolve("cases")));
        assertEquals(Optional.of("out.inside-sources"), guard(kb, kb.resolve("cases/site")));
        assertEquals(Optional.of("out.inside-sources"), guard(kb, kb.resolve("templates")));
        Files.writeString(kb.resolve("notes.txt"), "mine");
        assertEquals(Optional.of("out.not-dir"), guard(kb, kb.resolve("notes.txt")));
        Path foreign = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(foreign.resolve("holiday.jpg"), "jpeg");
        assertEquals(Optional.of("out.foreign"), guard(kb, foreign));
    }

    @Test
    void aLinkCannotStandInForTheKnowledgeBase() throws IOException {
        Path kb = kb().dir();
        Path link = Files.createSymbolicLink(temp.resolve("alias"), kb);
        assertEquals(Optional.of("out.contains-kb"), guard(kb, link));
        Path linkToCases = Files.createSymbolicLink(temp.resolve("cases-alias"), kb.resolve("cases"));
        assertEquals(Optional.of("out.inside-sources"), guard(kb, linkToCases.resolve("new-site")));
        Path other = Files.createDirectories(temp.resolve("other"));
        Path linkToOther = Files.createSymbolicLink(temp.resolve("other-alias"), other);
        assertEquals(Optional.of("out.symlink"), guard(kb, linkToOther));
    }

    @Test
    void acceptsNewEmptyAndOwnFolders() throws IOException {
        Path kb = kb().dir();
        assertEquals(Optional.empty(), guard(kb, kb.resolve("site")));
        assertEquals(Optional.empty(), guard(kb, Files.createDirectories(temp.resolve("empty"))));
        Path own = Files.createDirectories(temp.resolve("own"));
        Files.writeString(own.resolve(OutputDir.MARKER), "");
        Files.writeString(own.resolve("index.html"), "old");
        assertEquals(Optional.empty(), guard(kb, own));
    }

    @Test
    void aMarkerThatIsALinkDoesNotCount() throws IOException {
        Path kb = kb().dir();
        Path foreign = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(foreign.resolve("thesis.tex"), "years of work");
        Path elsewhere = Files.writeString(temp.resolve("m"), "");
        Files.createSymbolicLink(foreign.resolve(OutputDir.MARKER), elsewhere);
        assertEquals(Optional.of("out.foreign"), guard(kb, foreign));
    }

    @Test
    void refusedOutputIsAnErrorAndNothingIsWritten() throws IOException {
        TestKb kb = kb();
        Path foreign = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(foreign.resolve("thesis.tex"), "years of work");
        String before = hash(temp);
        BuildResult r = Casebook.at(kb.dir()).output(foreign).build();
        assertFalse(r.ok());
        assertEquals("out.foreign", r.diagnostics().get(0).code());
        assertEquals(before, hash(temp));
        BuildResult parent = Casebook.at(kb.dir()).output(temp).build();
        assertEquals("out.contains-kb", parent.diagnostics().get(0).code());
        assertEquals(before, hash(temp));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteByteIdentical() throws IOException {
        TestKb kb = kb();
        assertTrue(Casebook.at(kb.dir()).build().ok());
        String site = hash(kb.site());

        kb.addCase("b.md", "title: 坏\npark: 不存在的园区\ntheme: 组织建设\nmethod: 经验介绍", "正文");
        assertFalse(Casebook.at(kb.dir()).build().ok());
        assertEquals(site, hash(kb.site()), "content error");

        Files.delete(kb.dir().resolve("cases/b.md"));
        kb.file("templates/404.ftlh", "<#list 1..3 as i>${i.nope}</#list>");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertFalse(r.ok());
        assertEquals("template.error", r.diagnostics().get(0).code());
        assertEquals(site, hash(kb.site()), "template error after pages were written to staging");
        assertFalse(Files.exists(kb.dir().resolve(".site.building"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(kb.dir().resolve(".site.old"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void replacingASiteNeverFollowsLinksInIt() throws IOException {
        TestKb kb = kb();
        assertTrue(Casebook.at(kb.dir()).build().ok());
        Path precious = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(precious.resolve("keep.txt"), "keep me");
        Files.createSymbolicLink(kb.site().resolve("planted"), precious);
        Files.createSymbolicLink(kb.site().resolve("planted-file"), precious.resolve("keep.txt"));

        assertTrue(Casebook.at(kb.dir()).build().ok());
        assertEquals("keep me", Files.readString(precious.resolve("keep.txt")));
        assertFalse(Files.exists(kb.site().resolve("planted"), LinkOption.NOFOLLOW_LINKS), "the old site was replaced");
    }

    @Test
    void aLeftoverStagingLinkIsRemovedNotFollowed() throws IOException {
        TestKb kb = kb();
        Path precious = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(precious.resolve("keep.txt"), "keep me");
        Files.createSymbolicLink(kb.dir().resolve(".site.building"), precious);
        Files.createSymbolicLink(kb.dir().resolve(".site.old"), precious);

        assertTrue(Casebook.at(kb.dir()).build().ok());
        assertEquals("keep me", Files.readString(precious.resolve("keep.txt")));
        assertTrue(Files.isRegularFile(kb.site().resolve("index.html")));
        assertTrue(Files.isRegularFile(kb.site().resolve(OutputDir.MARKER)));
    }

    @Test
    void aSecondBuildSwapsTheWholeSite() throws IOException {
        TestKb kb = kb();
        assertTrue(Casebook.at(kb.dir()).build().ok());
        Files.writeString(kb.site().resolve("stale.html"), "old");
        kb.addCase("b", "案例二", "洋浦", "组织建设", "经验介绍", "2024-03-16");
        assertTrue(Casebook.at(kb.dir()).build().ok());
        assertFalse(Files.exists(kb.site().resolve("stale.html")), "nothing of the old site survives the swap");
        assertTrue(Files.isRegularFile(kb.site().resolve("cases/b/index.html")));
    }

    /** A digest of every path, link target and file content under {@code root}. */
    static String hash(Path root) throws IOException {
        TreeMap<String, String> entries = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    entries.put(rel, "link:" + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    entries.put(rel, HexFormat.of().formatHex(sha256(Files.readAllBytes(p))));
                } else {
                    entries.put(rel, "dir");
                }
            }
        }
        return HexFormat.of().formatHex(sha256(entries.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
