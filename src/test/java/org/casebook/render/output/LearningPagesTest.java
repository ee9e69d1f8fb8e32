package org.casebook.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.FrontMatterOracle;
import org.casebook.testing.LearningFixture;
import org.casebook.testing.TestKb;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-case pages of the fixture knowledge base, read as HTML. */
class LearningPagesTest {

    @TempDir
    Path dir;

    /** Builds the fixture with a theme that has a search page, as the default theme does once search lands. */
    private Path build(String... config) {
        LearningFixture.copy(dir, config);
        try {
            Files.createDirectories(dir.resolve("templates"));
            Files.writeString(dir.resolve("templates/search.ftlh"), "<#import \"layout.ftlh\" as l><@l.page title=\"search\"><h1>search</h1></@l.page>\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LearningFixture.build(dir);
        return dir.resolve("site");
    }

    private static Document read(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "http://site.invalid/" + path);
    }

    @Test
    void matrixIsAnAccessibleTableWhoseCellsLinkToTheFilteredSearch() throws IOException {
        Path site = build();
        Document doc = read(site, "matrix/index.html");
        Element table = doc.getElementById("matrix-park-theme");
        assertNotNull(table);
        assertFalse(table.select("caption").text().isBlank());
        assertEquals(4 + 2, table.select("thead th[scope=col]").size(), "row header, 4 themes, total");
        assertEquals(4, table.select("tbody th[scope=row]").size());
        FrontMatterOracle oracle = new FrontMatterOracle(dir);
        List<String> parks = oracle.slugs("park");
        List<String> themes = oracle.slugs("theme");
        for (int i = 0; i < parks.size(); i++) {
            List<Element> cells = table.select("tbody tr").get(i).select("td:not(.total)");
            for (int j = 0; j < themes.size(); j++) {
                int n = oracle.count("park", parks.get(i), "theme", themes.get(j));
                Element cell = cells.get(j);
                if (n == 0) {
                    assertTrue(cell.hasClass("gap"));
                    assertTrue(cell.text().contains("空白"), "a gap is marked in text, not only by colour");
                    assertTrue(cell.select("a").isEmpty());
                } else {
                    Element a = cell.selectFirst("a");
                    assertEquals(String.valueOf(n), a.text());
                    assertEquals("../search.html?park=" + parks.get(i) + "&theme=" + themes.get(j), a.attr("href"));
                    assertTrue(a.attr("aria-label").contains(String.valueOf(n)));
                }
            }
        }
        assertTrue(Files.isRegularFile(site.resolve(doc.selectFirst("a[href$=park-theme.csv]").absUrl("href").substring("http://site.invalid/".length()))));
        // learning pairs: points is led by yangpu; jiangdong, sanya-cbd and lingao have none
        Element pointsCard = doc.select(".pair-card").get(2);
        assertTrue(pointsCard.selectFirst(".pair-leaders").text().contains("洋浦经济开发区"));
        assertEquals("海口江东新区、三亚中央商务区、临高金牌港开发区", pointsCard.selectFirst(".pair-without").text());
        assertFalse(doc.select(".pairs .explain").text().isBlank(), "the ranking is explained in one line");
    }

    @Test
    void aParkPageShowsWhomItCanLearnFrom() throws IOException {
        Path site = build();
        Document yangpu = read(site, "park/yangpu/index.html");
        Element learn = yangpu.selectFirst("section.learn-from");
        assertNotNull(learn);
        assertEquals("可向这些园区学习", learn.selectFirst("h2").text());
        assertFalse(learn.select(".explain").text().isBlank());
        assertEquals(List.of("智慧党建"), learn.select("dt").eachText());
        assertEquals("../../cases/jiangdong-cloud/index.html", learn.selectFirst(".teacher-cases a").attr("href"));
        Document lingao = read(site, "park/lingao/index.html");
        assertEquals(List.of("组织建设", "党员教育", "积分管理", "智慧党建"), lingao.select("section.learn-from dt").eachText());
        assertTrue(read(site, "theme/points/index.html").select("section.learn-from").isEmpty(), "only parks get pairs");
    }

    @Test
    void casePagesListRelatedCasesAndCanBePrinted() throws IOException {
        Path site = build();
        Document doc = read(site, "cases/yangpu-chain/index.html");
        List<String> related = doc.select("aside.related li a").eachAttr("href");
        assertFalse(related.isEmpty());
        assertEquals("../../cases/jiangdong-alliance/index.html", related.get(0));
        assertFalse(related.stream().anyMatch(h -> h.contains("yangpu-chain") || h.contains("lingao-draft")));
        assertNotNull(doc.selectFirst("button[data-print]"));
        assertEquals("article", doc.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("以产业链党委推动企业党建全覆盖", doc.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(doc.selectFirst("meta[name=twitter:description]").attr("content").startsWith("洋浦按产业链组建党委"));
        assertTrue(doc.select("link[rel=canonical]").isEmpty(), "no canonical without base_url");
        assertTrue(doc.select("meta[property=og:url]").isEmpty());
    }

    @Test
    void withBaseUrlPagesCarryCanonicalAndCollectionsCarryQrCodes() throws IOException {
        Path site = build("base_url: " + LearningFixture.BASE_URL);
        Document doc = read(site, "cases/yangpu-chain/index.html");
        assertEquals(LearningFixture.BASE_URL + "cases/yangpu-chain/index.html", doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(LearningFixture.BASE_URL + "cases/yangpu-chain/index.html", doc.selectFirst("meta[property=og:url]").attr("content"));
        Document print = read(site, "print/park/yangpu/index.html");
        List<Element> cases = print.select("article.print-case");
        assertEquals(3, cases.size());
        for (Element c : cases) {
            assertNotNull(c.selectFirst("svg.qr[role=img][aria-label]"), c.id());
            assertTrue(c.selectFirst(".print-url").text().startsWith(LearningFixture.BASE_URL + "cases/"));
        }
    }

    @Test
    void collectionsHaveCoverContentsAndRelinkedBodiesWithUniqueIds() throws IOException {
        Path site = build();
        Document all = read(site, "print/all/index.html");
        assertNotNull(all.selectFirst(".print-cover h1"));
        assertEquals(7, all.select("nav.print-toc li").size(), "published cases only");
        assertEquals(7, all.select("article.print-case").size());
        assertTrue(all.select("svg.qr").isEmpty(), "no QR code without base_url");
        Set<String> ids = new HashSet<>();
        for (Element e : all.select("[id]")) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        }
        for (Element article : all.select("article.print-case")) {
            String slug = article.id().substring("case-".length());
            boolean internal = !read(site, "cases/" + slug + "/index.html").select("h1 .badge-internal").isEmpty();
            assertEquals(internal, !article.select("h2 .badge-internal").isEmpty(), "printed " + slug + " keeps its 内部资料 mark");
        }
        for (Element toc : all.select("nav.print-toc a")) {
            assertNotNull(all.getElementById(toc.attr("href").substring(1)));
        }
        Document yangpu = read(site, "print/park/yangpu/index.html");
        Element img = yangpu.selectFirst("article img");
        assertNotNull(img);
        String src = img.absUrl("src").substring("http://site.invalid/".length());
        assertTrue(Files.isRegularFile(site.resolve(src)), "image resolves from the collection page: " + src);
        // yangpu-chain links yangpu-points: in yangpu's booklet, which holds both, the link goes to its section
        Element caseLink = yangpu.selectFirst("#case-yangpu-chain a[href*=yangpu-points]");
        assertEquals("#case-yangpu-points", caseLink.attr("href"));
        assertNotNull(yangpu.getElementById("case-yangpu-points"));
        // the organization booklet holds yangpu-chain but not yangpu-points: the link goes to its page
        Document organization = read(site, "print/theme/organization/index.html");
        assertNotNull(organization.getElementById("case-yangpu-chain"));
        assertEquals("cases/yangpu-points/index.html", organization.selectFirst("#case-yangpu-chain a[href*=yangpu-points]")
                .absUrl("href").substring("http://site.invalid/".length()));
        Document index = read(site, "print/index.html");
        assertEquals(1 + 4 + 4, index.select("main a[href$=index.html]").size());
    }

    @Test
    void aCoverSaysItsDateIsThatOfTheNewestCaseItHolds(@TempDir Path english) throws IOException {
        Path site = build();
        // yangpu's newest case is of 2024-05-10; the whole collection's of 2025
        assertEquals("收录案例截至 2024年5月10日", read(site, "print/park/yangpu/index.html").selectFirst(".print-cover .cover-date").text());
        assertTrue(read(site, "print/all/index.html").selectFirst(".print-cover .cover-date").text().matches("收录案例截至 2025年\\d+月\\d+日"));
        LearningFixture.copy(english, "language: en");
        LearningFixture.build(english);
        assertTrue(read(english.resolve("site"), "print/park/yangpu/index.html").selectFirst(".print-cover .cover-date").text()
                .startsWith("Cases up to "));
    }

    @Test
    void statisticsChartsAreAccessibleImagesWithTheirNumbers() throws IOException {
        Path site = build();
        Document doc = read(site, "stats/index.html");
        List<Element> charts = doc.select("svg.chart");
        assertEquals(4, charts.size(), "park, theme, method, year");
        for (Element svg : charts) {
            assertEquals("img", svg.attr("role"));
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertNotNull(svg.getElementById(id), id);
            }
            Element table = svg.parent().nextElementSibling();
            assertEquals("table", table.tagName());
            assertEquals(svg.select("rect.chart-bar").size(), table.select("tbody tr").size());
        }
        // year chart: 2023, 2024 ×4, 2025 and one undated
        assertEquals(List.of("2023年 1", "2024年 4", "2025年 1", "未注明日期 1"),
                doc.select("#chart-year-heading + figure + table tbody tr").eachText());
    }

    @Test
    void navigationLinksTheNewPagesAndFooterLinksFeedsAndData() throws IOException {
        Path site = build();
        Document home = read(site, "index.html");
        List<String> nav = home.select("nav.site-nav a").eachAttr("href");
        assertTrue(nav.containsAll(List.of("matrix/index.html", "stats/index.html", "print/index.html")), nav.toString());
        for (String href : home.select(".footer-data a").eachAttr("href")) {
            assertTrue(Files.isRegularFile(site.resolve(href)), href);
        }
        assertEquals("feeds/atom.xml", home.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
        Document term = read(site, "park/yangpu/index.html");
        assertTrue(term.select("link[rel=alternate]").eachAttr("href").contains("../../feeds/park/yangpu.xml"));
    }

    @Test
    void englishUiWhenTheKnowledgeBaseAsksForIt() throws IOException {
        Path site = build("language: en");
        Document matrix = read(site, "matrix/index.html");
        assertEquals("en", matrix.selectFirst("html").attr("lang"));
        assertEquals("Coverage matrix and learning pairs", matrix.selectFirst("h1").text());
        Document term = read(site, "park/yangpu/index.html");
        assertEquals("Learn from these parks", term.selectFirst("section.learn-from h2").text());
        for (String path : List.of("matrix/index.html", "stats/index.html", "print/index.html", "embed/latest.html")) {
            String ui = read(site, path).select("nav, h1, h2, caption, th, .explain, .lead, footer, button, .print-hint").text();
            assertFalse(ui.matches("(?s).*(覆盖|统计|汇编|可学习|空白|合计|打印|订阅).*"), path + " has Chinese UI text: " + ui);
        }
    }

    @Test
    void embedPagesHaveNoSiteChrome() throws IOException {
        Path site = build();
        for (String mode : List.of("latest", "term", "search")) {
            Document doc = read(site, "embed/" + mode + ".html");
            assertTrue(doc.select("header.site-header, footer, nav.site-nav").isEmpty(), mode);
            assertNotNull(doc.selectFirst("main"));
        }
    }

    @Test
    void imagesWithoutAltTextAreWarnedWithFileAndLine() {
        TestKb kb = TestKb.create(dir).bytes("cases/pic.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .addCase("noalt.md", "title: 无替代文字\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍",
                        "## 图\n\n![](pic.png)\n\n<img src=\"pic.png\">\n\n![有说明](pic.png)\n");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), "a missing alt text is a warning, not an error");
        List<Diagnostic> warnings = r.diagnostics().stream().filter(d -> d.code().equals("image.no-alt")).toList();
        assertEquals(2, warnings.size(), warnings::toString);
        assertEquals("cases/noalt.md", warnings.get(0).pos().file());
        assertEquals(10, warnings.get(0).pos().line(), "line of ![](pic.png) in the file");
        assertEquals(12, warnings.get(1).pos().line());
        assertFalse(warnings.get(0).hint().isBlank());
    }
}
