package org.casebook.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.testing.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader pays for the first search, from {@code file://}: a fresh Chromium profile (cold
 * cache) opens {@code search.html?q=…} and waits for the result list's {@code data-state="done"}
 * (the search page's testing contract). Bytes are the on-disk sizes of every file the page loaded
 * (resource timing gives names but no sizes for {@code file://}); a {@code <link rel="alternate">}
 * (the feeds) is not counted, since browsers never fetch it (checked: the feed files' access times
 * stay unchanged through a run). Latency is navigation start to the
 * moment {@code data-state} became {@code done}, recorded in the page by a mutation observer.
 *
 * <pre>mvn test -Dsurefire.excludedGroups= -Dgroups=bench -Dtest=FirstSearchBench \
 *     -Dcasebook.bench.site=SITE_DIR [-Dcasebook.bench.out=FILE.json] [-Dcasebook.bench.reps=3]</pre>
 */
@Tag("bench")
class FirstSearchBench {

    static final List<String> QUERIES = List.of("党员教育", "积分制度", "产业链党组织", "流动党员", "洋浦 现场会");

    /**
     * Installed before any page script runs: notes when a search has finished rendering, and every
     * script, stylesheet, image and frame added to the page (Chromium keeps no resource timing for
     * {@code file://}; the search page loads its index by {@code <script>}, which this sees even if
     * the element is removed again).
     */
    private static final String OBSERVER = """
            (function () {
              window.__loaded = {};
              window.__arrived = [];
              var note = function (el) {
                if (el.nodeType !== 1) { return; }
                // a <link> is fetched only for these relations: rel=alternate (the feeds) never is
                if (el.tagName === 'LINK' && !/(^|\\s)(stylesheet|icon|preload|modulepreload|prefetch)(\\s|$)/i.test(el.rel)) { return; }
                var url = el.tagName === 'LINK' ? el.href : el.src;
                if (url && /^(SCRIPT|LINK|IMG|IFRAME)$/.test(el.tagName)) {
                  if (!window.__loaded[url] && /\\/search\\/d\\//.test(url) && window.__docsAskedAt === undefined) {
                    window.__docsAskedAt = Math.round(performance.now());
                  }
                  window.__loaded[url] = true;
                }
              };
              // when each index file arrived (search.js defines the callback; wrap it as it is set)
              var cb;
              Object.defineProperty(window, 'casebookSearchLoad', {
                configurable: true,
                get: function () { return cb; },
                set: function (f) {
                  window.__scriptAt = performance.now();
                  cb = function (p) { window.__arrived.push([p && p.type, Math.round(performance.now())]); return f(p); };
                }
              });
              new MutationObserver(function (records) {
                records.forEach(function (r) { Array.prototype.forEach.call(r.addedNodes || [], note); });
                if (window.__searchDoneAt === undefined && document.querySelector('[data-state="done"]')) {
                  window.__searchDoneAt = performance.now();
                }
              }).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-state']});
            })();
            """;

    @Test
    void firstSearchFromFile() throws Exception {
        String siteProp = System.getProperty("casebook.bench.site");
        assertTrue(siteProp != null && !siteProp.isBlank(),
                "set -Dcasebook.bench.site=SITE_DIR (a built site); bench/run.sh does this");
        Path site = Path.of(siteProp).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(site.resolve("search.html")), "no search.html in " + site);
        int reps = Integer.getInteger("casebook.bench.reps", 3);
        StringBuilder json = new StringBuilder("{\"queries\": [");
        for (int qi = 0; qi < QUERIES.size(); qi++) {
            String q = QUERIES.get(qi);
            List<Long> bytes = new ArrayList<>();
            List<Double> ms = new ArrayList<>();
            int results = 0;
            int requests = 0;
            for (int rep = 0; rep < reps; rep++) {
                Measured m = once(site.resolve("search.html"), q);
                bytes.add(m.bytes());
                ms.add(m.ms());
                results = m.results();
                requests = m.requests();
                System.out.printf("%s rep %d: %d results, %d bytes in %d files, %.0f ms (%s)%n", q, rep + 1, m.results(),
                        m.bytes(), m.requests(), m.ms(), m.stages());
            }
            assertFalse(results == 0, "no result for " + q);
            bytes.sort(null);
            json.append(qi == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
                    "{\"query\": \"%s\", \"results\": %d, \"requests\": %d, \"bytesMedian\": %d, \"ms\": %s}", q, results,
                    requests, bytes.get(bytes.size() / 2), ms));
        }
        // the harness's floor: the same cold browser opening a page with no script whose result list is
        // done from the start; the search's own cost is its time above this
        Path floorDir = Files.createTempDirectory("casebook-floor");
        Path floorPage = floorDir.resolve("floor.html");
        Files.writeString(floorPage, "<!DOCTYPE html><meta charset=utf-8><title>floor</title>"
                + "<ol id=\"search-results\" data-state=\"done\"><li data-slug=\"x\">x</li></ol>\n");
        List<Double> floor = new ArrayList<>();
        for (int rep = 0; rep < Math.max(reps, 3); rep++) {
            Measured m = once(floorPage, null);
            floor.add(m.ms());
            System.out.printf("floor page rep %d: %.0f ms%n", rep + 1, m.ms());
        }
        Files.deleteIfExists(floorPage);
        Files.deleteIfExists(floorDir);
        json.append("], \"floorMs\": ").append(floor).append("}\n");
        String out = System.getProperty("casebook.bench.out");
        if (out != null && !out.isBlank()) {
            Files.writeString(Path.of(out), json.toString());
        }
        System.out.print(json);
    }

    record Measured(int results, long bytes, int requests, double ms, String stages) {
    }

    /** Opens {@code page} (with {@code ?q=query} unless null) in a fresh browser and measures it. */
    private static Measured once(Path page, String query) throws IOException {
        Path site = page.getParent();
        ChromeDriver driver = Browser.start();
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
            String url = page.toUri() + (query == null ? ""
                    : "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
            driver.get(url);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("[data-state=\"done\"]")).isEmpty());
            JavascriptExecutor js = driver;
            double doneAt = ((Number) js.executeScript("return window.__searchDoneAt || performance.now();")).doubleValue();
            String stages = String.valueOf(js.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                    + "return 'html ' + Math.round(n.responseEnd) + ', domInteractive ' + Math.round(n.domInteractive)"
                    + " + ', search.js ran ' + Math.round(window.__scriptAt) + ', first result fragment asked for '"
                    + " + window.__docsAskedAt + ', files ' + JSON.stringify(window.__arrived);"));
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) js.executeScript("return Object.keys(window.__loaded || {}).concat("
                    + "performance.getEntriesByType('resource').map(function (e) { return e.name; }));");
            long bytes = Files.size(page);
            int files = 1;
            for (String name : new java.util.TreeSet<>(names)) {
                URI uri = URI.create(name);
                if (!"file".equals(uri.getScheme())) {
                    continue;
                }
                Path p = Path.of(URI.create("file://" + uri.getRawPath()));
                if (Files.isRegularFile(p)) {
                    bytes += Files.size(p);
                    files++;
                }
            }
            int results = driver.findElements(By.cssSelector("[data-state=\"done\"] [data-slug]")).size();
            return new Measured(results, bytes, files, doneAt, stages);
        } finally {
            driver.quit();
        }
    }
}
