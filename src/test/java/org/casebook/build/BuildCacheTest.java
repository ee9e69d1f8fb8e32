package org.casebook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cache.CacheStore;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Severity;
import org.casebook.testing.SiteTree;
import org.casebook.testing.TestClock;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build cache as a user meets it: where it is, what reuses it, and what a damaged one does. */
class BuildCacheTest {

    @TempDir
    Path temp;

    private TestKb kb;
    private Path cacheDir;

    @BeforeEach
    void knowledgeBase() {
        kb = TestKb.create(temp.resolve("kb"));
        for (int i = 0; i < 5; i++) {
            kb.addCase("case-" + i + ".md", "title: 案例" + i + "\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-03-15"
                    + "\nsummary: 摘要" + i, "## 背景\n\n正文" + i + "，见 [下一个](case-" + ((i + 1) % 5) + ".md)。\n\n![图](img/p.png)\n");
        }
        kb.file("cases/img/p.png", "picture");
        cacheDir = kb.dir().resolve(".casebook/cache/v" + CacheStore.FORMAT);
    }

    private Casebook casebook() {
        return Casebook.at(kb.dir()).clock(TestClock.CLOCK);
    }

    private BuildResult cleanBuild() {
        return casebook().output(temp.resolve("clean")).noCache().build();
    }

    @Test
    void aBuildKeepsItsCacheInTheKnowledgeBaseAndACleanBuildWritesNone() {
        assertTrue(cleanBuild().ok());
        assertFalse(Files.exists(kb.dir().resolve(".casebook")), "--no-cache writes no cache");
        BuildResult r = casebook().build();
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals(5, entries().size(), "one entry per case");
    }

    @Test
    void aCheckWritesNoCache() {
        assertTrue(casebook().check().ok());
        assertFalse(Files.exists(kb.dir().resolve(".casebook")));
    }

    @Test
    void anUnchangedBuildRewritesNoEntryAndAnEditRewritesOnlyItsCase() throws IOException {
        assertTrue(casebook().build().ok());
        Map<String, Object> first = entries();
        assertTrue(casebook().build().ok());
        assertEquals(first, entries(), "every body came from the cache: no entry was written again");

        kb.addCase("case-2.md", "title: 案例2\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-03-15\nsummary: 摘要2",
                "## 背景\n\n改过的正文。\n");
        assertTrue(casebook().build().ok());
        Map<String, Object> after = entries();
        assertEquals(5, after.size(), "the edited case's old entry was pruned");
        Map<String, Object> kept = new TreeMap<>(after);
        kept.keySet().retainAll(first.keySet());
        assertEquals(4, kept.size(), "the four other entries are the same files");
        kept.forEach((name, stamp) -> assertEquals(first.get(name), stamp, name));
    }

    @Test
    void aBodyIsRenderedAgainWhenAFileItLinksComesOrGoes() throws IOException {
        assertTrue(casebook().build().ok());
        Files.delete(kb.dir().resolve("cases/img/p.png"));
        BuildResult r = casebook().build();
        assertFalse(r.ok(), "every case's picture is now missing");
        assertEquals(5, r.diagnostics().stream().filter(d -> d.code().equals("link.missing-image")).count());
    }

    @Test
    void aNewCaptionForInternalPassagesReachesBodiesRenderedBefore() {
        kb.addCase("inner.md", "title: 内部\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-03-15\nsummary: 摘要",
                "## 做法\n\n::: internal\n只在内部版出现。\n:::\n");
        assertTrue(casebook().build().ok());
        kb.file("templates/i18n/ui_zh-CN.properties", "internal_block_label=新的标签\n");
        assertTrue(casebook().build().ok());
        assertTrue(kb.read("cases/inner/index.html").contains("新的标签"));
    }

    @Test
    void damagedEntriesAreIgnoredWithOneWarningAndTheSiteIsTheSame() throws IOException {
        assertTrue(cleanBuild().ok());
        Map<String, String> expected = SiteTree.hashes(temp.resolve("clean"));
        assertTrue(casebook().build().ok());
        List<Path> files = entryFiles();
        // one entry garbage, one cut short, one of another format version, one emptied
        Files.write(files.get(0), "garbage, not an entry".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] whole = Files.readAllBytes(files.get(1));
        Files.write(files.get(1), Arrays.copyOf(whole, whole.length / 2));
        byte[] other = Files.readAllBytes(files.get(2));
        java.nio.ByteBuffer.wrap(other).putInt(4, CacheStore.FORMAT + 7);
        Files.write(files.get(2), other);
        Files.write(files.get(3), new byte[0]);

        BuildResult damaged = casebook().build();
        assertTrue(damaged.ok(), damaged.diagnostics().toString());
        List<Diagnostic> warnings = damaged.diagnostics().stream().filter(d -> d.code().startsWith("cache.")).toList();
        assertEquals(1, warnings.size(), damaged.diagnostics().toString());
        Diagnostic w = warnings.get(0);
        assertEquals(Severity.WARNING, w.severity());
        assertEquals("cache.damaged", w.code());
        assertEquals(".casebook/cache", w.pos().file());
        assertTrue(w.hint().contains("可以放心删除 .casebook/cache"), w.hint());
        assertEquals(expected, SiteTree.hashes(kb.site()), "the same site as a clean build");

        BuildResult next = casebook().build();
        assertTrue(next.diagnostics().isEmpty(), "the damaged entries were replaced: " + next.diagnostics());
        assertEquals(expected, SiteTree.hashes(kb.site()));
    }

    @Test
    void theCacheCanLiveElsewhere() {
        Path elsewhere = temp.resolve("cache-elsewhere");
        assertTrue(casebook().cache(elsewhere).build().ok());
        assertFalse(Files.exists(kb.dir().resolve(".casebook")));
        assertTrue(Files.isDirectory(elsewhere.resolve("v" + CacheStore.FORMAT)));
    }

    @Test
    void theCommandLineTakesCacheAndNoCache() {
        Path elsewhere = temp.resolve("cli-cache");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        assertEquals(0, org.casebook.cli.Main.execute(new String[] {"build", kb.dir().toString(), "--no-cache"}, o, e),
                err.toString());
        assertFalse(Files.exists(kb.dir().resolve(".casebook")));
        assertEquals(0, org.casebook.cli.Main.execute(
                new String[] {"build", kb.dir().toString(), "--cache", elsewhere.toString()}, o, e), err.toString());
        assertTrue(Files.isDirectory(elsewhere.resolve("v" + CacheStore.FORMAT)));
        assertFalse(Files.exists(kb.dir().resolve(".casebook")));
    }

    @Test
    void aCacheThatCannotBeWrittenGivesOneWarningAndACompleteSite() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("cache-file"), "a file where the cache folder should be");
        BuildResult r = casebook().cache(notAFolder).build();
        assertTrue(r.ok());
        assertEquals(List.of("cache.unwritable"), r.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(Files.isRegularFile(kb.site().resolve("cases/case-0/index.html")));
    }

    private List<Path> entryFiles() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.sorted().toList();
        }
    }

    /** Entry name to the identity of its file (a rewrite moves a new file into place). */
    private Map<String, Object> entries() {
        Map<String, Object> out = new TreeMap<>();
        try {
            for (Path p : entryFiles()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.put(p.getFileName().toString(), List.of(String.valueOf(a.fileKey()), a.lastModifiedTime()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
