package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.casebook.Casebook;
import org.casebook.testing.Browser;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A result's snippet taken from a table reads as its cells, row by row, on the built search page. */
class TableSnippetBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void aSnippetFromATableReadsAsCellsWithEachRowEnded() throws Exception {
        Browser.assumeAvailable();
        TestKb kb = TestKb.create(tmp.resolve("kb"));
        kb.addCase("lists.md", "title: 三张清单\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-06-01\nsummary: 清单管理。",
                "## 成效\n\n园区按季度盘点三张清单。\n\n| 清单类型 | 条目数 | 已完成 | 完成率 |\n|---|---:|---:|---:|\n"
                        + "| 问题清单 | 14 | 9 | 64% |\n| 需求清单 | 20 | 18 | 90% |\n");
        kb.addCase("other", "夜校", "江东新区", "党员教育", "经验介绍", "2024-05-01");
        assertTrue(Casebook.at(kb.dir()).build().ok());
        ChromeDriver browser = Browser.start();
        try {
            browser.get(kb.site().resolve("search.html").toUri() + "?q=" + SearchBrowserTest.enc("完成率"));
            assertEquals(List.of("lists"), SearchFixture.slugs(browser));
            String snippet = browser.findElement(By.cssSelector("[data-slug='lists'] .search-snippet")).getText();
            // rows end as clauses; kept lines are joined by a space, as a paragraph's end is ("。 ")
            assertTrue(snippet.contains("清单类型 · 条目数 · 已完成 · 完成率； 问题清单 · 14 · 9 · 64%； 需求清单 · 20 · 18 · 90%；"), snippet);
            assertFalse(snippet.contains("完成率问题清单"), snippet);
        } finally {
            browser.quit();
        }
    }
}
