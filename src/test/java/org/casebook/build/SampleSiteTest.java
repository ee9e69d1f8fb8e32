package org.casebook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.SiteLinks;
import org.casebook.testing.SiteTree;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own sample knowledge base, built as a new user builds it. */
class SampleSiteTest {

    @TempDir
    static Path tmp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        result = Casebook.at(Path.of(".")).output(site).build();
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertTrue(result.ok(), result.diagnostics().toString());
        assertEquals(0, result.warnings(), result.diagnostics().toString());
        assertTrue(result.stats().cases() >= 24, "at least 24 published sample cases");
    }

    @Test
    void everyLinkIsRelativeAndResolvesToAFile() {
        List<String> problems = SiteLinks.problems(site);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void homeLinksToEveryCaseTaxonomyAndTerm() throws IOException {
        var home = Jsoup.parse(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
        Set<String> hrefs = new HashSet<>(home.select("a[href]").eachAttr("href"));
        for (String f : SiteTree.files(site)) {
            boolean casePage = f.matches("cases/[^/]+/index.html") && !f.startsWith("cases/page/");
            boolean taxonomy = f.matches("(park|theme|method)/index.html");
            boolean term = f.matches("(park|theme|method)/[^/]+/index.html");
            if (casePage || taxonomy || term) {
                assertTrue(hrefs.contains(f), "home links to " + f);
            }
        }
    }

    @Test
    void noPageLoadsAnythingFromTheNetwork() {
        assertTrue(!SiteTree.anyFileContains(site, "src=\"http") && !SiteTree.anyFileContains(site, "href=\"http"),
                "no absolute http(s) reference in any file");
    }

    @Test
    void everyPageDeclaresTheSitesIcon() throws IOException {
        // a page without one makes the browser ask for /favicon.ico, outside a site served under a sub-path
        int pages = 0;
        for (String f : SiteTree.files(site)) {
            if (!f.endsWith(".html")) {
                continue;
            }
            var doc = Jsoup.parse(Files.readString(site.resolve(f), StandardCharsets.UTF_8));
            var icon = doc.selectFirst("head link[rel=icon]");
            assertTrue(icon != null, f + " declares an icon");
            assertTrue(Files.isRegularFile(site.resolve(f).getParent().resolve(icon.attr("href")).normalize()), f + ": " + icon);
            pages++;
        }
        assertTrue(pages > 50, pages + " pages");
    }
}
