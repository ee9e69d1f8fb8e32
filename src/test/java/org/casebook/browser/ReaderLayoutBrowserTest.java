package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.Browser;
import org.casebook.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of page as readers open it on a 390 × 844 phone and a 1280 × 800 desktop, light and
 * dark, over HTTP under a sub-path: the page never pans sideways (a wide table scrolls in its own box),
 * the phone's search shows its first result in the first screen after typing, the 404 page served for
 * a missing address two folders deep is styled and leads home, charts stay legible on the phone.
 *
 * <p>With {@code -Dcasebook.screenshots=docs/screenshots} it also saves the first screen of each page
 * at both widths (light scheme), for reviewers: {@code mvn -o test -Dtest=ReaderLayoutBrowserTest
 * -Dcasebook.screenshots=docs/screenshots}.
 */
@Tag("browser")
class ReaderLayoutBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver browser;
    static StaticServer server;

    /** Page name (for screenshots) to site address, one of each kind. */
    static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("home", "index.html");
        PAGES.put("list", "cases/index.html");
        PAGES.put("taxonomy", "park/index.html");
        PAGES.put("term", "park/yangpu/index.html");
        PAGES.put("case", "cases/party-building-fund/index.html");
        PAGES.put("case-table", "cases/big-party-committee/index.html");
        PAGES.put("search", "search.html?q=%E5%85%9A%E5%91%98&park=yangpu");
        PAGES.put("matrix", "matrix/index.html");
        PAGES.put("stats", "stats/index.html");
        PAGES.put("collections", "print/index.html");
        PAGES.put("collection", "print/park/yangpu/index.html");
        PAGES.put("guide", "guide/index.html");
        PAGES.put("embed", "embed/latest.html?park=yangpu&n=5");
        PAGES.put("embed-search", "embed/search.html");
        PAGES.put("404", "cases/old-slug/");
    }

    @BeforeAll
    static void setUp() throws Exception {
        Browser.assumeAvailable();
        site = tmp.resolve("site");
        BuildResult r = Casebook.at(Path.of(".")).output(site).build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        for (String page : PAGES.values()) {
            String file = page.replaceFirst("\\?.*", "");
            assertTrue(page.equals("cases/old-slug/") || Files.isRegularFile(site.resolve(file)), "the sample has " + file);
        }
        browser = Browser.start();
        server = new StaticServer(site, "/kb/").servingNotFoundPage();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void screen(int width, int height, String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
    }

    private static void open(String page) {
        browser.get(server.url(page));
        if (page.startsWith("search.html")) {
            waitForResults();
        }
        if (page.startsWith("embed/latest")) {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> browser.findElements(By.cssSelector(".embed-status")).isEmpty());
        }
    }

    private static void waitForResults() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "done".equals(browser.executeScript(
                "return document.getElementById('search-results').getAttribute('data-state')")));
    }

    private static long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }

    @Test
    void noPagePansSidewaysOnAPhoneOrADesktopInEitherScheme() throws Exception {
        String shots = System.getProperty("casebook.screenshots", "");
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            for (int[] size : new int[][] {{390, 844}, {1280, 800}}) {
                screen(size[0], size[1], scheme);
                for (Map.Entry<String, String> e : PAGES.entrySet()) {
                    open(e.getValue());
                    long overflow = number("return document.documentElement.scrollWidth - window.innerWidth");
                    if (overflow > 0) {
                        String widest = (String) browser.executeScript("""
                                var w = window.innerWidth, out = [];
                                document.querySelectorAll('body *').forEach(function (el) {
                                  var r = el.getBoundingClientRect();
                                  if (r.right > w + 1 && out.length < 3) { out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right)); }
                                });
                                return out.join(', ');""");
                        problems.add(e.getKey() + " [" + scheme + ", " + size[0] + "px] pans " + overflow + " px: " + widest);
                    }
                    // the theme's stylesheet applied (every element is border-box there)
                    assertEquals("border-box", browser.executeScript("return getComputedStyle(document.body).boxSizing"),
                            e.getKey() + " is styled");
                    if (!shots.isEmpty() && scheme.equals("light")) {
                        Path dir = Path.of(shots);
                        Files.createDirectories(dir);
                        @SuppressWarnings("unchecked")
                        Map<String, Object> png = (Map<String, Object>) (Map<?, ?>) browser.executeCdpCommand(
                                "Page.captureScreenshot", Map.of("format", "png"));
                        Files.write(dir.resolve(e.getKey() + "-" + size[0] + ".png"),
                                Base64.getDecoder().decode((String) png.get("data")));
                    }
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void onAPhoneTheFirstSearchResultIsInTheFirstScreenAfterTyping() {
        screen(390, 844, "light");
        open("search.html");
        WebElement box = browser.findElement(By.id("search-q"));
        box.click();
        box.sendKeys("党员");
        // the empty query lists every case; wait for the typed query's own results
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> browser.getTitle().startsWith("“党员”")
                && browser.findElement(By.id("search-status")).getText().startsWith("找到")
                && "done".equals(browser.executeScript("return document.getElementById('search-results').getAttribute('data-state')")));
        long top = number("return Math.round(document.querySelector('.search-result').getBoundingClientRect().top)");
        assertTrue(top > 0 && top < 844, "first result's top at " + top + " px");
        assertTrue(browser.getTitle().startsWith("“党员”"), browser.getTitle());
        // the facets are folded away on the phone; ticking one shows its chip and the count in the summary
        assertEquals(Boolean.FALSE, browser.executeScript("return document.getElementById('facet-panel').open"));
        browser.findElement(By.cssSelector(".facet-summary")).click();
        browser.findElement(By.cssSelector(".facet input[name=park][value=yangpu]")).click();
        waitForResults();
        assertEquals(" · 1", browser.findElement(By.id("facet-selected-count")).getAttribute("textContent"));
        WebElement chip = browser.findElement(By.cssSelector("#search-chips .chip-remove"));
        assertTrue(chip.getText().startsWith("洋浦经济开发区"));
        // some options find nothing with 洋浦 ticked: they are dimmed, the ticked one is not
        assertTrue(number("return document.querySelectorAll('.facet-zero').length") > 0);
        chip.click();
        waitForResults();
        assertTrue(browser.findElements(By.cssSelector("#search-chips .chip-remove")).isEmpty());
        assertEquals(Boolean.FALSE, browser.executeScript(
                "return document.querySelector('.facet input[name=park][value=yangpu]').checked"));
    }

    @Test
    void theNotFoundPageTwoFoldersDeepIsStyledAndLeadsHome() {
        screen(1280, 800, "light");
        open("cases/old-slug/");
        assertEquals("solid", browser.executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle"));
        browser.findElement(By.cssSelector("a.notfound-home")).click();
        assertEquals(server.url("index.html"), browser.getCurrentUrl());
        // opened from disk it keeps its relative links
        browser.get(site.resolve("404.html").toUri().toString());
        assertEquals("solid", browser.executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle"));
    }

    @Test
    void chartTextIsAtLeast12PixelsOnAPhoneAndBarsAreSorted() {
        screen(390, 844, "light");
        open("stats/index.html");
        double smallest = ((Number) browser.executeScript("""
                var min = 1e9;
                document.querySelectorAll('svg.chart text').forEach(function (t) {
                  min = Math.min(min, t.getBoundingClientRect().height);
                });
                return min;""")).doubleValue();
        // a text box's rendered height is about its font size; CJK glyphs fill it
        assertTrue(smallest >= 12, "smallest chart text " + smallest + " px");
        @SuppressWarnings("unchecked")
        List<Long> theme = (List<Long>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#chart-theme-heading ~ table td')).map(function (td) { return +td.textContent; })");
        for (int i = 1; i < theme.size(); i++) {
            assertTrue(theme.get(i - 1) >= theme.get(i), "theme chart sorted: " + theme);
        }
    }

    @Test
    void aCasePageHasItsBreadcrumbAndItsContentsFoldedOnAPhoneAndBesideTheTextOnADesktop() {
        screen(390, 844, "light");
        open(PAGES.get("case"));
        assertTrue(browser.findElements(By.cssSelector(".breadcrumb a")).size() >= 2);
        assertEquals(Boolean.FALSE, browser.executeScript("return document.querySelector('[data-toc]').open"));
        assertEquals("true", browser.findElement(By.cssSelector(".site-nav a[href$='cases/index.html']")).getAttribute("aria-current"));
        screen(1280, 800, "light");
        open(PAGES.get("case"));
        assertEquals(Boolean.TRUE, browser.executeScript("return document.querySelector('[data-toc]').open"));
        long tocLeft = number("return Math.round(document.querySelector('.toc').getBoundingClientRect().left)");
        long bodyRight = number("return Math.round(document.querySelector('.case-body').getBoundingClientRect().right)");
        assertTrue(tocLeft > bodyRight, "the contents sit to the right of the text");
        assertEquals("sticky", browser.executeScript("return getComputedStyle(document.querySelector('.toc')).position"));
    }

    /** Each matrix table's box and where its last column ends, with whether its scroll hint shows. */
    private static List<Map<String, Object>> matrixBoxes() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) browser.executeScript("""
                return Array.from(document.querySelectorAll('.matrix-wide')).map(function (box) {
                  var cells = box.querySelectorAll('thead th'), last = cells[cells.length - 1];
                  var hint = box.previousElementSibling; // the hint stands just before its box
                  return { id: box.querySelector('table').id, overflow: box.scrollWidth - box.clientWidth,
                           lastRight: Math.round(last.getBoundingClientRect().right), boxRight: Math.round(box.getBoundingClientRect().right),
                           hint: hint.offsetParent !== null };
                });""");
        assertEquals(2, boxes.size(), "parks × themes and parks × methods");
        return boxes;
    }

    @Test
    void theCoverageMatrixFitsADesktopAndShowsItsScrollHintOnlyWhenItOverflows() {
        for (int width : new int[] {1280, 1366, 1920}) {
            screen(width, 800, "light");
            open("matrix/index.html");
            for (Map<String, Object> box : matrixBoxes()) {
                assertTrue(((Number) box.get("overflow")).longValue() <= 0, width + " px: " + box);
                assertTrue(((Number) box.get("lastRight")).longValue() <= ((Number) box.get("boxRight")).longValue(),
                        width + " px: the 合计 column is in view: " + box);
                assertEquals(Boolean.FALSE, box.get("hint"), width + " px: no hint for a table that fits: " + box);
            }
        }
        // a narrow window: the wide table scrolls in its box and says so; the one that fits does not
        screen(760, 800, "light");
        open("matrix/index.html");
        boolean someOverflow = false;
        for (Map<String, Object> box : matrixBoxes()) {
            boolean over = ((Number) box.get("overflow")).longValue() > 0;
            someOverflow |= over;
            assertEquals(over, box.get("hint"), "the hint shows exactly when the table overflows: " + box);
        }
        assertTrue(someOverflow, "at 760 px the parks × themes table is wider than its box");
    }

    @Test
    void thePrintedMatrixHasEveryColumnAndNoScreenHint() throws Exception {
        // as a reader prints it: Chromium's own print to PDF of the page opened from disk
        Path pdf = tmp.resolve("matrix.pdf");
        Path profile = Browser.newProfile();
        try {
            Process p = new ProcessBuilder(Browser.CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile,
                    "--no-pdf-header-footer", "--print-to-pdf=" + pdf, site.resolve("matrix/index.html").toUri().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "chromium did not finish printing");
        } finally {
            Browser.deleteProfile(profile);
        }
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("matrix/index.html").toFile(), "UTF-8");
        for (org.jsoup.nodes.Element table : page.select("table.matrix")) {
            for (org.jsoup.nodes.Element th : table.select("thead th")) {
                assertTrue(text.contains(th.text()), "column " + th.text() + " of " + table.id() + " is printed: " + text);
            }
        }
        assertEquals(2, text.split("合计", -1).length - 1, "both matrices' 合计 column is printed");
        assertTrue(!text.contains("→"), "the screen's scroll hint is not printed");

        // and in print media emulation the table fits the page's width, nothing to scroll
        screen(1280, 800, "light");
        open("matrix/index.html");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 672, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        try {
            for (Map<String, Object> box : matrixBoxes()) {
                assertTrue(((Number) box.get("overflow")).longValue() <= 0, "print: " + box);
                assertTrue(((Number) box.get("lastRight")).longValue() <= 672, "print: within the page: " + box);
                assertEquals(Boolean.FALSE, box.get("hint"), "print: no hint");
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aFootnotesWayBackIsNotPrinted() {
        screen(1280, 800, "light");
        open(PAGES.get("case"));
        assertEquals("inline", browser.executeScript("return getComputedStyle(document.querySelector('.footnote-backref')).display"),
                "on screen the way back is there");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", browser.executeScript("return getComputedStyle(document.querySelector('.footnote-backref')).display"));
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void headingsAtThreeHundredAndSixtyPixelsLeaveNoCharacterAlone() {
        screen(360, 800, "light");
        List<String> problems = new ArrayList<>();
        for (String page : List.of("print/park/yangpu/index.html", "print/index.html", "index.html", "matrix/index.html",
                "park/yangpu/index.html", PAGES.get("case"))) {
            open(page);
            @SuppressWarnings("unchecked")
            List<String> lonely = (List<String>) browser.executeScript("""
                    var out = [];
                    document.querySelectorAll('h1, h2, h3').forEach(function (h) {
                      if (!h.offsetParent) { return; }
                      var walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT), node, rects = [];
                      while ((node = walker.nextNode())) {
                        var r = document.createRange(); r.selectNodeContents(node);
                        Array.from(r.getClientRects()).forEach(function (x) { if (x.width > 0) { rects.push(x); } });
                      }
                      var tops = {};
                      rects.forEach(function (x) { var t = Math.round(x.top); tops[t] = (tops[t] || 0) + x.width; });
                      var lines = Object.keys(tops).map(Number).sort(function (a, b) { return a - b; });
                      var size = parseFloat(getComputedStyle(h).fontSize);
                      if (lines.length > 1 && tops[lines[lines.length - 1]] < 1.5 * size) { out.push(h.textContent.trim()); }
                    });
                    return out;""");
            lonely.forEach(h -> problems.add(page + ": " + h));
        }
        assertEquals(List.of(), problems, "headings whose last line is one character");
    }

    @Test
    void aFacetThatWouldFindNothingIsMutedReadableAndCountsZero() {
        screen(1280, 800, "light");
        open("search.html?park=yangpu");
        @SuppressWarnings("unchecked")
        Map<String, Object> zero = (Map<String, Object>) browser.executeScript("""
                var label = document.querySelector('.facet-zero'), name = label.querySelector('.facet-name');
                function rgb(c) { return c.match(/[\\d.]+/g).slice(0, 3).map(Number); }
                function lum(c) { return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]); }
                function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
                var bg = 'rgba(0, 0, 0, 0)', el = label;
                while (el && /rgba\\(0, 0, 0, 0\\)|transparent/.test(bg)) { bg = getComputedStyle(el).backgroundColor; el = el.parentElement; }
                var a = lum(rgb(getComputedStyle(name).color)), b = lum(rgb(bg));
                return { name: name.textContent, decoration: getComputedStyle(name).textDecorationLine,
                         count: label.querySelector('.facet-count').textContent,
                         contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };""");
        assertEquals("none", zero.get("decoration"), "no line through the name: " + zero);
        assertEquals("0", zero.get("count"), "the count 0 is shown: " + zero);
        assertTrue(((Number) zero.get("contrast")).doubleValue() >= 4.5, "AA contrast: " + zero);
    }
}
