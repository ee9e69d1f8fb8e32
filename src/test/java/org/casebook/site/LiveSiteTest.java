package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.casebook.Casebook;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental rebuild against the truth: after every change, the live site must be byte for byte
 * what a build from scratch makes, and it must have re-rendered only the pages whose input changed.
 */
class LiveSiteTest {

    @TempDir
    Path dir;
    TestKb kb;
    LiveSite live;

    @BeforeEach
    void setUp() {
        kb = TestKb.create(dir.resolve("kb"));
        // every collection, so the preview serves each kind of booklet on request
        kb.file("casebook.yml", TestKb.CONFIG + "collections: [all, park, theme, method]\n");
        kb.addCase("a-chain", "产业链党组织", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        kb.addCase("b-points", "积分管理做法", "江东新区", "积分管理", "现场会", "2024-02-01");
        kb.addCase("c-online", "线上分享课堂", "三亚CBD", "党员教育", "线上分享", "2023-12-01");
        kb.addCase("d-visit", "观摩会", "洋浦", "组织建设", "观摩会", "2023-10-01");
        live = new LiveSite(kb.dir(), false, Casebook.version(), org.casebook.testing.TestClock.CLOCK);
        assertTrue(live.rebuildAll().ok());
    }

    @AfterEach
    void close() {
        live.close(); // its derived outputs' temporary folder
    }

    @Test
    void theLiveSiteIsTheBuiltSite() throws IOException {
        assertTrue(Casebook.at(kb.dir()).build().ok());
        Map<String, byte[]> built = new TreeMap<>();
        try (var files = Files.walk(kb.site())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = kb.site().relativize(f).toString().replace('\\', '/');
                if (!rel.equals(OutputDir.MARKER)) {
                    built.put(rel, Files.readAllBytes(f));
                }
            }
        }
        assertEquals(built.keySet(), new java.util.TreeSet<>(live.site().paths()));
        built.forEach((path, bytes) -> assertArrayEquals(bytes, live.site().read(path).orElseThrow(), path));
    }

    @Test
    void aBodyEditRewritesOnlyThatCasesPage() {
        edit("a-chain.md", "的正文。", "的正文，改过了。");
        LiveSite.Update u = update("a-chain.md");
        assertTrue(u.ok());
        assertEquals(Set.of("cases/a-chain/index.html"), u.changedPaths());
        assertTrue(html("cases/a-chain/index.html").contains("改过了"));
        assertSameAsFullBuild();
    }

    @Test
    void aTitleEditRewritesTheListingsAndNeighboursThatShowIt() {
        edit("b-points.md", "title: 积分管理做法", "title: 积分制管理新做法");
        LiveSite.Update u = update("b-points.md");
        assertTrue(u.ok());
        // its page, both neighbours (previous/next show its title), home, all-cases, its three term pages;
        // and whatever else shows its card (related cases, learn-from sections): found by model comparison
        assertTrue(u.changedPaths().containsAll(Set.of("cases/b-points/index.html", "cases/a-chain/index.html",
                "cases/c-online/index.html", "index.html", "cases/index.html", "park/jiangdong/index.html",
                "theme/points/index.html", "method/onsite-meeting/index.html")), u.changedPaths().toString());
        for (String untouched : List.of("404.html", "guide/index.html", "search.html", "park/index.html")) {
            assertFalse(u.changedPaths().contains(untouched), untouched);
        }
        assertSameAsFullBuild();
    }

    @Test
    void addingAndDeletingCasesMatchesAFullBuild() throws IOException {
        kb.addCase("e-new", "新增案例", "江东新区", "党员教育", "经验介绍", "2024-05-01");
        assertTrue(update("e-new.md").ok());
        assertTrue(live.site().contains("cases/e-new/index.html"));
        assertSameAsFullBuild();

        Files.delete(kb.dir().resolve("cases/d-visit.md"));
        LiveSite.Update u = update("d-visit.md");
        assertTrue(u.ok());
        assertTrue(u.changedPaths().contains("cases/d-visit/index.html"));
        assertFalse(live.site().contains("cases/d-visit/index.html"));
        assertSameAsFullBuild();
    }

