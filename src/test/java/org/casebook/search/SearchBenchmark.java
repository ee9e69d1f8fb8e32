package org.casebook.search;

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
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.SyntheticKb;
import org.casebook.testing.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search benchmark (not part of {@code mvn verify}): builds a synthetic knowledge base of
 * {@code -Dcasebook.bench.cases} cases (10,000 by default; or the one at {@code -Dcasebook.bench.kb}),
 * then reports the index stage's time, the index's size and, for each of five queries opened cold in
 * headless Chromium from file://, the bytes the first search loads and how long it takes.
 * With {@code -Dcasebook.bench.site=DIR} it only measures the first searches on a site built before
 * (e.g. by the CLI, to read its CPU time and peak memory with {@code /usr/bin/time -v}).
 * Run: {@code mvn test -Dtest=SearchBenchmark -Dsurefire.excludedGroups=scale}. Results go to
 * {@code target/search-bench.md}; docs/search.md keeps the measured figures.
 */
@Tag("bench")
class SearchBenchmark {

    static final List<String> QUERIES = List.of("党员教育", "积分制度", "产业链党组织", "流动党员", "洋浦 现场会");

    @TempDir
    Path tmp;

    record FirstSearch(String query, long searchBytes, long pageBytes, int files, long tookMs, long doneAtMs, int results) {
    }

    @Test
    void indexBuildSizeAndFirstSearchFromFileUrl() throws Exception {
        String external = System.getProperty("casebook.bench.kb", "");
        String built = System.getProperty("casebook.bench.site", "");
        int count = Integer.getInteger("casebook.bench.cases", 10_000);
        Path site = built.isEmpty() ? tmp.resolve("site") : Path.of(built);
        long wall = 0;
        Duration index = Duration.ZERO;
        int published = 0;
        if (built.isEmpty()) {
            Path kb = external.isEmpty() ? tmp.resolve("kb") : Path.of(external);
            if (external.isEmpty()) {
                SyntheticKb.write(kb, count, 1);
            }
            long t0 = System.nanoTime();
            BuildResult r = Casebook.at(kb).output(site).build();
            wall = System.nanoTime() - t0;
            assertTrue(r.ok(), r.diagnostics().stream().limit(5).toList().toString());
            index = r.stats().stages().get("index");
            published = r.stats().cases();
        }
        long indexBytes;
        long indexFiles;
        try (Stream<Path> s = Files.walk(site.resolve("search"))) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            indexFiles = files.size();
            indexBytes = 0;
            for (Path f : files) {
                indexBytes += Files.size(f);
            }
        }
        long shards;
        try (Stream<Path> s = Files.list(site.resolve("search/s"))) {
            shards = s.count();
        }
        List<FirstSearch> searches = new ArrayList<>();
        for (String q : QUERIES) {
            // a fresh browser per query: nothing cached, as for a reader's first search
            ChromeDriver browser = Browser.start();
            try {
                browser.get(site.resolve("search.html").toUri() + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                List<String> slugs = SearchFixture.slugs(browser);
                assertFalse(slugs.isEmpty(), "no result for " + q);
                @SuppressWarnings("unchecked")
                List<String> urls = (List<String>) browser.executeScript(
                        "return [location.href].concat(Array.prototype.map.call(document.querySelectorAll('link[rel=stylesheet], script[src]'),"
                                + " function (e) { return e.href || e.src; })).concat(CasebookSearch.requested())");
                long search = 0;
                long page = 0;
                for (String u : new java.util.LinkedHashSet<>(urls)) { // the entry is both a page script and a requested file
                    Path f = Path.of(URI.create(u.split("[?#]")[0]));
                    long size = Files.size(f);
                    page += size;
                    String rel = site.relativize(f).toString().replace('\\', '/');
                    if (rel.startsWith("search/") || rel.equals("assets/search.js")) {
                        search += size;
                    }
                }
                long took = Long.parseLong(browser.findElement(org.openqa.selenium.By.id("search-results")).getAttribute("data-took-ms"));
                long doneAt = Long.parseLong(browser.findElement(org.openqa.selenium.By.id("search-results")).getAttribute("data-done-at"));
                searches.add(new FirstSearch(q, search, page, urls.size(), took, doneAt, slugs.size()));
            } finally {
                browser.quit();
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("knowledge base: %s, %d published cases; load average %.1f on %d cores%n%n",
                !built.isEmpty() ? "site " + built : external.isEmpty() ? "synthetic (SyntheticKb, seed 1, " + count + " cases)" : external,
                published, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors()));
        b.append(String.format("| figure | value |%n|---|---:|%n| whole build (wall, in-process) | %.1f s |%n| index stage | %.2f s |%n"
                + "| index size (all files under search/) | %.1f MB |%n| index files | %d |%n| term shards | %d |%n"
                + "| entry file (search/index.js) | %.1f KB |%n| search.js | %.1f KB |%n%n",
                wall / 1e9, index.toMillis() / 1000.0, indexBytes / 1e6, indexFiles, shards,
                Files.size(site.resolve("search/index.js")) / 1000.0, Files.size(site.resolve("assets/search.js")) / 1000.0));
        b.append("| first query (file://, cold browser) | search bytes (entry + shards + 10 fragments + search.js) | whole page incl. HTML/CSS | files | search took | page start to results |\n");
        b.append("|---|---:|---:|---:|---:|---:|\n");
        for (FirstSearch f : searches) {
            b.append(String.format("| %s | %.1f KB | %.1f KB | %d | %d ms | %d ms |%n", f.query(), f.searchBytes() / 1000.0,
                    f.pageBytes() / 1000.0, f.files(), f.tookMs(), f.doneAtMs()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-bench.md"), b.toString());
        System.out.println(b);
    }
}
