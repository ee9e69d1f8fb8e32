package org.casebook.render.page;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.casebook.cache.Fingerprint;
import org.casebook.render.markdown.RenderedBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input a case page is made from changes its digest; the same inputs give the same one. */
class PageInputsTest {

    @TempDir
    Path tmp;

    private static Views.Chip chip(String name) {
        return new Views.Chip("park", "园区", name, "park/yangpu/index.html");
    }

    private static Views.CaseCard card(String slug, String title) {
        return new Views.CaseCard(slug, title, "cases/" + slug + "/index.html", "2025-03-27", "2025年3月27日", "摘要", "单位",
                List.of(chip("洋浦")), false, false);
    }

    private static Views.Site site(String title, int count) {
        Views.TermLink term = new Views.TermLink("park", "洋浦经济开发区", "yangpu", "park/yangpu/index.html", count,
                List.of("洋浦"), "");
        Views.Taxonomy park = new Views.Taxonomy("park", "园区", "park/index.html", List.of(term), true, true, true);
        return new Views.Site(title, "说明", "zh-CN", count, List.of(park), "1.0", "", Map.of(), "主办单位", "备案号");
    }

    private static Views.CasePage casePage() {
        return new Views.CasePage(card("a", "标题"), "<p>正文</p>", List.of(new RenderedBody.Heading(2, "做法", "h-1")),
                List.of("关键词"), Map.of("联系人", "张三"), card("p", "上一篇"), card("n", "下一篇"), "cases/a.md",
                List.of(card("r", "相关")), "cases/a/a.docx");
    }

    private static SiteRenderer.PlannedPage planned(Views.Site site, Views.CasePage view) {
        return new SiteRenderer.PlannedPage("cases/a/index.html", "case.ftlh",
                new Views.Page(site, view, Map.of(), "../../", "cases/a/index.html", "case"));
    }

    private long[] digest(String code, Path kb, Views.Site site, Views.CasePage view) {
        return new PageInputs(code, new Theme(kb), site).casePage(planned(site, view), Fingerprint.hex(view.html()));
    }

