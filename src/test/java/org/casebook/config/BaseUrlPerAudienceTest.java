package org.casebook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.audience.Audience;
import org.casebook.testing.SiteTree;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One casebook.yml for the intranet site and the public one: each build's absolute links go to its own host. */
class BaseUrlPerAudienceTest {

    @TempDir
    Path temp;

    private TestKb kb(String baseUrl) {
        return TestKb.create(temp.resolve("kb"))
                .file("casebook.yml", TestKb.CONFIG + "base_url:\n" + baseUrl)
                .addCase("a", "公开案例", "洋浦", "组织建设", "经验介绍", "2024-03-15");
    }

    @Test
    void eachAudienceGetsItsOwnAddressInFeedsCanonicalLinksAndData() throws java.io.IOException {
        TestKb kb = kb("  internal: http://10.0.0.5/kb/\n  public: https://kb.example.gov.cn/cases/\n");
        Path file = kb.dir().resolve("cases/a.md");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                .replace("date: 2024-03-15", "date: 2024-03-15\nvisibility: public"));
        Path internal = temp.resolve("internal");
        Path pub = temp.resolve("public");
        assertTrue(Casebook.at(kb.dir()).output(internal).audience(Audience.INTERNAL).build().ok());
        assertTrue(Casebook.at(kb.dir()).output(pub).audience(Audience.PUBLIC).build().ok());

        assertTrue(SiteTree.anyFileContains(internal, "http://10.0.0.5/kb/cases/a/index.html"));
        assertFalse(SiteTree.anyFileContains(internal, "kb.example.gov.cn"), "the intranet site names no public address");
        assertTrue(SiteTree.anyFileContains(pub, "https://kb.example.gov.cn/cases/cases/a/index.html"));
        assertFalse(SiteTree.anyFileContains(pub, "10.0.0.5"), "the public site names no intranet address");
    }

    @Test
    void anAudienceWithoutAnAddressIsLinkedRelatively() {
        TestKb kb = kb("  public: https://kb.example.gov.cn/cases/\n");
        Path internal = temp.resolve("internal");
        assertTrue(Casebook.at(kb.dir()).output(internal).audience(Audience.INTERNAL).build().ok());
        assertFalse(SiteTree.anyFileContains(internal, "kb.example.gov.cn"));
        assertFalse(SiteTree.files(internal).contains("sitemap.xml"), "no sitemap without an address");
    }

    @Test
    void aKeyThatIsNoAudienceAndAnAddressThatIsNoneAreErrorsWhereWritten() {
        TestKb kb = kb("  intranet: http://10.0.0.5/kb/\n  public: kb.example.gov.cn\n");
        BuildResult r = Casebook.at(kb.dir()).check();
        assertEquals(List.of("config.base-url-audience", "config.base-url"),
                r.diagnostics().stream().map(d -> d.code()).toList());
        int configLines = (int) TestKb.CONFIG.lines().count();
        assertEquals(List.of((configLines + 2) + ":3", (configLines + 3) + ":11"),
                r.diagnostics().stream().map(d -> d.pos().line() + ":" + d.pos().column()).toList());
    }

    /** An address copied from the browser's address bar put every link, feed and QR code below a page's name. */
    @Test
    void theAddressOfAPageIsRefusedWithItsFolderWrittenOut() {
        TestKb kb = kb("  internal: http://10.0.0.5/kb/index.html\n  public: https://kb.example.gov.cn/cases/?from=qq#top\n");
        BuildResult r = Casebook.at(kb.dir()).check();
        assertEquals(List.of("config.base-url-page", "config.base-url-page"), r.diagnostics().stream().map(d -> d.code()).toList());
        assertTrue(r.diagnostics().get(0).hint().contains("http://10.0.0.5/kb/"), r.diagnostics().get(0).hint());
        assertTrue(r.diagnostics().get(1).hint().contains("https://kb.example.gov.cn/cases/"), r.diagnostics().get(1).hint());
        assertEquals(java.util.Optional.empty(), ConfigLoader.folderOfPage("http://10.0.0.5/kb"));
        assertEquals(java.util.Optional.empty(), ConfigLoader.folderOfPage("https://kb.example.gov.cn"));
        assertEquals(java.util.Optional.of("http://10.0.0.5/"), ConfigLoader.folderOfPage("http://10.0.0.5/index.htm"));
    }

    /** A list or a group of entries under an audience was reported as {@code base_url “” 不是网址}. */
    @Test
    void aListOrAMappingWhereAnAddressBelongsIsNamedAtItsPlaceWithHowToWriteIt() {
        TestKb kb = kb("  internal: [http://10.0.0.5/kb/, http://10.0.0.6/kb/]\n  public:\n    main: https://kb.example.gov.cn/\n");
        BuildResult r = Casebook.at(kb.dir()).check();
        int configLines = (int) TestKb.CONFIG.lines().count();
        assertEquals(List.of("field.expected-text", "field.expected-text"),
                r.diagnostics().stream().map(d -> d.code()).toList());
        assertEquals(List.of((configLines + 2) + ":13", (configLines + 4) + ":5"),
                r.diagnostics().stream().map(d -> d.pos().line() + ":" + d.pos().column()).toList());
        assertEquals("字段 “internal” 应为文本，实际是 列表", r.diagnostics().get(0).message());
        assertEquals("字段 “public” 应为文本，实际是 键值对（映射）", r.diagnostics().get(1).message());
        assertTrue(r.diagnostics().get(0).hint().contains("internal: https://"), r.diagnostics().get(0).hint());
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.message().contains("“”")), r.diagnostics().toString());
    }

    @Test
    void aListForTheWholeSiteSaysSoAndShowsBothWaysOfWritingIt() {
        TestKb kb = kb("  - http://10.0.0.5/kb/\n");
        BuildResult r = Casebook.at(kb.dir()).check();
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        assertEquals("字段 “base_url” 应为文本，实际是 列表", r.diagnostics().get(0).message());
        String hint = r.diagnostics().get(0).hint();
        assertTrue(hint.contains("base_url: https://") && hint.contains("internal:") && hint.contains("public:"), hint);
    }

    @Test
    void anAddressLeftOutIsToldAsNothingWrittenNotAsASlash() {
        TestKb kb = kb("  internal:\n  public: https://kb.example.gov.cn/cases/\n");
        BuildResult r = Casebook.at(kb.dir()).check();
        assertEquals(List.of("config.base-url-empty"), r.diagnostics().stream().map(d -> d.code()).toList());
        assertEquals("internal: 后面没有写网址", r.diagnostics().get(0).message());
        assertEquals((int) TestKb.CONFIG.lines().count() + 2, r.diagnostics().get(0).pos().line());
        TestKb empty = TestKb.create(temp.resolve("kb2")).file("casebook.yml", TestKb.CONFIG + "base_url: {}\n");
        BuildResult none = Casebook.at(empty.dir()).check();
        assertEquals(List.of("base_url: 后面没有写网址"), none.diagnostics().stream().map(d -> d.message()).toList());
    }
}
