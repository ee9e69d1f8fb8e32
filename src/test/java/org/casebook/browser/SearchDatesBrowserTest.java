package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.casebook.Casebook;
import org.casebook.config.Presentation;
import org.casebook.testing.Browser;
import org.casebook.testing.TestKb;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search results write their dates as the site's lists do ({@code date_format}): the real
 * {@code search.js} of a built site against Java's formatting of the same pattern, for both languages'
 * names and many patterns and dates; and a result on the built search page against the case's card.
 */
@Tag("browser")
class SearchDatesBrowserTest {

    /** Patterns the script applies (Presentation.scriptPattern keeps them), in both languages. */
    private static final List<String> PATTERNS = List.of("yyyy年M月d日", "d MMMM yyyy", "yyyy-MM-dd", "yy/M/d",
            "EEEE, MMM d, yyyy", "EEE d.M.uuuu", "yyyy'年'MM'月'dd'日'", "d. MMMM yyyy 'it''s' ''", "[yyyy-]MM-dd",
            "LL/dd/yyyy", "yyyy年MMMd日 EEEE");

    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void theScriptFormatsEveryDateAsJavaDoes() throws Exception {
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.file("casebook.yml", TestKb.CONFIG + "date_format: yyyy年M月d日 EEEE\n");
        kb.addCase("night-school", "夜校", "洋浦", "党员教育", "经验介绍", "2025-03-07");
        kb.addCase("points", "积分", "江东新区", "积分管理", "现场会", "2024-12-25");
        assertTrue(Casebook.at(kb.dir()).build().ok());
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(1999, 12, 27); d.isBefore(LocalDate.of(2000, 1, 10)); d = d.plusDays(1)) {
            dates.add(d);
        }
        for (int m = 1; m <= 12; m++) {
            dates.add(LocalDate.of(2025, m, m * 2));
        }
        dates.add(LocalDate.of(2024, 2, 29));
        dates.add(LocalDate.of(2005, 7, 4));

        ChromeDriver browser = Browser.start();
        try {
            browser.get(kb.site().resolve("search.html").toUri().toString());
            int compared = 0;
            for (String language : List.of("zh-CN", "en")) {
                for (String pattern : PATTERNS) {
                    Presentation p = new Presentation("", "", pattern, language);
                    assertEquals(pattern, p.scriptPattern(), "a pattern the script applies: " + pattern);
                    Map<String, Object> names = Map.of("months", split(p.monthNames(true)),
                            "monthsShort", split(p.monthNames(false)), "weekdays", split(p.weekdayNames(true)),
                            "weekdaysShort", split(p.weekdayNames(false)));
                    List<String> iso = dates.stream().map(LocalDate::toString).toList();
                    List<String> js = (List<String>) browser.executeScript("var pattern = arguments[1], names = arguments[2];"
                            + " return arguments[0].map(function (d) { return CasebookSearch.formatDate(d, pattern, names); })", iso, pattern, names);
                    for (int i = 0; i < dates.size(); i++) {
                        assertEquals(p.format(dates.get(i)), js.get(i), language + " " + pattern + " " + iso.get(i));
                        compared++;
                    }
                }
            }
            assertTrue(compared > 500, "compared " + compared);
            assertEquals("2025-03-07", browser.executeScript("return CasebookSearch.formatDate('2025-03-07', '', {})"),
                    "no pattern: the ISO date");

            // the built page: the first result's date is the card's date text on the all-cases list
            browser.get(kb.site().resolve("search.html").toUri() + "?q=" + java.net.URLEncoder.encode("夜校",
                    StandardCharsets.UTF_8));
            String shown = (String) new WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d ->
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                            "var t = document.querySelector(\"#search-results [data-slug='night-school'] time\");"
                            + " return t && t.textContent;"));
            String card = Jsoup.parse(Files.readString(kb.site().resolve("cases/index.html"), StandardCharsets.UTF_8))
                    .select("li.case-card:has(a[href*=night-school]) time").text();
            assertEquals("2025年3月7日 星期五", shown);
            assertEquals(card, shown, "the search result's date as the list writes it");
        } finally {
            browser.quit();
        }
    }

    @Test
    void patternsTheScriptCannotApplyLeaveTheIsoDate() {
        assertEquals("", new Presentation("", "", "yyyy-MM-dd G", "en").scriptPattern(), "an era");
        assertEquals("", new Presentation("", "", "MMMMM d", "en").scriptPattern(), "a narrow month");
        assertEquals("", new Presentation("", "", "D/yyyy", "en").scriptPattern(), "a day of the year");
        assertEquals("'G' yyyy", new Presentation("", "", "'G' yyyy", "en").scriptPattern(), "a quoted letter is text");
    }

    private static List<String> split(String names) {
        return Arrays.asList(names.split("\\|"));
    }
}
