package org.casebook.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.audience.Audience;
import org.casebook.diag.Diagnostic;
import org.casebook.testing.TestKb;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slug:} sets a case's address, {@code moved_from:} keeps old ones alive, and a lost one is a warning. */
class StableAddressesTest {

    private static final String FRONT = "title: 产业链党建\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\ndate: 2024-03-15\n";
    private static final String BODY = "## 背景\n\n正文。\n";

    @TempDir
    Path dir;
    TestKb kb;

    @BeforeEach
    void setUp() {
        kb = TestKb.create(dir.resolve("kb"));
        kb.addCase("other", "另一个案例", "洋浦", "组织建设", "经验介绍", "2024-01-01");
    }

    private static List<Diagnostic> withCode(BuildResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void aWrittenSlugIsTheAddressWhateverTheFileIsCalled() {
        kb.addCase("yangpu/2024-产业链.md", FRONT + "slug: industrial-chain", BODY);
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        assertTrue(Files.isRegularFile(kb.site().resolve("cases/industrial-chain/index.html")));
        assertTrue(kb.read("cases.json").contains("\"path\":\"cases/industrial-chain/index.html\""));
    }

    @Test
    void anInvalidSlugIsAnErrorWhereItIsWritten() {
        kb.addCase("chain.md", FRONT + "slug: 产业链", BODY);
        BuildResult r = Casebook.at(kb.dir()).check();
        assertFalse(r.ok());
        Diagnostic d = withCode(r, "case.slug-field-invalid").get(0);
        assertEquals("cases/chain.md:7:7", d.pos().toString());
        assertEquals("slug “产业链” 不能用作网址", d.message());
    }

    @Test
    void movedFromWritesARelativeRedirectAtEachOldAddress() {
        kb.addCase("chain.md", FRONT + "slug: industrial-chain\nmoved_from: [chain-2023, yangpu-chain]", BODY);
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        for (String old : List.of("chain-2023", "yangpu-chain")) {
            Document page = Jsoup.parse(kb.read("cases/" + old + "/index.html"));
            assertEquals("0; url=../../cases/industrial-chain/index.html",
                    page.selectFirst("meta[http-equiv=refresh]").attr("content"));
            assertEquals("../../cases/industrial-chain/index.html", page.selectFirst("a").attr("href"),
                    "a plain link where refresh is off");
            assertEquals("产业链党建", page.selectFirst("a").text());
            assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        }
        assertFalse(kb.read("cases.json").contains("chain-2023"), "an old address is no case of the data API");
        assertFalse(Files.exists(kb.site().resolve("sitemap.xml")) && kb.read("sitemap.xml").contains("chain-2023"));
    }

    @Test
    void anOldAddressMustNotBeLiveOrClaimedTwiceOrTheCasesOwn() {
        kb.addCase("chain.md", FRONT + "moved_from: [other, chain, 旧地址]", BODY);
        kb.addCase("second.md", "title: 第二个\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\nmoved_from: old-one", BODY);
        kb.addCase("third.md", "title: 第三个\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\nmoved_from: [old-one, search]",
                BODY);
        BuildResult r = Casebook.at(kb.dir()).check();
        assertFalse(r.ok());
        assertEquals("cases/chain.md:7:14", withCode(r, "case.moved-from-live").get(0).pos().toString());
        assertEquals("旧地址 “other” 现在是 cases/other.md 的地址，不能再跳转到本案例",
                withCode(r, "case.moved-from-live").get(0).message());
        assertEquals("cases/chain.md:7:21", withCode(r, "case.moved-from-self").get(0).pos().toString());
        assertEquals("cases/chain.md:7:28", withCode(r, "case.moved-from-invalid").get(0).pos().toString());
        List<Diagnostic> twice = withCode(r, "case.moved-from-duplicate");
        assertEquals(1, twice.size(), r.diagnostics().toString());
        assertTrue(twice.get(0).message().contains("old-one"), twice.toString());
        assertEquals("cases/third.md:6:23", withCode(r, "case.slug-reserved").get(0).pos().toString());
    }

    @Test
    void aPublicSiteHasNoRedirectToAnInternalCase() {
        kb.addCase("chain.md", FRONT + "visibility: internal\nmoved_from: [secret-old]", BODY);
        kb.addCase("open.md", "title: 公开\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\nvisibility: public\n"
                + "moved_from: [open-old]", BODY);
        Path out = dir.resolve("public");
        assertTrue(Casebook.at(kb.dir()).output(out).audience(Audience.PUBLIC).build().ok());
        assertFalse(Files.exists(out.resolve("cases/secret-old")));
        assertTrue(Files.isRegularFile(out.resolve("cases/open-old/index.html")));
    }

    @Test
    void aRenamedCaseWithoutMovedFromIsWarnedAboutOnTheRenamedFile() throws Exception {
        kb.addCase("chain.md", FRONT, BODY);
        assertTrue(Casebook.at(kb.dir()).build().ok());
        Files.move(kb.dir().resolve("cases/chain.md"), kb.dir().resolve("cases/industrial-chain.md"));

        BuildResult checked = Casebook.at(kb.dir()).check();
        assertTrue(checked.ok(), "a warning, not an error");
        Diagnostic d = withCode(checked, "case.address-lost-renamed").get(0);
        assertEquals("cases/industrial-chain.md", d.pos().file());
        assertEquals("上次构建发布的案例地址 cases/chain/index.html 将失效：标题相同的本案例现在的地址是 “industrial-chain”",
                d.message());
        assertTrue(d.hint().contains("moved_from: [chain]"), d.hint());
        assertEquals(checked.diagnostics(), Casebook.at(kb.dir()).check().diagnostics(), "the same on every run");

        kb.addCase("industrial-chain.md", FRONT + "moved_from: [chain]", BODY);
        BuildResult fixed = Casebook.at(kb.dir()).build();
        assertEquals(List.of(), fixed.diagnostics());
        assertTrue(Files.isRegularFile(kb.site().resolve("cases/chain/index.html")), "the old address leads on");
        assertEquals(List.of(), Casebook.at(kb.dir()).check().diagnostics(),
                "the redirect's old address counts as kept in the next comparison");
    }

    @Test
    void aDeletedCaseIsWarnedAboutOnThePreviousBuildsData() throws Exception {
        kb.addCase("chain.md", FRONT, BODY);
        assertTrue(Casebook.at(kb.dir()).build().ok());
        Files.delete(kb.dir().resolve("cases/chain.md"));
        BuildResult r = Casebook.at(kb.dir()).check();
        Diagnostic d = withCode(r, "case.address-lost").get(0);
        assertEquals("site/cases.json", d.pos().toString());
        assertEquals("上次构建发布的案例地址 cases/chain/index.html 将失效：本次没有 slug 为 “chain” 的案例，也没有案例在 moved_from 中列出它",
                d.message());
        assertTrue(d.hint().contains("moved_from: [chain]"), d.hint());
        assertEquals(1, r.warnings(), r.diagnostics().toString());
    }

    @Test
    void withoutAPreviousBuildNothingIsCompared() {
        kb.addCase("chain.md", FRONT, BODY);
        assertEquals(List.of(), Casebook.at(kb.dir()).check().diagnostics());
    }

    @Test
    void slugAndMovedFromAreKnownFields() {
        kb.addCase("chain.md", FRONT + "slug: chain\nmoved_from: [old]", BODY);
        BuildResult r = Casebook.at(kb.dir()).build();
        assertTrue(r.ok());
        assertTrue(withCode(r, "case.unknown-field").isEmpty());
        assertFalse(kb.read("cases/chain/index.html").contains("moved_from"), "not passed on as an extra field");
    }

    @Test
    void aTitleWithQuotesAndAngleBracketsIsMatchedThroughTheJsonEscapes() throws Exception {
        kb.addCase("chain.md", FRONT.replace("产业链党建", "“链”上<党建> \"好\" & 强"), BODY);
        assertTrue(Casebook.at(kb.dir()).build().ok());
        Files.move(kb.dir().resolve("cases/chain.md"), kb.dir().resolve("cases/chain-2.md"));
        BuildResult r = Casebook.at(kb.dir()).check();
        assertEquals("cases/chain-2.md", withCode(r, "case.address-lost-renamed").get(0).pos().file(),
                r.diagnostics().toString());
    }
}
