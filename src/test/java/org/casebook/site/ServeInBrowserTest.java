package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.casebook.testing.Browser;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code casebook serve} end to end in headless Chromium: an open page reloads by itself when its case
 * is saved, shows the problems over the page while the case is broken, and recovers when it is fixed.
 */
class ServeInBrowserTest {

    @TempDir
    Path dir;

    @Test
    void editBreakAndFixACaseWhileItsPageIsOpen() throws Exception {
        TestKb kb = TestKb.create(dir.resolve("kb"));
        kb.addCase("chain", "产业链党建", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        kb.addCase("points", "积分管理", "江东新区", "积分管理", "现场会", "2024-02-01");
        Path file = kb.dir().resolve("cases/chain.md");
        String original = Files.readString(file);

        ChromeDriver browser = Browser.start();
        try (Preview preview = Preview.start(kb.dir(), "127.0.0.1", 0, false, "test", org.casebook.testing.TestClock.CLOCK, u -> { })) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(preview.url().resolve("cases/chain/index.html").toString());
            assertTrue(browser.findElement(By.tagName("h1")).getText().contains("产业链党建"));
            waitForEventStream(browser, wait);
            markPage(browser);

            // edit → the open page reloads with the change
            Files.writeString(file, original.replace("的正文。", "的正文。新增的一段话。"));
            wait.until(d -> d.getPageSource().contains("新增的一段话"));
            assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.__casebookTestMark"),
                    "the page was reloaded, not patched");

            // break the YAML → the overlay names file:line and the hint; the last good page stays below it
            waitForEventStream(browser, wait);
            Files.writeString(file, original.replace("park: 洋浦", "park：洋浦"));
            WebElement overlay = wait.until(d -> d.findElements(By.id("casebook-overlay")).stream().findFirst()
                    .orElse(null));
            String text = overlay.getText();
            assertTrue(text.contains("cases/chain.md:3:5"), text);
            assertTrue(text.contains("全角冒号") && text.contains("park: 值"), text);
            assertTrue(browser.getPageSource().contains("新增的一段话"), "the last good page is still served");

            // a page opened while the case is broken shows the overlay at once
            browser.navigate().refresh();
            wait.until(d -> !d.findElements(By.id("casebook-overlay")).isEmpty());

            // fix → the overlay goes and the page shows the fixed case
            waitForEventStream(browser, wait);
            Files.writeString(file, original.replace("的正文。", "的正文。修好了。"));
            wait.until(d -> d.findElements(By.id("casebook-overlay")).isEmpty()
                    && d.getPageSource().contains("修好了"));
        } finally {
            browser.quit();
        }
    }

    private static void markPage(ChromeDriver browser) {
        ((JavascriptExecutor) browser).executeScript("window.__casebookTestMark = 1");
    }

    /** Waits until the reload client's event stream is open, so that no event is missed. */
    private static void waitForEventStream(ChromeDriver browser, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.__casebookEvents && window.__casebookEvents.readyState === 1")));
    }
}
