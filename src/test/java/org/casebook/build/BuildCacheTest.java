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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cache.CacheContents;
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
    void aBuildKeepsItsCacheInTheKnowledgeBaseAndACleanBuildWritesNone() throws IOException {
        assertTrue(cleanBuild().ok());
        assertFalse(Files.exists(kb.dir().resolve(".casebook")), "--no-cache writes no cache");
        BuildResult r = casebook().build();
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals(5, CacheContents.entries(cacheRoot()).size(), "one entry per case");
        assertEquals(1, packs().size(), "in one pack file");
    }

    @Test
    void aCheckWritesNoCache() {
        assertTrue(casebook().check().ok());
        assertFalse(Files.exists(kb.dir().resolve(".casebook")));
    }

    @Test
    void anUnchangedBuildRewritesNoEntryAndAnEditRewritesOnlyItsCase() throws IOException {
        assertTrue(casebook().build().ok());
        Map<String, Object> first = packFiles();
        Set<String> firstEntries = CacheContents.entries(cacheRoot());
        assertTrue(casebook().build().ok());
        assertEquals(first, packFiles(), "every body came from the cache: no pack was written or rewritten");

        kb.addCase("case-2.md", "title: 案例2\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-03-15\nsummary: 摘要2",
                "## 背景\n\n改过的正文。\n");
        assertTrue(casebook().build().ok());
        Map<String, Object> after = packFiles();
        assertEquals(2, after.size(), "the first pack, four of five entries still in use, and a new one");
        first.forEach((name, stamp) -> assertEquals(stamp, after.get(name), "the first pack is the same file: " + name));
        Set<String> added = new TreeSet<>(CacheContents.entries(cacheRoot()));
        added.removeAll(firstEntries);
        assertEquals(1, added.size(), "the new pack holds the edited case's body only: " + added);
    }

    /**
     * An added case changes the site's counts, which of the built-in pages only the home page and the
     * all-cases listing show: those are made again even where nothing else on them changed.
     */
    @Test
    void thePagesThatShowTheCountsAreMadeAgainWhenOnlyTheCountsChange() throws IOException {
        // two cases a listing page, one on the home page: a case dated before the others leaves the
        // first listing page's cases as they were, and a theme changed on a case the home page does
        // not list leaves the home page's card as it was; only the counts those pages show change
        kb.file("casebook.yml", TestKb.CONFIG + "page_size: 2\nlatest: 1\n");
        assertTrue(casebook().build().ok());
        String oldest = "title: 最早的案例\npark: 洋浦\nmethod: 经验介绍\ndate: 2020-01-01\nsummary: 最早\ntheme: ";
        kb.addCase("case-oldest.md", oldest + "组织建设", "正文。\n");
        assertTrue(casebook().build().ok());
        assertTrue(cleanBuild().ok());
        assertEquals(SiteTree.hashes(temp.resolve("clean")), SiteTree.hashes(kb.site()), "after a case added before the others");
        assertTrue(kb.read("cases/index.html").contains("6 个案例"), "the first listing page counts the new case");

        kb.addCase("case-oldest.md", oldest + "积分管理", "正文。\n");
        assertTrue(casebook().build().ok());
        assertTrue(cleanBuild().ok());
        assertEquals(SiteTree.hashes(temp.resolve("clean")), SiteTree.hashes(kb.site()), "after its theme changed");
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
    void aPictureTooLargeToCopyEverywhereIsToldAtItsLineAndGoesWhenShrunk() throws IOException {
        assertTrue(casebook().build().ok());
        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(kb.dir().resolve("cases/img/p.png").toFile(), "rw")) {
            big.setLength(7L * 1024 * 1024 + 1);
        }
        BuildResult r = casebook().build();
        assertTrue(r.ok(), "a warning: the site is still built");
        List<String> told = r.diagnostics().stream().filter(d -> d.code().equals("link.image-large"))
                .map(d -> d.pos().file() + ":" + d.pos().line() + ":" + d.pos().column() + " " + d.message()).toList();
        assertEquals(5, told.size(), told.toString());
        assertTrue(told.contains("cases/case-0.md:14:1 图片 “img/p.png” 有 7 MB：它会原样放进网页、案例的 Word 文件和每一本汇编，读者打开和下载都会很慢"),
                told.toString());
        kb.file("cases/img/p.png", "picture");
        assertTrue(casebook().build().diagnostics().stream().noneMatch(d -> d.code().equals("link.image-large")),
                "the bodies kept from the build before are told again when their picture is shrunk");
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
        // one record's payload changed under its checksum, and a second pack that is garbage
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(pack, bytes);
        Files.write(cacheDir.resolve("pack-1.pack"), "garbage, not a pack".getBytes(java.nio.charset.StandardCharsets.UTF_8));

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
    void aDamagedStateOfTheSnippetPassagesIsIgnoredWithOneWarningAndTheSiteIsTheSame() throws IOException {
        // bodies longer than a fragment carries, so that passages are chosen
        for (int i = 0; i < 5; i++) {
            kb.addCase("case-" + i + ".md", "title: 案例" + i + "\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-03-15",
                    ("第" + i + "段讲园区党建与企业服务的做法。").repeat(10 + 7 * i) + "\n");
        }
        assertTrue(cleanBuild().ok());
        Map<String, String> expected = SiteTree.hashes(temp.resolve("clean"));
        assertTrue(casebook().build().ok());
        Path search = kb.dir().resolve(".casebook/cache/search/v" + CacheStore.FORMAT);
        List<Path> packs;
        try (java.util.stream.Stream<Path> s = Files.list(search)) {
            packs = s.toList();
        }
        assertEquals(1, packs.size(), "the passages' state is one pack: " + packs);
        byte[] bytes = Files.readAllBytes(packs.get(0));
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(packs.get(0), bytes);

        BuildResult damaged = casebook().build();
        assertTrue(damaged.ok(), damaged.diagnostics().toString());
        List<Diagnostic> warnings = damaged.diagnostics().stream().filter(d -> d.code().startsWith("cache.")).toList();
        assertEquals(1, warnings.size(), damaged.diagnostics().toString());
        assertEquals("cache.damaged-search", warnings.get(0).code());
        assertEquals(".casebook/cache/search", warnings.get(0).pos().file());
        assertTrue(warnings.get(0).message().contains("搜索摘要"), warnings.get(0).message());
        assertEquals(expected, SiteTree.hashes(kb.site()), "the same site as a clean build");

        BuildResult next = casebook().build();
        assertEquals(List.of(), next.diagnostics().stream().filter(d -> d.code().startsWith("cache.")).toList(),
                "the damaged state was replaced");
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

    private Path cacheRoot() {
        return cacheDir.getParent();
    }

    private List<Path> packs() throws IOException {
        try (Stream<Path> s = Files.list(cacheDir)) {
            return s.sorted().toList();
        }
    }

    /** Pack name to the identity of its file (a rewrite would make a new file). */
    private Map<String, Object> packFiles() {
        Map<String, Object> out = new TreeMap<>();
        try {
            for (Path p : packs()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                out.put(p.getFileName().toString(), List.of(String.valueOf(a.fileKey()), a.lastModifiedTime(), a.size()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
