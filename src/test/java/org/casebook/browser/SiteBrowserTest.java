package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.casebook.Casebook;
import org.casebook.testing.Browser;
import org.casebook.testing.StaticServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The sample site in a real browser, as readers open it: under a sub-path and from disk. */
class SiteBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver browser;
    static StaticServer server;

    @BeforeAll
    static void setUp() throws Exception {
        Browser.assumeAvailable();
        site = tmp.resolve("site");
        assertTrue(Casebook.at(Path.of(".")).output(site).build().ok());
        browser = Browser.start();
        server = new StaticServer(site, "/kb/");
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

    private void assertStyledPage() {
        // the theme's stylesheet applied: the header has its accent border
        String border = (String) browser.executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle");
        assertEquals("solid", border);
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
        assertTrue(severe.isEmpty(), severe.toString());
    }

    @Test
    void navigatesFromHomeToACaseAndATermUnderASubPath() {
        browser.get(server.url("index.html"));
        assertStyledPage();
        WebElement first = browser.findElement(By.cssSelector(".latest .case-card-title a"));
        String title = first.getText();
        first.click();
        assertEquals(title, browser.findElement(By.tagName("h1")).getText().replace("草稿", "").strip());
        assertTrue(browser.getCurrentUrl().contains("/kb/cases/"));
        browser.findElement(By.cssSelector(".case-header .chip-park")).click();
        assertTrue(browser.getCurrentUrl().matches(".*/kb/park/[a-z0-9-]+/index\\.html"), browser.getCurrentUrl());
        assertStyledPage();
        assertTrue(browser.getPageSource().contains(title), "the term page lists the case");
    }

    @Test
    void worksFromDisk() {
        browser.get(site.resolve("index.html").toUri().toString());
        assertStyledPage();
        browser.findElement(By.linkText("全部案例")).click();
        assertTrue(browser.getCurrentUrl().startsWith("file:") && browser.getCurrentUrl().endsWith("cases/index.html"));
        assertStyledPage();
    }

    @Test
    void slashFocusesTheSearchBox() {
        browser.get(server.url("index.html"));
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("site-search", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys("abc", Keys.ESCAPE);
    }
}
