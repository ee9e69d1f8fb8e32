package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.casebook.Casebook;
import org.casebook.audience.Audience;
import org.casebook.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The 内部资料 marks of the internal site, on screen and on paper, in a real browser. */
class InternalMarkBrowserTest {

    @TempDir
    static Path tmp;
    static ChromeDriver browser;
    static Path site;

    @BeforeAll
    static void setUp() throws Exception {
        Browser.assumeAvailable();
        site = tmp.resolve("internal");
        Path kb = Path.of(InternalMarkBrowserTest.class.getResource("/audience/kb").toURI());
        assertTrue(Casebook.at(kb).output(site).audience(Audience.INTERNAL).build().ok());
        browser = Browser.start();
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String style(String selector, String property) {
        return (String) browser.executeScript("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1])", selector, property);
    }

    private void media(String type) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", type));
    }

    @Test
    void anInternalCaseAndAnInternalPassageAreMarkedOnScreenAndInPrint() {
        browser.get(site.resolve("cases/qxslug-secret/index.html").toUri().toString());
        media("screen");
        assertEquals("内部资料", browser.findElement(By.cssSelector("h1 .badge-internal")).getText());
        assertNotEquals("none", style(".internal-notice", "display"));
        media("print");
        assertEquals("none", style(".site-header", "display"), "print styles apply");
        assertNotEquals("none", style("h1 .badge-internal", "display"));
        assertEquals("rgb(0, 0, 0)", style("h1 .badge-internal", "border-top-color"));
        assertNotEquals("none", style(".internal-notice", "display"));

        browser.get(site.resolve("cases/public-open/index.html").toUri().toString());
        media("screen");
        assertEquals("dashed", style(".internal-block", "border-top-style"));
        assertTrue(browser.findElement(By.cssSelector(".internal-block-label")).isDisplayed());
        media("print");
        assertEquals("dashed", style(".internal-block", "border-top-style"));
        assertEquals("rgb(0, 0, 0)", style(".internal-block", "border-top-color"));
        assertNotEquals("none", style(".internal-block-label", "display"));
        assertEquals("avoid", style(".internal-block", "break-inside"));
        media("");
    }
}
