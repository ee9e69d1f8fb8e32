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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What runs in the page: embed pages, their height messages, the portal widget and the print button. */
@Tag("browser")
class EmbedBrowserTest {

    @TempDir
    Path dir;

    private Path site() {
        LearningFixture.copy(dir.resolve("kb"));
        LearningFixture.build(dir.resolve("kb"));
        return dir.resolve("kb/site");
    }

    @Test
    void embedPageRendersTheCasesNamedByItsParametersFromFileUrls() throws Exception {
        Path site = site();
        ChromeDriver driver = Browser.start();
        try {
            driver.get(site.resolve("embed/term.html").toUri() + "?park=yangpu&n=2");
            List<WebElement> links = driver.findElements(By.cssSelector(".embed-list a"));
            assertEquals(List.of("企业党建积分评星与服务挂钩", "以产业链党委推动企业党建全覆盖"), links.stream().map(WebElement::getText).toList(),
                    "the two newest yangpu cases");
            assertTrue(links.get(0).getAttribute("href").endsWith("/site/cases/yangpu-points/index.html"));
            assertTrue(driver.findElement(By.cssSelector("h1")).getText().startsWith("洋浦经济开发区"));
            assertTrue(driver.findElement(By.cssSelector("[data-casebook-more]")).getAttribute("href").endsWith("/site/park/yangpu/index.html"));

            driver.get(site.resolve("embed/latest.html").toUri() + "?theme=points&method=onsite-meeting");
            assertEquals(List.of("企业党建积分评星与服务挂钩"), driver.findElements(By.cssSelector(".embed-list a")).stream().map(WebElement::getText).toList());

            driver.get(site.resolve("embed/latest.html").toUri() + "?park=lingao");
            assertEquals("暂无案例", driver.findElement(By.cssSelector(".embed-list li")).getText(), "drafts are never embedded");

            driver.get(site.resolve("embed/latest.html").toUri().toString());
            assertEquals(5, driver.findElements(By.cssSelector(".embed-list a")).size(), "five by default");

            // dates as the site writes them (date_format), not ISO
            driver.get(site.resolve("embed/term.html").toUri() + "?park=yangpu&n=1");
            assertEquals("2024年5月10日", driver.findElement(By.cssSelector(".embed-list time")).getText());
            assertEquals("2024-05-10", driver.findElement(By.cssSelector(".embed-list time")).getAttribute("datetime"));

            // a misspelt code, or a name where the code belongs, is told with the valid codes: never "暂无案例"
            driver.get(site.resolve("embed/term.html").toUri() + "?park=nope");
            String told = driver.findElement(By.cssSelector(".embed-list .embed-error")).getText();
            assertTrue(told.contains("“nope”") && told.contains("park=nope") && told.contains("yangpu（洋浦经济开发区）")
                    && told.contains("lingao"), told);
            assertTrue(!driver.findElement(By.cssSelector("h1")).getText().contains("nope"), "no term called nope in the title");
            driver.get(site.resolve("embed/latest.html").toUri() + "?theme=" + java.net.URLEncoder.encode("组织建设", StandardCharsets.UTF_8));
            assertEquals("“组织建设”是主题的名称，地址中要用它的代码：theme=organization。",
                    driver.findElement(By.cssSelector(".embed-list .embed-error")).getText());
        } finally {
            driver.quit();
        }
    }

    @Test
    void iframeOnAnotherOriginIsSizedToItsContentAndTheWidgetRendersWithoutIframe() throws Exception {
        Path site = site();
        Path portal = Files.createDirectories(dir.resolve("portal"));
        try (StaticServer kb = new StaticServer(site, "/kb/"); StaticServer other = new StaticServer(portal, "/portal/")) {
            // the snippets of docs/embedding.md, as a portal would paste them
            Files.writeString(portal.resolve("index.html"), """
                    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title></head><body>
                    <iframe id="cb" src="%1$s" title="园区经验" style="width:100%%;border:0" height="50"></iframe>
                    <script>
                    window.addEventListener('message', function (e) {
                      var f = document.getElementById('cb');
                      if (e.data && e.data.type === 'casebook:height' && e.source === f.contentWindow) { f.height = e.data.height; }
                    });
                    </script>
                    <div id="w" data-casebook="park/jiangdong" data-casebook-n="5"></div>
                    <script src="%2$s" defer></script>
                    </body></html>
                    """.formatted(kb.url("embed/term.html?park=jiangdong&n=3"), kb.url("assets/casebook-widget.js")),
                    StandardCharsets.UTF_8);
            ChromeDriver driver = Browser.start();
            try {
                driver.get(other.url("index.html"));
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
                wait.until(d -> Integer.parseInt(d.findElement(By.id("cb")).getAttribute("height")) > 50);
                long height = Long.parseLong(driver.findElement(By.id("cb")).getAttribute("height"));
                driver.switchTo().frame("cb");
                assertEquals(3, driver.findElements(By.cssSelector(".embed-list a")).size());
                long content = (Long) ((JavascriptExecutor) driver).executeScript(
                        "return Math.ceil(document.documentElement.getBoundingClientRect().height);");
                driver.switchTo().defaultContent();
                assertEquals(content, height, "the iframe is as tall as the embed page's content");

                wait.until(d -> d.findElement(By.id("w")).getAttribute("data-casebook-ready") != null);
                List<WebElement> items = driver.findElements(By.cssSelector("#w li a"));
                assertEquals(List.of("智慧党建云平台", "两区联办青年党员夜校", "总部企业党建联盟"),
                        items.stream().map(WebElement::getText).toList());
                assertEquals(kb.url("cases/jiangdong-cloud/index.html"), items.get(0).getAttribute("href"));
            } finally {
                driver.quit();
            }
        }
    }

