package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.casebook.Casebook;
import org.casebook.testing.Browser;
import org.casebook.testing.StaticServer;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A renamed case's old address (moved_from) leads to the case, over HTTP under a sub-path and from file://. */
class MovedCaseBrowserTest {

    @TempDir
    static Path tmp;
    static ChromeDriver browser;
    static TestKb kb;

    @BeforeAll
    static void setUp() {
        Browser.assumeAvailable();
        kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("yangpu/industrial-chain.md", "title: 产业链党建\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\n"
                + "moved_from: [chain]", "## 背景\n\n正文。\n");
        assertTrue(Casebook.at(kb.dir()).build().ok());
        try {
            browser = Browser.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void arrivesAtTheCase(String oldAddress, String expectedEnd) {
        browser.get(oldAddress);
        // the address changes when the redirect commits, before the case page is parsed: wait for its heading
        String h1 = new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(b -> {
                    if (!b.getCurrentUrl().endsWith(expectedEnd)) {
                        return null;
                    }
                    var found = b.findElements(By.cssSelector("h1"));
                    return found.isEmpty() ? null : found.get(0).getText().strip();
                });
        assertTrue(h1.startsWith("产业链党建"), h1);
    }

    @Test
    void overHttpUnderASubPath() throws Exception {
        try (StaticServer server = new StaticServer(kb.site(), "/kb/")) {
            arrivesAtTheCase(server.url("cases/chain/index.html"), "/kb/cases/industrial-chain/index.html");
            // the folder address a printed QR code may carry
            arrivesAtTheCase(server.url("cases/chain/"), "/kb/cases/industrial-chain/index.html");
        }
    }

    @Test
    void fromFile() {
        arrivesAtTheCase(kb.site().resolve("cases/chain/index.html").toUri().toString(),
                "/site/cases/industrial-chain/index.html");
    }

    @Test
    void thePlainLinkLeadsThereWhereRefreshIsOff() {
        browser.get(kb.site().resolve("cases/chain/index.html").toUri().toString() + "#");
        browser.executeScript("window.stop()");
        String href = (String) browser.executeScript(
                "var a = new DOMParser().parseFromString(arguments[0], 'text/html').querySelector('a');"
                + "return new URL(a.getAttribute('href'), arguments[1]).href;",
                kb.read("cases/chain/index.html"), kb.site().resolve("cases/chain/index.html").toUri().toString());
        assertEquals(kb.site().resolve("cases/industrial-chain/index.html").toUri().toString(), href);
    }
}