    @Test
    void brokenSourcesKeepTheLastGoodSiteAndFixingRecovers() {
        byte[] before = live.site().read("cases/c-online/index.html").orElseThrow();
        edit("c-online.md", "park: 三亚CBD", "park：三亚CBD\ntheme: [");
        LiveSite.Update broken = update("c-online.md");
        assertFalse(broken.ok());
        assertTrue(broken.changedPaths().isEmpty());
        List<String> where = broken.problems().stream().filter(Diagnostic::isError).map(d -> d.pos().toString()).toList();
        assertTrue(where.contains("cases/c-online.md:3:5"), where.toString());
        assertArrayEquals(before, live.site().read("cases/c-online/index.html").orElseThrow());

        edit("c-online.md", "park：三亚CBD\ntheme: [", "park: 三亚CBD");
        LiveSite.Update fixed = update("c-online.md");
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertTrue(live.problems().isEmpty());
        assertSameAsFullBuild();
    }

    @Test
    void aLinkedCaseAppearingFixesTheLinkingCase() {
        kb.addCase("f-links.md", "title: 链接\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍", "见[后来的](g-later.md)。\n");
        LiveSite.Update missing = update("f-links.md");
        assertFalse(missing.ok());
        assertTrue(missing.problems().stream().anyMatch(d -> d.code().equals("link.missing-case")));
        kb.addCase("g-later", "后来的案例", "洋浦", "组织建设", "经验介绍", "2024-01-01");
        LiveSite.Update found = update("g-later.md");
        assertTrue(found.ok(), found.problems().toString());
        assertTrue(html("cases/f-links/index.html").contains("../g-later/index.html"));
        assertSameAsFullBuild();
    }

    @Test
    void draftsAreShownWithABadgeOnlyWhenAsked() {
        kb.addCase("h-draft.md", "title: 草稿案例\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndraft: true", "草稿正文。\n");
        assertTrue(update("h-draft.md").ok());
        assertFalse(live.site().contains("cases/h-draft/index.html"));

        try (LiveSite withDrafts = new LiveSite(kb.dir(), true, Casebook.version(), org.casebook.testing.TestClock.CLOCK)) {
            assertTrue(withDrafts.rebuildAll().ok());
            String page = new String(withDrafts.site().read("cases/h-draft/index.html").orElseThrow(),
                    StandardCharsets.UTF_8);
            assertTrue(page.contains("badge-draft") && page.contains("草稿"));
        }
    }

    @Test
    void aConfigurationChangeRebuildsEverything() throws IOException {
        Path config = kb.dir().resolve("casebook.yml");
        Files.writeString(config, Files.readString(config).replace("title: 测试经验库", "title: 改名的经验库"));
        LiveSite.Update u = live.update(List.of(config));
        assertTrue(u.full() && u.ok());
        assertTrue(html("index.html").contains("改名的经验库"));
        assertSameAsFullBuild();
    }

    @Test
    void anEditIsServedFirstAndItsRelatedCaseListsFollow() {
        edit("d-visit.md", "title: 观摩会", "title: 观摩会改名");
        LiveSite.Update u = update("d-visit.md");
        assertTrue(u.ok() && !u.followUp());
        assertTrue(html("cases/d-visit/index.html").contains("观摩会改名"));
        // a-chain shares park and theme with d-visit: its related list shows d-visit's card, still the old one
        assertTrue(live.pending().isPresent());
        LiveSite.Update follow = live.settle().orElseThrow();
        assertTrue(follow.ok() && follow.followUp());
        assertTrue(follow.changedPaths().contains("cases/a-chain/index.html"), follow.changedPaths().toString());
        assertTrue(live.pending().isEmpty());
        assertTrue(live.settle().isEmpty(), "nothing left to do");
        assertSameAsFullBuild();
    }

    @Test
    void aFollowUpForAnOlderStateIsDropped() {
        edit("a-chain.md", "的正文。", "的正文，第一次。");
        update("a-chain.md");
        LiveSite.Pending older = live.pending().orElseThrow();
        edit("a-chain.md", "的正文，第一次。", "的正文，第二次。");
        update("a-chain.md");
        assertFalse(live.isCurrent(older));
        assertTrue(live.settle(older, older.insight()).isEmpty());
        assertTrue(html("cases/a-chain/index.html").contains("第二次"));
        assertSameAsFullBuild();
    }

