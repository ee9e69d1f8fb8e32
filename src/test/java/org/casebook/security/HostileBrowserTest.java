package org.casebook.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Loads every page built from the hostile fixtures in headless Chromium with a tripwire installed
 * before any page script runs: {@code alert}, {@code window.__pwned} and any change of
 * {@code document.title} are watched, handlers are provoked (hover, focus, details toggled, images
 * given time to fail), and every URL is read back through the browser's own URL parser. Nothing may fire.
 */
@Tag("browser")
class HostileBrowserTest {

    /** Installed into every document before its own scripts; records what a payload would have done. */
    private static final String TRIPWIRE = """
            (function () {
              var hits = [];
              Object.defineProperty(window, '__casebookHits', {value: hits});
              ['alert', 'confirm', 'prompt', 'print', 'open'].forEach(function (n) {
                window[n] = function () { hits.push(n + '(' + Array.prototype.join.call(arguments, ',') + ')'); };
              });
              Object.defineProperty(window, '__pwned', {configurable: false,
                get: function () { return undefined; }, set: function (v) { hits.push('__pwned=' + v); }});
              var title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
              Object.defineProperty(document, 'title', {configurable: false,
                get: function () { return title.get.call(document); },
                set: function (v) {
                  // the theme's search script writes the title it already has when there is no query: no effect, no hit
                  var same = String(v).replace(/\s+/g, ' ').trim() === title.get.call(document);
                  if (!same) { hits.push('title=' + v); }
                  title.set.call(document, v);
                }});
            })();
            """;

    /** Provokes handlers that need an event, waits for failing images, then reports hits and bad URLs. */
    private static final String PROVOKE = """
            var done = arguments[arguments.length - 1];
            document.querySelectorAll('body *').forEach(function (el) {
              ['mouseover', 'mouseenter', 'mousemove', 'pointerover', 'focus', 'focusin', 'animationstart']
                .forEach(function (t) { try { el.dispatchEvent(new Event(t, {bubbles: true})); } catch (e) {} });
              if (el.tagName === 'DETAILS') { el.open = !el.open; }
            });
            var bad = [];
            document.querySelectorAll('[href],[src],[action],[formaction],[data],[poster]').forEach(function (el) {
              ['href', 'src', 'action', 'formaction', 'data', 'poster'].forEach(function (a) {
                if (!el.hasAttribute(a)) { return; }
                var p = new URL(el.getAttribute(a), document.baseURI).protocol;
                if (['http:', 'https:', 'mailto:', 'file:'].indexOf(p) < 0) { bad.push(el.tagName + ' ' + a + '=' + p); }
              });
            });
            var started = Date.now();
            (function wait() {
              // failing images fire onerror after load; poll until every image has settled
              var pending = Array.prototype.some.call(document.images, function (i) { return !i.complete; });
              if (pending && Date.now() - started < 1000) { setTimeout(wait, 10); return; }
              setTimeout(function () {
                done({installed: Array.isArray(window.__casebookHits), hits: (window.__casebookHits || []).slice(),
                      bad: bad});
              }, 20);
            })();
            """;

    @TempDir
    Path temp;

    @Test
    void noInjectedScriptRunsOnAnyHostilePage() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (HostileFixture f : HostileFixture.all()) {
            if (!f.buildOk()) {
                continue;
            }
            Path kb = temp.resolve(f.name());
            f.install(kb);
            BuildResult r = Casebook.at(kb).build();
            assertTrue(r.ok(), f.name());
            pages.addAll(pagesWithPayloads(kb));
        }
        assertTrue(pages.size() >= 60, "enough hostile pages to load: " + pages.size());

        ChromeDriver driver = Browser.start();
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRIPWIRE));
            assertTripwireWorks(driver);
            List<String> fired = new ArrayList<>();
            for (Path page : pages) {
                driver.get(page.toUri().toString());
                @SuppressWarnings("unchecked")
                Map<String, Object> seen = (Map<String, Object>) driver.executeAsyncScript(PROVOKE);
                assertEquals(Boolean.TRUE, seen.get("installed"), "tripwire missing on " + page);
                String where = temp.relativize(page).toString();
                for (Object hit : (List<?>) seen.get("hits")) {
                    fired.add(where + ": " + hit);
                }
                for (Object bad : (List<?>) seen.get("bad")) {
                    fired.add(where + ": URL with scheme " + bad);
                }
            }
            assertTrue(fired.isEmpty(), "injected script ran:\n" + String.join("\n", fired));
        } finally {
            driver.quit();
        }
    }

    @Test
    void escapedTextInAScriptElementReadsBackUnchanged() throws IOException {
        String nasty = "</script><script>window.__pwned=1</script>\u2028\u2029<!--<script>&amp;\"'\\ 洋浦";
        Path page = temp.resolve("escaped.html");
        Files.writeString(page, "<!DOCTYPE html><meta charset=utf-8><title>e</title><script>window.__value = "
                + org.casebook.io.ScriptEscaper.stringLiteral(nasty) + ";</script>"
                + "<script type=\"application/json\" id=\"data\">"
                + org.casebook.io.ScriptEscaper.escape("{\"t\":\"" + nasty.replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\"}")
                + "</script>", java.nio.charset.StandardCharsets.UTF_8);
        ChromeDriver driver = Browser.start();
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRIPWIRE));
            driver.get(page.toUri().toString());
            assertEquals(nasty, driver.executeScript("return window.__value"));
            assertEquals(nasty, driver.executeScript("return JSON.parse(document.getElementById('data').textContent).t"));
            assertEquals(List.of(), driver.executeScript("return window.__casebookHits.slice()"));
        } finally {
            driver.quit();
        }
    }

    /** The detector itself must see a payload that does run, or its silence proves nothing. */
    private void assertTripwireWorks(ChromeDriver driver) throws IOException {
        Path control = temp.resolve("control.html");
        Files.writeString(control, "<!DOCTYPE html><title>c</title><img src=\"missing.png\" onerror=\"window.__pwned=1\">"
                + "<div onmouseover=\"alert(1)\">x</div><script>document.title='pwned'</script>");
        driver.get(control.toUri().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) driver.executeAsyncScript(PROVOKE);
        List<?> hits = (List<?>) seen.get("hits");
        assertTrue(hits.contains("__pwned=1") && hits.contains("alert(1)") && hits.contains("title=pwned"),
                "the tripwire saw " + hits);
    }

    /**
     * Where a fixture's payloads can show: every case page and the listings of case titles and
     * summaries; with a hostile casebook.yml, every page (its title and terms are on all of them).
     */
    private static List<Path> pagesWithPayloads(Path kb) throws IOException {
        Path site = kb.resolve("site");
        boolean ownConfig = !Files.readString(kb.resolve("casebook.yml")).equals(org.casebook.testing.TestKb.CONFIG);
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> {
                        String rel = site.relativize(p).toString().replace('\\', '/');
                        return ownConfig || rel.startsWith("cases/") || rel.equals("index.html");
                    })
                    .sorted().toList();
        }
    }
}
