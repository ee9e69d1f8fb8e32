package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.casebook.BuildResult;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page in headless Chromium, over HTTP under a sub-path and from file://. */
class SearchBrowserTest {

    @TempDir
    static Path tmp;
    static Path site;
    static ChromeDriver browser;
    static StaticServer server;

    @BeforeAll
    static void setUp() throws Exception {
        Browser.assumeAvailable();
        site = SearchFixture.build(tmp.resolve("kb"));
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

    private String fileUrl(String query) {
        return site.resolve("search.html").toUri() + query;
    }

    @Test
    void phraseRanksAboveScatteredTermsAndTrapsAndDraftsNeverShowOverHttp() {
        browser.get(server.url("search.html?q=" + enc("积分制度")));
        List<String> slugs = SearchFixture.slugs(browser);
        assertEquals(List.of("points-phrase", "points-scattered"), slugs);
        WebElement first = browser.findElement(By.cssSelector("#search-results [data-slug='points-phrase']"));
        List<String> marks = first.findElements(By.cssSelector(".search-snippet mark")).stream().map(WebElement::getText).toList();
        assertTrue(marks.contains("积分制度"), "adjacent matches are marked as one phrase: " + marks);
        // the case's address and its terms' names, which no fragment carries: from its slug and the facet panel
        assertTrue(first.findElement(By.cssSelector("h3 a")).getAttribute("href").endsWith("/kb/cases/points-phrase/index.html"));
        List<String> chips = first.findElements(By.cssSelector(".chips a")).stream()
                .map(a -> a.getAttribute("textContent").replaceAll("^.*：", "") + " " + a.getAttribute("href").replaceAll("^.*/kb/", ""))
                .toList();
        assertEquals(List.of("海口江东新区 park/jiangdong/index.html", "组织建设 theme/organization/index.html",
                "经验介绍 method/experience/index.html"), chips);
        assertTrue(browser.findElement(By.id("search-status")).getText().contains("2"));
        assertEquals("polite", browser.findElement(By.id("search-status")).getAttribute("aria-live"));
    }

    @Test
    void typingSearchesFromFileUrlWithTwoWordQuery() {
        browser.get(fileUrl(""));
        SearchFixture.slugs(browser);
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys("洋浦 现场会");
        List<String> slugs = SearchFixture.slugsStartingWith(browser, "yangpu-onsite");
        assertFalse(slugs.contains("draft-points"));
        // read in one script call: each keystroke re-renders the list, so a found element may be replaced before it is read
        String href = (String) new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "var a = document.querySelector(\"#search-results [data-slug='yangpu-onsite'] a\"); return a && a.href;"));
        assertTrue(href.startsWith("file:") && href.endsWith("cases/yangpu-onsite/index.html"), href);
    }

    @Test
    void parkAliasesBodyOnlyMatchesAndTraditionalQueries() {
        browser.get(fileUrl("?q=" + enc("三亚CBD")));
        List<String> cbd = SearchFixture.slugs(browser);
        assertEquals(List.of("points-scattered", "sanya-online").stream().sorted().toList(), cbd.stream().sorted().toList());
        browser.get(fileUrl("?q=" + enc("流动党员")));
        // the only case holding the phrase (in its body alone) comes first; cases with 党员 alone may follow
        assertEquals("jiangdong-night-school", SearchFixture.slugs(browser).get(0));
        browser.get(fileUrl("?q=" + enc("黨員教育")));
        List<String> trad = SearchFixture.slugs(browser);
        assertTrue(trad.containsAll(List.of("yangpu-education", "sanya-online")), trad.toString());
        assertFalse(trad.contains("draft-points"));
    }

    @Test
    void lettersTypedWithTheInputMethodOffAreReadAsPinyinAndOffered() {
        browser.get(fileUrl("?q=jifenzhidu"));
        assertEquals("points-phrase", SearchFixture.slugs(browser).get(0));
        assertEquals("积分制度", suggestion());
        browser.get(fileUrl("?q=" + enc("dangyuan jiaoyu")));
        List<String> education = SearchFixture.slugs(browser);
        assertTrue(education.containsAll(List.of("yangpu-education", "sanya-online")), education.toString());
        assertEquals("党员教育", suggestion());
        // 流动 is in one case only: enough for letters, which have no other reading
        browser.get(fileUrl("?q=liudongdangyuan"));
        assertEquals("jiangdong-night-school", SearchFixture.slugs(browser).get(0));
        assertEquals("流动党员", suggestion());
        // initials alone (简拼), as an input method takes them
        browser.get(fileUrl("?q=dyjy"));
        assertTrue(SearchFixture.slugs(browser).containsAll(List.of("yangpu-education", "sanya-online")),
                SearchFixture.slugs(browser).toString());
        assertEquals("党员教育", suggestion());
        browser.get(fileUrl("?q=jfzd"));
        assertEquals("points-phrase", SearchFixture.slugs(browser).get(0));
        assertEquals("积分制度", suggestion());
        // a word the index holds is a word, not pinyin
        browser.get(fileUrl("?q=cbd"));
        assertTrue(SearchFixture.slugs(browser).contains("points-scattered"));
        assertEquals("", suggestion());
    }

    @Test
    void aQueryOfPunctuationAloneIsAnEmptySearchAndSaysSo() {
        browser.get(fileUrl("?q=" + enc("！！！")));
        List<String> all = SearchFixture.slugs(browser);
        assertEquals(8, all.size(), "every published case, as for an empty query: " + all);
        String status = browser.findElement(By.id("search-status")).getText();
        assertEquals(uiStringOrFail("search_no_terms").replace("{1}", "！！！").replace("{0}", "8"), status);
        assertTrue(browser.findElements(By.cssSelector("#search-results mark")).isEmpty(), "nothing marked");
        // a query with something to search for is not told so
        browser.get(fileUrl("?q=" + enc("！积分！")));
        SearchFixture.slugs(browser);
        assertTrue(browser.findElement(By.id("search-status")).getText().startsWith("找到"));
    }

    @Test
    void lettersBesideChineseCharactersAreAWordNotPinyinInitials() throws IOException {
        // the sample, where qq read as initials gave 区企 (区企共建): QQ群 offered 区企群 and marked 区企
        Path sample = tmp.resolve("sample-site");
        assertTrue(org.casebook.Casebook.at(Path.of(".")).output(sample).build().ok());
        browser.get(sample.resolve("search.html").toUri() + "?q=" + enc("QQ群"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "done".equals(
                browser.findElement(By.id("search-results")).getAttribute("data-state")));
        assertEquals("", suggestion(), "no reading of QQ as pinyin initials is offered");
        List<String> marks = browser.findElements(By.cssSelector("#search-results mark")).stream()
                .map(m -> m.getAttribute("textContent")).toList();
        assertTrue(marks.stream().noneMatch(m -> m.contains("区") || m.contains("企")), "marks: " + marks);
        // letters alone are still read as initials
        browser.get(sample.resolve("search.html").toUri() + "?q=dj");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "done".equals(
                browser.findElement(By.id("search-results")).getAttribute("data-state")));
        assertEquals("党建", suggestion());
    }

    private static String uiStringOrFail(String key) {
        try {
            String s = uiString(key);
            assertTrue(s != null, key + " is in the bundle");
            return s;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The query the page offers instead ("您是不是要找：…"), or "" when it offers none. */
    private String suggestion() {
        WebElement el = browser.findElement(By.id("search-suggest"));
        return el.isDisplayed() ? el.findElement(By.tagName("a")).getText() : "";
    }

    @Test
    void emptyQueryBrowsesAllPublishedCasesAndFacetsFilterWithCounts() {
        browser.get(server.url("search.html"));
        List<String> all = SearchFixture.slugs(browser);
        assertEquals(List.of("yangpu-onsite", "points-phrase", "points-scattered", "trap-words", "jiangdong-night-school",
                "sanya-online", "yangpu-education", "jiangdong-cover"), all, "newest first, no draft");
        assertEquals("3", SearchFixture.count(browser, "park/jiangdong"));
        assertEquals("3", SearchFixture.count(browser, "park/yangpu"));
        assertEquals("0", SearchFixture.count(browser, "theme/points"), "the draft is not counted");
        browser.findElement(By.cssSelector("input[name=park][value=yangpu]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("park=yangpu"));
        List<String> yangpu = SearchFixture.slugs(browser);
        assertEquals(List.of("yangpu-onsite", "trap-words", "yangpu-education"), yangpu);
        // counts of other taxonomies follow the filter; counts of the park taxonomy ignore it (OR within)
        assertEquals("1", SearchFixture.count(browser, "theme/organization"));
        assertEquals("3", SearchFixture.count(browser, "park/jiangdong"));
        browser.findElement(By.cssSelector("input[name=park][value=jiangdong]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("park=jiangdong"));
        assertEquals(6, SearchFixture.slugs(browser).size());
        browser.findElement(By.cssSelector("input[name=theme][value=member-education]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("theme=member-education"));
        assertEquals(List.of("jiangdong-night-school", "trap-words", "yangpu-education").stream().sorted().toList(),
                SearchFixture.slugs(browser).stream().sorted().toList());
    }

    @Test
    void queryFollowsFacetCounts() {
        browser.get(server.url("search.html?q=" + enc("党员教育")));
        List<String> slugs = SearchFixture.slugs(browser);
        // the theme 党员教育 is indexed by name, so every case tagged with it matches
        assertEquals(List.of("jiangdong-night-school", "sanya-online", "trap-words", "yangpu-education"),
                slugs.stream().sorted().toList());
        assertEquals("2", SearchFixture.count(browser, "park/yangpu"));
        assertEquals("1", SearchFixture.count(browser, "park/jiangdong"));
        assertEquals("1", SearchFixture.count(browser, "park/sanya-cbd"));
        assertEquals("0", SearchFixture.count(browser, "theme/organization"));
    }

    @Test
    void urlStateRoundTripsAndTheBackButtonRestoresIt() {
        browser.get(server.url("search.html?q=" + enc("党员") + "&park=yangpu&park=jiangdong&theme=member-education"));
        List<String> first = SearchFixture.slugs(browser);
        assertEquals("党员", browser.findElement(By.id("search-q")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("input[name=park][value=yangpu]")).isSelected());
        assertTrue(browser.findElement(By.cssSelector("input[name=park][value=jiangdong]")).isSelected());
        assertTrue(browser.findElement(By.cssSelector("input[name=theme][value=member-education]")).isSelected());
        assertFalse(browser.findElement(By.cssSelector("input[name=park][value=sanya-cbd]")).isSelected());
        assertFalse(first.isEmpty());
        browser.findElement(By.cssSelector("input[name=park][value=jiangdong]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("park=jiangdong"));
        List<String> narrowed = SearchFixture.slugs(browser);
        assertTrue(narrowed.size() < first.size(), narrowed + " vs " + first);
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("park=jiangdong"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> SearchFixture.slugs(d).equals(first));
        assertTrue(browser.findElement(By.cssSelector("input[name=park][value=jiangdong]")).isSelected());
    }

    @Test
    void urlStateWorksFromFileUrlToo() {
        browser.get(fileUrl("?q=" + enc("积分制度") + "&theme=organization&park=jiangdong"));
        assertEquals(List.of("points-phrase"), SearchFixture.slugs(browser));
        browser.findElement(By.cssSelector("input[name=park][value=sanya-cbd]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("park=sanya-cbd"));
        assertEquals(List.of("points-phrase", "points-scattered"), SearchFixture.slugs(browser));
        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> SearchFixture.slugs(d).equals(List.of("points-phrase")));
    }

    @Test
    void keyboardSlashFocusesArrowsMoveEnterOpens() {
        browser.get(server.url("search.html?q=" + enc("积分制度")));
        SearchFixture.slugs(browser);
        browser.findElement(By.tagName("h1")).click();
        new Actions(browser).sendKeys("/").perform();
        assertEquals("search-q", browser.switchTo().activeElement().getAttribute("id"));
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
        assertTrue(browser.switchTo().activeElement().getAttribute("href").endsWith("cases/points-phrase/index.html"));
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
        assertTrue(browser.switchTo().activeElement().getAttribute("href").endsWith("cases/points-scattered/index.html"));
        new Actions(browser).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).perform();
        assertEquals("search-q", browser.switchTo().activeElement().getAttribute("id"));
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("cases/points-phrase/index.html"));
    }

    @Test
    void headerSearchBoxOnAnyPageLeadsToResults() {
        browser.get(server.url("cases/index.html"));
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("流动党员", Keys.ENTER);
        // Enter leaves this page: read the results only once the search page is the one loaded
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("search.html"));
        assertEquals("jiangdong-night-school", SearchFixture.slugs(browser).get(0));
        assertEquals("流动党员", browser.findElement(By.id("search-q")).getAttribute("value"));
    }

    @Test
    void aResultFragmentOfAnotherNumberingOfTheCasesAsksForAReload() throws IOException {
        // a site copied while it was being replaced: the entry of one build, fragments of a build
        // whose cases were numbered otherwise (a case added or removed); the fixture's cases are all
        // in the last, incomplete chunk, where a fragment names its tail code
        assertAReloadIsAskedFor("search/d", "tail");
    }

    @Test
    void aShardOfAnotherScoringAsksForAReload() throws IOException {
        // the entry of one build, shards scored with other statistics or numbering
        assertAReloadIsAskedFor("search/s", "scoring");
    }

    @Test
    void aCachedShardOfCasesNumberedOtherwiseAsksForAReload() throws IOException {
        // a case removed and another added since a browser cached the shards: the cases after the
        // removed one moved down a number, and the new case took the last, so a cached shard's number
        // for the case that holds 椰风驿站 now stands for the new case. 62 cases in both builds: the
        // shard count and the average length stay on their grids, so the scoring id is the same and
        // only the shards' tail codes tell the builds apart
        Path kb = tmp.resolve("kb-renumbered");
        org.casebook.testing.SyntheticKb.write(kb, 61, 3);
        // cases like the others (the same length keeps the average where it was), dated after them
        Files.writeString(kb.resolve("cases/station.md"), org.casebook.testing.SyntheticKb.caseText(62, 3)
                .replaceFirst("(?m)^date: .*$", "date: 2027-01-01") + "\n园区设立椰风驿站，为流动党员办理组织关系转接。\n");
        Path cached = tmp.resolve("site-cached");
        BuildResult built = Casebook.at(kb).output(cached).build();
        assertTrue(built.ok(), built.diagnostics().toString());

        String unlinked = java.util.stream.IntStream.rangeClosed(1, 61).mapToObj(org.casebook.testing.SyntheticKb::slug)
                .filter(slug -> !org.casebook.testing.SyntheticKb.isLinked(kb, slug)).findFirst().orElseThrow();
        Files.delete(kb.resolve("cases/" + unlinked + ".md"));
        Files.writeString(kb.resolve("cases/later.md"), org.casebook.testing.SyntheticKb.caseText(63, 3)
                .replaceFirst("(?m)^date: .*$", "date: 2027-02-01"));
        Path site = tmp.resolve("site-renumbered");
        built = Casebook.at(kb).output(site).build();
        assertTrue(built.ok(), built.diagnostics().toString());
        assertEquals(scoringOf(cached), scoringOf(site));
        browser.get(site.resolve("search.html").toUri() + "?q=" + enc("椰风驿站"));
        assertEquals("station", SearchFixture.slugs(browser).get(0), "the site as built finds the case");

        org.apache.commons.io.FileUtils.copyDirectory(cached.resolve("search/s").toFile(), site.resolve("search/s").toFile());
        browser.get(site.resolve("search.html").toUri() + "?q=" + enc("椰风驿站") + "&cached");
        assertEquals(List.of(), SearchFixture.slugs(browser), "a case found by another build's numbering");
        assertEquals(uiString("search_stale"), browser.findElement(By.id("search-status")).getText());
    }

    @Test
    void aQueryNoCaseHoldsInFullAlsoFindsCasesByTheWordsOfItsBestResults() throws IOException {
        // a reader describes a practice in words of their own (党员攻坚小队啃硬骨头) where the cases name it
        // 椰林先锋队: the best partial matches share that name, so a case that holds it but none of the
        // query's words is found through them (pseudo-relevance feedback), and without feedback is not
        Path built = siteWith("feedback",
                "vanguard-port", "椰林先锋队码头值守：党员攻坚克难", "椰林先锋队码头值守，党员攻坚在前。",
                "vanguard-project", "椰林先锋队码头值守：攻坚港区项目", "椰林先锋队码头值守，保障项目攻坚。",
                "vanguard-typhoon", "椰林先锋队码头值守纪实", "台风季节，椰林先锋队码头值守昼夜不停。");
        String url = built.resolve("search.html").toUri() + "?q=" + enc("党员攻坚小队啃硬骨头");
        browser.get(url);
        List<String> found = SearchFixture.slugs(browser);
        assertTrue(found.subList(0, 2).containsAll(List.of("vanguard-port", "vanguard-project")), found.toString());
        assertTrue(found.contains("vanguard-typhoon"), "found through the first results' words: " + found);
        List<String> without = slugsWithout("noprf", url);
        assertFalse(without.contains("vanguard-typhoon"), "without feedback: " + without);
    }

    @Test
    void aSpokenNegationAlsoFindsTheCasesThatWriteIt() throws IOException {
        // readers type 没有党员 where the cases write 无党员 (暂无党员的企业): the query is also read in the
        // written register, which ranks that case above one that holds 没有 in another sense; without
        // that reading the other comes first
        Path built = siteWith("negation",
                "no-members", "党建指导员联系暂无党员的企业", "园区为暂无党员的企业选派党建指导员，帮助企业发展党员。",
                "missed-meetings", "部分党员没有按时参加组织生活的整改", "针对部分党员没有按时参加组织生活，支部逐一谈心谈话。");
        String url = built.resolve("search.html").toUri() + "?q=" + enc("没有党员的企业怎么办");
        browser.get(url);
        List<String> found = SearchFixture.slugs(browser);
        assertEquals("no-members", found.isEmpty() ? null : found.get(0), found.toString());
        assertTrue(found.contains("missed-meetings"), "the case holding the words as typed is found too: " + found);
        List<String> without = slugsWithout("nowritten", url);
        assertEquals("missed-meetings", without.isEmpty() ? null : without.get(0), "without the written reading: " + without);
    }

    @Test
    void aMatchIsCalledPartialOnlyWhenItLacksAWordAskedForNotAFunctionWord() throws IOException {
        // 椰林清单怎么用 asks for 椰林清单: a case holding it is a whole match, although another case holds
        // the function-word bigram 么用 (怎么用) and none holds both; a word asked for that no case holds
        // together with the rest still makes the match partial
        Path built = siteWith("partial",
                "coconut-lists", "用椰林清单抓党建", "问题、资源、任务列成椰林清单，逐项对账。",
                "platform-howto", "椰城平台上线", "这个平台怎么用？支部书记逐一演示椰城平台。",
                "member-roll", "椰城名单党员报到", "名单党员逐一报到。");
        browser.get(built.resolve("search.html").toUri() + "?q=" + enc("椰林清单怎么用"));
        List<String> found = SearchFixture.slugs(browser);
        assertEquals("coconut-lists", found.isEmpty() ? null : found.get(0), found.toString());
        assertEquals(uiString("search_count").replace("{0}", String.valueOf(found.size())),
                browser.findElement(By.id("search-status")).getText());
        browser.get(built.resolve("search.html").toUri() + "?q=" + enc("椰林清单 椰城平台"));
        List<String> either = SearchFixture.slugs(browser);
        assertTrue(either.containsAll(List.of("coconut-lists", "platform-howto")), either.toString());
        assertEquals(uiString("search_partial").replace("{0}", String.valueOf(either.size())),
                browser.findElement(By.id("search-status")).getText());
        // a bigram across two of the words asked for (单党 in 椰林清单党建) is held elsewhere (名单党员), not
        // by the case holding both words: that case is still a whole match
        browser.get(built.resolve("search.html").toUri() + "?q=" + enc("椰林清单党建"));
        List<String> across = SearchFixture.slugs(browser);
        assertEquals("coconut-lists", across.isEmpty() ? null : across.get(0), across.toString());
        assertEquals(uiString("search_count").replace("{0}", String.valueOf(across.size())),
                browser.findElement(By.id("search-status")).getText());
        // the first results share words the query lacks (码头值守), which feedback adds to it: no case
        // holds those and the query both, but the one holding every word asked for is still a whole match
        Path kb = tmp.resolve("kb-partial");
        feedbackCase(kb, "quay-watch", "椰林码头值守", "椰林码头值守，党员轮班。");
        feedbackCase(kb, "quay-watch-notes", "椰林码头值守纪实", "椰林码头值守的一年。");
        Path rebuilt = built(kb, "partial-feedback");
        browser.get(rebuilt.resolve("search.html").toUri() + "?q=" + enc("椰林清单怎么用"));
        List<String> asked = SearchFixture.slugs(browser);
        assertTrue(asked.subList(0, Math.min(3, asked.size())).containsAll(List.of("coconut-lists", "quay-watch",
                "quay-watch-notes")), asked.toString());
        assertEquals(uiString("search_count").replace("{0}", String.valueOf(asked.size())),
                browser.findElement(By.id("search-status")).getText());
    }

    /** A synthetic knowledge base of 30 cases and these (slug, title, summary, …), built. */
    private static Path siteWith(String name, String... cases) throws IOException {
        Path kb = tmp.resolve("kb-" + name);
        org.casebook.testing.SyntheticKb.write(kb, 30, 3);
        for (int i = 0; i < cases.length; i += 3) {
            feedbackCase(kb, cases[i], cases[i + 1], cases[i + 2]);
        }
        return built(kb, name);
    }

    /** The site of {@code kb}, built into {@code site-<name>}. */
    private static Path built(Path kb, String name) {
        Path site = tmp.resolve("site-" + name);
        BuildResult r = Casebook.at(kb).output(site).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        return site;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"window.URLSearchParams = undefined;",
        "window.Promise = undefined;", "Element.prototype.remove = undefined;",
        // no Unicode property escapes (Chrome before 64): a pattern with the u flag cannot be made
        "window.RegExp = (function (R) { return function (s, f) { if (f && f.indexOf('u') >= 0) {"
                + " throw new SyntaxError('u'); } return new R(s, f); }; })(RegExp);"})
    void aBrowserWithoutWhatTheSearchUsesIsToldSoInsteadOfShowingNothing(String older) throws IOException {
        inBrowserWith(older, old -> {
            old.get(fileUrl("?q=" + enc("积分制度")));
            WebElement note = new WebDriverWait(old, java.time.Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("search-nojs")));
            new WebDriverWait(old, java.time.Duration.ofSeconds(10)).until(d -> note.getText().contains("兼容模式"));
            assertTrue(note.isDisplayed());
            assertTrue(note.getText().contains("极速模式"), note.getText());
            assertTrue(old.findElements(By.cssSelector("#search-results li")).isEmpty());
            return null;
        });
        // a browser that has it: the note is gone and the search runs
        browser.get(fileUrl("?q=" + enc("积分制度")));
        assertEquals(List.of("points-phrase", "points-scattered"), SearchFixture.slugs(browser));
        assertFalse(browser.findElement(By.id("search-nojs")).isDisplayed());
    }

    /** The results of {@code url} in a browser of its own with a part of the ranking switched off ({@code casebookSearchDebug}). */
    private static List<String> slugsWithout(String debug, String url) throws IOException {
        return inBrowserWith("window.casebookSearchDebug = '" + debug + "';", plain -> {
            plain.get(url);
            return SearchFixture.slugs(plain);
        });
    }

    /** What {@code use} finds in a browser of its own that runs {@code script} before every page's own. */
    private static <T> T inBrowserWith(String script, java.util.function.Function<ChromeDriver, T> use) throws IOException {
        ChromeDriver own = Browser.start();
        try {
            own.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", script));
            return use.apply(own);
        } finally {
            own.quit();
        }
    }

    private static void feedbackCase(Path kb, String slug, String title, String summary) throws IOException {
        Files.writeString(kb.resolve("cases/" + slug + ".md"), "---\ntitle: " + title
                + "\npark: 洋浦经济开发区\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-06-01\nsummary: " + summary
                + "\n---\n\n## 做法\n\n" + summary + "\n");
    }

    private static String scoringOf(Path site) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"scoring\":\"([0-9a-f]+)\"")
                .matcher(Files.readString(site.resolve("search/index.js")));
        assertTrue(m.find());
        return m.group(1);
    }

    /** Every file of {@code folder} names another {@code id} than the entry: the page finds nothing and asks for a reload. */
    private void assertAReloadIsAskedFor(String folder, String id) throws IOException {
        Path mixed = tmp.resolve("mixed-" + id);
        org.apache.commons.io.FileUtils.copyDirectory(site.toFile(), mixed.toFile());
        try (var files = Files.list(mixed.resolve(folder))) {
            for (Path f : files.toList()) {
                String was = Files.readString(f);
                String is = was.replaceFirst("\"" + id + "\":\"[0-9a-zA-Z_-]+\"", "\"" + id + "\":\"0000\"");
                assertFalse(was.equals(is), f + " names no " + id);
                Files.writeString(f, is);
            }
        }
        browser.get(mixed.resolve("search.html").toUri() + "?q=" + enc("流动党员"));
        assertEquals(List.of(), SearchFixture.slugs(browser));
        assertEquals(uiString("search_stale"), browser.findElement(By.id("search-status")).getText());
    }

    private static String uiString(String key) throws IOException {
        java.util.Properties ui = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("templates/i18n/ui_zh-CN.properties"))) {
            ui.load(in);
        }
        return ui.getProperty(key);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
