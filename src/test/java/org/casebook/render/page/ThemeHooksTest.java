package org.casebook.render.page;

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
import org.casebook.testing.TestKb;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout's hooks (templates/partials/*-extra.ftlh) and casebook.yml's extra: map, on every page. */
class ThemeHooksTest {

    @TempDir
    Path dir;

    private TestKb kb() {
        TestKb kb = TestKb.create(dir.resolve("kb"));
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", """
                language: zh-CN
                extra:
                  organizer: 海南省委自贸港工委 <主办>
                  icp: 琼ICP备00000000号"""));
        kb.addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        return kb;
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html") && !p.startsWith(site.resolve("embed"))).sorted()
                    .toList();
        }
    }

    @Test
    void partialsAreIncludedOnEveryPageWithTheExtraSettings() throws IOException {
        TestKb kb = kb();
        kb.file("templates/partials/head-extra.ftlh", "<meta name=\"organizer\" content=\"${site.extra.organizer}\">\n");
        kb.file("templates/partials/header-extra.ftlh", "<p class=\"organizer\">主办：${site.extra.organizer}</p>\n");
        kb.file("templates/partials/footer-extra.ftlh", "<p class=\"icp\">${site.extra.icp}</p>\n");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        List<Path> pages = pages(kb.site());
        assertTrue(pages.size() > 10, pages.toString());
        for (Path page : pages) {
            Document doc = Jsoup.parse(Files.readString(page));
            if (doc.selectFirst("footer.site-footer") == null) {
                continue; // redirect pages and the like have no layout
            }
            assertEquals("海南省委自贸港工委 <主办>", doc.select("head meta[name=organizer]").attr("content"), page.toString());
            assertEquals("主办：海南省委自贸港工委 <主办>", doc.select("header.site-header p.organizer").text(), page.toString());
            assertEquals("琼ICP备00000000号", doc.select("footer.site-footer p.icp").text(), page.toString());
        }
        String html = Files.readString(kb.site().resolve("index.html"));
        assertTrue(html.contains("海南省委自贸港工委 &lt;主办&gt;"), "extra values are HTML-escaped like every value");
    }

    @Test
    void withoutPartialsThePagesAreUnchangedByTheHooks() throws IOException {
        TestKb kb = kb();
        assertTrue(Casebook.at(kb.dir()).build().ok());
        String html = Files.readString(kb.site().resolve("index.html"));
        assertFalse(html.contains("琼ICP备"), "extra alone shows nothing: a theme decides where it goes");
        assertFalse(html.contains("partials/"), html);
    }

    @Test
    void aBrokenPartialIsReportedWithItsFileAndLine() {
        TestKb kb = kb();
        kb.file("templates/partials/footer-extra.ftlh", "<p>\n${site.extra.no_such_key}</p>\n");
        BuildResult r = Casebook.at(kb.dir()).build();
        assertFalse(r.ok());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.pos().file().equals("templates/partials/footer-extra.ftlh")
                && d.pos().line() == 2), r.diagnostics().toString());
        assertFalse(Files.exists(kb.site()), "nothing written");
    }
}