    @Test
    void everyInputChangesTheDigestAndTheSameInputsGiveTheSameOne() throws IOException {
        Path kb = tmp.resolve("kb");
        Files.createDirectories(kb.resolve("templates"));
        Files.writeString(kb.resolve("templates/case.ftlh"), "自己的模板");
        Views.Site site = site("经验库", 3);
        Views.CasePage page = casePage();
        long[] base = digest("1.0", kb, site, page);
        assertArrayEquals(base, digest("1.0", kb, site(new String("经验库"), 3), casePage()));

        Map<String, UnaryOperator<Views.CasePage>> changes = new LinkedHashMap<>();
        changes.put("title", v -> new Views.CasePage(card("a", "新标题"), v.html(), v.toc(), v.keywords(), v.extra(),
                v.previous(), v.next(), v.sourceFile(), v.related(), v.wordPath()));
        changes.put("chip", v -> new Views.CasePage(new Views.CaseCard("a", "标题", "cases/a/index.html", "2025-03-27",
                "2025年3月27日", "摘要", "单位", List.of(chip("江东")), false, false), v.html(), v.toc(), v.keywords(),
                v.extra(), v.previous(), v.next(), v.sourceFile(), v.related(), v.wordPath()));
        changes.put("body", v -> new Views.CasePage(v.card(), "<p>正文。</p>", v.toc(), v.keywords(), v.extra(),
                v.previous(), v.next(), v.sourceFile(), v.related(), v.wordPath()));
        changes.put("contents", v -> new Views.CasePage(v.card(), v.html(), List.of(), v.keywords(), v.extra(),
                v.previous(), v.next(), v.sourceFile(), v.related(), v.wordPath()));
        changes.put("keywords", v -> new Views.CasePage(v.card(), v.html(), v.toc(), List.of("关键词", "积分"), v.extra(),
                v.previous(), v.next(), v.sourceFile(), v.related(), v.wordPath()));
        changes.put("extra", v -> new Views.CasePage(v.card(), v.html(), v.toc(), v.keywords(), Map.of("联系人", "李四"),
                v.previous(), v.next(), v.sourceFile(), v.related(), v.wordPath()));
        changes.put("previous", v -> new Views.CasePage(v.card(), v.html(), v.toc(), v.keywords(), v.extra(),
                null, v.next(), v.sourceFile(), v.related(), v.wordPath()));
        changes.put("next", v -> new Views.CasePage(v.card(), v.html(), v.toc(), v.keywords(), v.extra(),
                v.previous(), card("n", "下一篇改了"), v.sourceFile(), v.related(), v.wordPath()));
        changes.put("source", v -> new Views.CasePage(v.card(), v.html(), v.toc(), v.keywords(), v.extra(),
                v.previous(), v.next(), "cases/sub/a.md", v.related(), v.wordPath()));
        changes.put("related", v -> new Views.CasePage(v.card(), v.html(), v.toc(), v.keywords(), v.extra(),
                v.previous(), v.next(), v.sourceFile(), List.of(card("r", "相关"), card("s", "又一个")), v.wordPath()));
        changes.put("word", v -> new Views.CasePage(v.card(), v.html(), v.toc(), v.keywords(), v.extra(),
                v.previous(), v.next(), v.sourceFile(), v.related(), ""));

        Set<String> digests = new HashSet<>();
        digests.add(base[0] + ":" + base[1]);
        for (var change : changes.entrySet()) {
            long[] d = digest("1.0", kb, site, change.getValue().apply(page));
            digests.add(d[0] + ":" + d[1]);
            assertEquals(List.copyOf(changes.keySet()).indexOf(change.getKey()) + 2, digests.size(),
                    change.getKey() + " left the digest as it was");
        }

        long[] otherCode = digest("1.1", kb, site, page);
        long[] otherSite = digest("1.0", kb, site("改名的经验库", 3), page);
        long[] otherCount = digest("1.0", kb, site("经验库", 4), page);
        Files.writeString(kb.resolve("templates/case.ftlh"), "自己的模板，改过");
        long[] otherTemplate = digest("1.0", kb, site, page);
        for (long[] d : List.of(otherCode, otherSite, otherCount, otherTemplate)) {
            digests.add(d[0] + ":" + d[1]);
        }
        assertEquals(1 + changes.size() + 4, digests.size(), "the code, the site, a term's count and the theme's files each count");
    }

    @Test
    void theSiteCountsAreInputsOnlyOfThePagesThatShowThem() throws IOException {
        Path kb = tmp.resolve("kb");
        Views.TermLink term = new Views.TermLink("park", "洋浦经济开发区", "yangpu", "park/yangpu/index.html", 2, List.of(), "");
        Views.Pager pager = new Views.Pager(2, 2, List.of("park/yangpu/index.html", "park/yangpu/page/2/index.html"));
        Object termPage = new Views.TermPage(term, null, List.of(card("a", "标题")), pager, List.of(), List.of(), "", "");
        Object listPage = new Views.ListPage(List.of(card("a", "标题")), pager, 0);
        Object home = new Views.Home(List.of(card("a", "标题")), List.of());
        for (boolean own : List.of(false, true)) {
            if (own) {
                Files.createDirectories(kb.resolve("templates/partials"));
                Files.writeString(kb.resolve("templates/partials/footer-extra.ftlh"), "${site.caseCount}");
            }
            assertEquals(own, changesWithCounts(kb, casePage(), "case.ftlh"), "a case page, own templates " + own);
            assertEquals(own, changesWithCounts(kb, termPage, "term.ftlh"), "a term's later page, own templates " + own);
            assertEquals(own, changesWithCounts(kb, listPage, "list.ftlh"), "the all-cases listing's later page, own templates " + own);
            assertEquals(true, changesWithCounts(kb, home, "index.ftlh"), "the home page, own templates " + own);
        }
    }

