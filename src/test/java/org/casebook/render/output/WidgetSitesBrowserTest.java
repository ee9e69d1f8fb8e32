package org.casebook.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.casebook.testing.Browser;
import org.casebook.testing.LearningFixture;
import org.casebook.testing.StaticServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A portal showing two Casebook sites' widgets: each list comes from its own site. */
@Tag("browser")
class WidgetSitesBrowserTest {

    @TempDir
    Path dir;

    @Test
    void eachWidgetElementIsFilledByItsOwnSite() throws Exception {
        LearningFixture.copy(dir.resolve("kb"));
        LearningFixture.build(dir.resolve("kb"));
        Path site = dir.resolve("kb/site");
        Path portal = Files.createDirectories(dir.resolve("portal"));
        try (StaticServer one = new StaticServer(site, "/one/"); StaticServer two = new StaticServer(site, "/two/");
                StaticServer other = new StaticServer(portal, "/portal/")) {
            Files.writeString(portal.resolve("index.html"), """
                    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title></head><body>
                    <div id="a" data-casebook="park/jiangdong" data-casebook-n="2"></div>
                    <script src="%1$s" defer></script>
                    <div id="b" data-casebook="" data-casebook-n="2"></div>
                    <script src="%2$s" defer></script>
                    <div id="c" data-casebook="" data-casebook-n="1" data-casebook-site="%3$s"></div>
                    </body></html>
                    """.formatted(one.url("assets/casebook-widget.js"), two.url("assets/casebook-widget.js"), one.url("")),
                    StandardCharsets.UTF_8);
            ChromeDriver driver = Browser.start();
            try {
                driver.get(other.url("index.html"));
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
                for (String id : List.of("a", "b", "c")) {
                    wait.until(d -> d.findElement(By.id(id)).getAttribute("data-casebook-ready") != null);
                }
                assertLinksUnder(driver, "a", one.url(""), 2);
                assertLinksUnder(driver, "b", two.url(""), 2);
                assertLinksUnder(driver, "c", one.url(""), 1);
            } finally {
                driver.quit();
            }
        }
    }

    private static void assertLinksUnder(ChromeDriver driver, String id, String site, int count) {
        List<String> hrefs = driver.findElements(By.cssSelector("#" + id + " li a")).stream()
                .map((WebElement a) -> a.getAttribute("href")).toList();
        assertEquals(count, hrefs.size(), id + ": " + hrefs);
        hrefs.forEach(h -> assertTrue(h.startsWith(site), id + " links " + h + ", not under " + site));
    }
}