    @Test
    void derivedPagesAreRenderedWhenAskedForAndMatchAFullBuild() throws IOException {
        edit("b-points.md", "title: 积分管理做法", "title: 积分制管理新做法");
        update("b-points.md");
        live.settle();
        assertTrue(Casebook.at(kb.dir()).build().ok());
        // asked for one by one, as a browser does, before anything listed every path
        for (String path : List.of("cases/b-points/b-points.docx", "print/all/index.html", "stats/index.html",
                "sitemap.xml", "feeds/atom.xml", "cases.json", "search/index.js", "print/all/all.docx")) {
            Path built = kb.site().resolve(path);
            if (Files.exists(built)) {
                assertArrayEquals(Files.readAllBytes(built), live.site().read(path).orElseThrow(), path);
            } else {
                assertTrue(live.site().read(path).isEmpty(), path);
            }
        }
        assertTrue(html("print/all/index.html").contains("积分制管理新做法"));
        assertTrue(Files.exists(kb.site().resolve("cases/b-points/b-points.docx")), "the build writes the Word files");
    }

    @Test
    void oneWordDocumentIsMadeAloneAsTheBuildMakesIt() throws IOException {
        assertTrue(Casebook.at(kb.dir()).build().ok());
        for (String path : List.of("cases/b-points/b-points.docx", "print/all/all.docx")) {
            assertArrayEquals(Files.readAllBytes(kb.site().resolve(path)), live.site().read(path).orElseThrow(), path);
        }
        try (var files = Files.walk(live.site().derived().folder())) {
            assertEquals(List.of("all.docx", "b-points.docx"), files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString()).sorted().toList(), "no other document, no other output");
        }
    }

    @Test
    void aMistakeInATemplateOnlyARequestRendersIsToldWhenAskedForAndGoesWhenFixed() {
        kb.file("templates/collection.ftlh", "<p>\n${nosuch.thing}</p>");
        assertTrue(live.update(List.of(kb.dir().resolve("templates/collection.ftlh"))).ok(), "no page uses that template");
        assertTrue(live.problems().isEmpty(), live.problems().toString());
        List<Diagnostic> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        live.onDemandProblems(told::addAll);

        assertTrue(live.site().read("print/all/index.html").isEmpty());
        assertFalse(told.isEmpty(), "the request's rendering told its problems");
        for (Diagnostic d : told) {
            assertEquals("template.error", d.code());
            assertEquals("templates/collection.ftlh", d.pos().file());
            assertEquals(2, d.pos().line());
            assertTrue(d.message().contains("nosuch"), d.message());
        }
        assertTrue(live.problems().containsAll(told), "the open pages' overlay lists them");
        int first = told.size();
        live.site().read("print/all/index.html");
        assertEquals(first, told.size(), "told once, not again at the next request");

        kb.file("templates/collection.ftlh", "<p>汇编：已修正</p>");
        assertTrue(live.update(List.of(kb.dir().resolve("templates/collection.ftlh"))).ok());
        assertTrue(live.problems().isEmpty(), "a save starts afresh: " + live.problems());
        assertTrue(live.site().read("print/all/index.html").isPresent(), live.problems().toString());
        assertTrue(html("print/all/index.html").contains("汇编："));
        assertEquals(first, told.size());
    }

    private void edit(String caseFile, String from, String to) {
        Path p = kb.dir().resolve("cases").resolve(caseFile);
        try {
            String text = Files.readString(p);
            assertTrue(text.contains(from), from);
            Files.writeString(p, text.replace(from, to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private LiveSite.Update update(String caseFile) {
        return live.update(List.of(kb.dir().resolve("cases").resolve(caseFile)));
    }

    private String html(String path) {
        return new String(live.site().read(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    private void assertSameAsFullBuild() {
        live.settle(); // what the preview does right after serving the edit: related-case lists follow
        try (LiveSite fresh = new LiveSite(kb.dir(), false, Casebook.version(), org.casebook.testing.TestClock.CLOCK)) {
            assertTrue(fresh.rebuildAll().ok());
            assertEquals(new java.util.TreeSet<>(fresh.site().paths()), new java.util.TreeSet<>(live.site().paths()));
            for (String path : fresh.site().paths()) {
                assertArrayEquals(fresh.site().read(path).orElseThrow(), live.site().read(path).orElseThrow(), path);
            }
        }
    }
}