    /** Whether a page's inputs change when a case is added elsewhere: the site's counts, nothing else. */
    private boolean changesWithCounts(Path kb, Object view, String template) {
        long[][] d = new long[2][];
        for (int count : List.of(3, 4)) {
            Views.Site site = site("经验库", count);
            SiteRenderer.PlannedPage p = new SiteRenderer.PlannedPage("x/index.html", template,
                    new Views.Page(site, view, Map.of(), "../", "x/index.html", "x"));
            PageInputs inputs = new PageInputs("1.0", new Theme(kb), site);
            d[count - 3] = view instanceof Views.CasePage c ? inputs.casePage(p, Fingerprint.hex(c.html())) : inputs.page(p);
        }
        return d[0][0] != d[1][0] || d[0][1] != d[1][1];
    }

    @Test
    void aCollectionVolumeIsDescribedByItsCasesAndTheirBodiesFingerprints() {
        Path kb = tmp.resolve("kb");
        LearningViews.Volume one = new LearningViews.Volume(1, "print/park/yangpu/index.html", 1, 2, "");
        java.util.function.Function<List<String>, long[]> digest = bodies -> {
            Views.Site site = site("经验库", 3);
            Object inputs = new LearningViews.CollectionInputs("洋浦", "园区",
                    List.of(new LearningViews.CollectionEntry(card("a", "标题"), "case-a")), bodies, List.of(""), one,
                    List.of(one), 1, "2025年3月27日");
            return new PageInputs("1.0", new Theme(kb), site).page(new SiteRenderer.PlannedPage(one.path(),
                    "collection.ftlh", new Views.Page(site, inputs, Map.of(), "../../../", one.path(), "collection")));
        };
        assertArrayEquals(digest.apply(List.of("[1, 2]")), digest.apply(List.of("[1, 2]")),
                "every part walked: the same inputs, the same digest (a part it could not walk would never be kept)");
        assertEquals(false, java.util.Arrays.equals(digest.apply(List.of("[1, 2]")), digest.apply(List.of("[1, 3]"))),
                "a body changed");
    }

    private long[] listDigest(Path kb, Object view) {
        Views.Site site = site("经验库", 3);
        return new PageInputs("1.0", new Theme(kb), site).page(new SiteRenderer.PlannedPage("cases/index.html",
                "list.ftlh", new Views.Page(site, view, Map.of(), "../", "cases/index.html", "list")));
    }

    @Test
    void anyOtherPageIsWalkedFieldByFieldAndAViewOfUnknownPartsIsNeverKept() {
        Path kb = tmp.resolve("kb");
        Views.Pager pager = new Views.Pager(1, 2, List.of("cases/index.html", "cases/2/index.html"));
        long[] base = listDigest(kb, new Views.ListPage(List.of(card("a", "标题"), card("b", "乙")), pager, 2));
        assertArrayEquals(base, listDigest(kb, new Views.ListPage(List.of(card("a", "标题"), card("b", "乙")), pager, 2)));
        Set<String> digests = new HashSet<>(List.of(base[0] + ":" + base[1]));
        for (Object other : List.of(
                new Views.ListPage(List.of(card("a", "新标题"), card("b", "乙")), pager, 2),
                new Views.ListPage(List.of(card("b", "乙"), card("a", "标题")), pager, 2),
                new Views.ListPage(List.of(card("a", "标题")), pager, 2),
                new Views.ListPage(List.of(card("a", "标题"), card("b", "乙")), new Views.Pager(2, 2, pager.pages()), 2),
                new Views.Home(List.of(card("a", "标题"), card("b", "乙")), List.of()))) {
            long[] d = listDigest(kb, other);
            assertEquals(true, digests.add(d[0] + ":" + d[1]), other + " has the digest of another view");
        }
        record Odd(Object part) {
        }
        long[] once = listDigest(kb, new Odd(new Object()));
        long[] again = listDigest(kb, new Odd(new Object()));
        assertEquals(false, once[0] == again[0] && once[1] == again[1], "a part nothing tells apart: never the same inputs");
    }
}
