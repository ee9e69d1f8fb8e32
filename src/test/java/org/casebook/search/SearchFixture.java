package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.TestKb;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A small knowledge base made to tell good ranking from bad: a case about 积分制度, one that only
 * has 积分制 and 制度 apart, a trap with 积极 and 分配, a draft, a park alias, traditional text.
 */
final class SearchFixture {

    private SearchFixture() {
    }

    static Path build(Path dir) {
        TestKb kb = TestKb.create(dir);
        kb.addCase("points-phrase.md", """
                title: 江东新区推行党员积分制度
                park: 江东新区
                theme: 组织建设
                method: 经验介绍
                date: 2024-05-01
                summary: 以积分制度量化党员日常表现。
                """, "## 做法\n\n园区党工委建立党员积分制度，按月公示。积分制度覆盖全部支部。\n");
        kb.addCase("points-scattered.md", """
                title: 三亚CBD完善支部工作
                park: 三亚CBD
                theme: 组织建设
                method: 线上分享
                date: 2024-04-01
                summary: 支部实行积分制管理，同时完善学习制度。
                """, "## 做法\n\n支部实行积分制管理。另外，支部还健全了学习制度和会议制度。\n");
        kb.addCase("trap-words.md", """
                title: 洋浦企业收入分配改革中的党建工作
                park: 洋浦
                theme: 党员教育
                method: 经验介绍
                date: 2024-03-01
                summary: 党员积极参与收入分配改革。
                """, "## 做法\n\n党员积极带头，参与分配方案讨论，制定度量标准。\n");
        kb.addCase("yangpu-onsite.md", """
                title: 洋浦经济开发区召开产业链党建现场会
                park: 洋浦经济开发区
                theme: 组织建设
                method: 现场会
                date: 2024-06-01
                summary: 产业链党组织建设现场观摩。
                keywords: [产业链党组织, 大党委]
                """, "## 做法\n\n在港区召开现场会，观摩产业链党组织建设成果。\n");
        kb.addCase("jiangdong-night-school.md", """
                title: 江东新区青年夜校
                park: 海口江东新区
                theme: 党员教育
                method: 线上分享
                date: 2023-11-01
                summary: 面向青年职工的夜间课堂。
                """, "## 做法\n\n夜校每周开课。课程之外，还专门为流动党员建立了联系台账，按季度走访。\n");
        kb.addCase("sanya-online.md", """
                title: 三亚中央商务区线上微党课
                park: 三亚中央商务区
                theme: 党员教育
                method: 线上分享
                date: 2023-10-01
                summary: 用短视频开展5G时代的党员教育。
                """, "## 做法\n\n每周推送一期微党课，党员教育覆盖楼宇企业。\n");
        kb.addCase("yangpu-education.md", """
                title: 洋浦开发区黨員教育三年行动
                park: 洋浦开发区
                theme: 党员教育管理
                method: 观摩会
                date: 2023-09-01
                summary: 党员教育管理的三年计划。
                """, "## 做法\n\n分层分类开展党员教育培训。\n");
        kb.addCase("jiangdong-cover.md", """
                title: 江东新区非公企业党组织覆盖
                park: 江东新区
                theme: 组织建设
                method: 经验介绍
                date: 2023-08-01
                summary: 两新组织党组织覆盖攻坚。
                """, "## 做法\n\n逐户摸排企业，推动党的组织和工作覆盖。\n");
        kb.addCase("draft-points.md", """
                title: 积分制度草稿
                park: 洋浦
                theme: 积分制度
                method: 经验介绍
                date: 2024-07-01
                draft: true
                summary: 积分制度党员教育流动党员现场会。
                """, "积分制度 党员教育 流动党员 洋浦 现场会\n");
        BuildResult r = Casebook.at(dir).output(kb.site()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        return kb.site();
    }

    /** Waits until the result list says done, then returns the result slugs in rank order. */
    @SuppressWarnings("unchecked")
    static List<String> slugs(WebDriver driver) {
        // read state and slugs in one script, so a search finishing in between cannot mix two lists
        // a page still navigating to the search page has no result list yet, or no script context: keep waiting
        return (List<String>) new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.JavascriptException.class).until(d -> ((JavascriptExecutor) d)
                .executeScript("var l = document.getElementById('search-results');"
                        + "return !l || l.getAttribute('data-state') !== 'done' ? null : Array.prototype.map.call("
                        + "l.querySelectorAll('[data-slug]'), function (e) { return e.getAttribute('data-slug'); });"));
    }

    /** Waits until the first result is {@code slug} (after typing, the previous search may still show). */
    static List<String> slugsStartingWith(WebDriver driver, String slug) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<String> s = slugs(d);
            return !s.isEmpty() && s.get(0).equals(slug);
        });
        return slugs(driver);
    }

    static String count(WebDriver driver, String key) {
        WebElement e = driver.findElement(By.cssSelector("[data-count-for='" + key + "']"));
        return e.getText();
    }
}