    /** A widget asked for a term the site does not have says so with the valid codes, as the embed pages do. */
    @Test
    void theWidgetTellsAnUnknownTermWithTheValidCodesInsteadOfAnEmptyList() throws Exception {
        Path site = site();
        Path portal = Files.createDirectories(dir.resolve("portal"));
        try (StaticServer kb = new StaticServer(site, "/kb/"); StaticServer other = new StaticServer(portal, "/portal/")) {
            Files.writeString(portal.resolve("index.html"), """
                    <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title></head><body>
                    <div id="typo" data-casebook="park/nope"></div>
                    <div id="name" data-casebook="theme/组织建设"></div>
                    <div id="kind" data-casebook="area/yangpu"></div>
                    <div id="bare" data-casebook="yangpu"></div>
                    <div id="good" data-casebook="park/yangpu" data-casebook-n="2"></div>
                    <div id="absent" data-casebook="park/yangpu" data-casebook-site="http://127.0.0.1:1/other-kb/"></div>
                    <script src="%s" defer></script>
                    </body></html>
                    """.formatted(kb.url("assets/casebook-widget.js")), StandardCharsets.UTF_8);
            ChromeDriver driver = Browser.start();
            try {
                driver.get(other.url("index.html"));
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
                for (String id : List.of("typo", "name", "kind", "bare", "good", "absent")) {
                    wait.until(d -> d.findElement(By.id(id)).getAttribute("data-casebook-ready") != null);
                }
                assertEquals("unknown", driver.findElement(By.id("typo")).getAttribute("data-casebook-ready"));
                String typo = driver.findElement(By.cssSelector("#typo .casebook-widget-error")).getText();
                assertTrue(typo.startsWith("没有代码为“nope”的园区：请检查 data-casebook=\"park/nope\"。"), typo);
                assertTrue(typo.contains("可用的代码：") && typo.contains("yangpu（洋浦经济开发区）") && typo.contains("lingao"), typo);
                assertTrue(driver.findElements(By.cssSelector("#typo ul")).isEmpty(), "no empty list");
                assertEquals("“组织建设”是主题的名称，data-casebook 中要用它的代码：data-casebook=\"theme/organization\"。",
                        driver.findElement(By.cssSelector("#name .casebook-widget-error")).getText());
                for (String id : List.of("kind", "bare")) {
                    String told = driver.findElement(By.cssSelector("#" + id + " .casebook-widget-error")).getText();
                    assertTrue(told.contains("要写成“分类/代码”") && told.contains("park（园区）、theme（主题）、method（交流方式）"), told);
                }
                assertEquals("2", driver.findElement(By.id("good")).getAttribute("data-casebook-ready"), "a known term lists its cases");
                assertEquals(2, driver.findElements(By.cssSelector("#good li a")).size());
                // a site whose widget script the page lacks: told, not left waiting
                assertEquals("error", driver.findElement(By.id("absent")).getAttribute("data-casebook-ready"));
                String absent = driver.findElement(By.cssSelector("#absent .casebook-widget-error")).getText();
                assertTrue(absent.contains("http://127.0.0.1:1/other-kb/assets/casebook-widget.js"), absent);
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void printButtonAppearsWithScriptOnCasePages() throws Exception {
        Path site = site();
        ChromeDriver driver = Browser.start();
        try {
            driver.get(site.resolve("cases/yangpu-chain/index.html").toUri().toString());
            WebElement button = driver.findElement(By.cssSelector("button[data-print]"));
            assertTrue(button.isDisplayed());
            assertEquals("打印", button.getText());
            // window.print is replaced so that the headless browser does not open a dialog
            ((JavascriptExecutor) driver).executeScript("window.__printed = 0; window.print = function () { window.__printed++; };");
            button.click();
            assertEquals(1L, ((JavascriptExecutor) driver).executeScript("return window.__printed;"));
        } finally {
            driver.quit();
        }
    }
}
