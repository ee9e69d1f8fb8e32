package org.casebook.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.SiteLinks;
import org.casebook.testing.TestKb;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code collections:} decides which collections are written; nothing links to one that is not. */
class CollectionsSettingTest {

    @TempDir
    Path dir;

    private Path build(String setting) {
        TestKb kb = TestKb.create(dir);
        if (setting != null) {
            kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\n" + setting));
        }
        kb.addCase("a", "积分管理的做法", "洋浦", "积分管理", "经验介绍", "2024-03-01");
        kb.addCase("b", "组织建设的做法", "江东新区", "组织建设", "经验介绍", "2024-03-02");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        return kb.site();
    }

    /** Every collection file of the site (printable pages and Word documents under print/). */
    private static List<String> collectionFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("print"))) {
            return files.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("print/index.html")).sorted().toList();
        }
    }

    private static Document read(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "http://site.invalid/" + path);
    }

    @Test
    void byDefaultOnlyTheParksCollectionsAreWrittenAndTheOthersLeadToTheirCases() throws IOException {
        Path site = build(null);
        assertEquals(List.of("print/park/jiangdong/index.html", "print/park/jiangdong/jiangdong.docx",
                "print/park/sanya-cbd/index.html", "print/park/sanya-cbd/sanya-cbd.docx",
                "print/park/yangpu/index.html", "print/park/yangpu/yangpu.docx"), collectionFiles(site));
        Document index = read(site, "print/index.html");
        assertEquals("../cases/index.html", index.selectFirst("a.collection-all").attr("href"));
        assertEquals(List.of("../theme/organization/index.html", "../theme/member-education/index.html",
                "../theme/points/index.html"), index.select("section:has(#print-theme) a").eachAttr("href"));
        assertEquals(1 + 3 + 3, index.select(".not-written").size(), "all, themes, methods are marked unwritten");
        assertTrue(index.selectFirst(".explain") != null);
        Document theme = read(site, "theme/points/index.html");
        assertTrue(theme.select(".term-feed a[href*=print/], .term-feed a.word-download").isEmpty(), theme.select(".term-feed").html());
        Document park = read(site, "park/yangpu/index.html");
        assertEquals("../../print/park/yangpu/index.html", park.selectFirst(".term-feed a[href*=print/]").attr("href"));
        assertEquals("../../print/park/yangpu/yangpu.docx", park.selectFirst(".term-feed a.word-download").attr("href"));
        assertTrue(Files.isRegularFile(site.resolve("cases/a/a.docx")), "every case keeps its Word document");
        assertEquals(List.of(), SiteLinks.problems(site));
    }

    @Test
    void namedKindsAndSingleTermsAreWrittenAndNothingElse() throws IOException {
        Path site = build("collections: [all, method, theme/points]");
        assertEquals(List.of("print/all/all.docx", "print/all/index.html",
                "print/method/experience/experience.docx", "print/method/online-sharing/online-sharing.docx",
                "print/method/onsite-meeting/onsite-meeting.docx",
                "print/theme/points/index.html", "print/theme/points/points.docx"), collectionFiles(site));
        Document index = read(site, "print/index.html");
        assertEquals("../print/all/index.html", index.selectFirst("a.collection-all").attr("href"));
        assertEquals(3 + 2, index.select(".not-written").size(), "the parks and two themes are not written");
        assertFalse(read(site, "method/experience/index.html").select(".term-feed a.word-download").isEmpty());
        assertTrue(read(site, "park/yangpu/index.html").select(".term-feed a[href*=print/]").isEmpty());
        assertEquals(List.of(), SiteLinks.problems(site));
    }

    @Test
    void anEmptyListWritesNoCollectionAndStillLinksNothingMissing() throws IOException {
        Path site = build("collections: []");
        assertEquals(List.of(), collectionFiles(site));
        assertEquals(List.of(), SiteLinks.problems(site));
    }

    /** Chromium turned each of these into "_": 2023_2024年度 _三张清单_ 做法_ 怎么做_.docx. */
    @Test
    void aDownloadIsNamedWithTheCharactersWindowsRefusesInTheirFullWidthForms() throws IOException {
        TestKb kb = TestKb.create(dir);
        kb.addCase("a.md", "title: '2023/2024年度 \"三张清单\" 做法: 怎么做? <一> *重点* | 小结'\npark: 洋浦\ntheme: 积分管理\n"
                + "method: 经验介绍\ndate: 2024-03-01\n", "正文。\n");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertEquals("2023／2024年度 ＂三张清单＂ 做法： 怎么做？ ＜一＞ ＊重点＊ ｜ 小结.docx",
                read(kb.site(), "cases/a/index.html").selectFirst("a.word-download").attr("download"));
    }
}
