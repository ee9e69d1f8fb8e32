package org.casebook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));

    @Test
    void readsSettingsAndVocabulary() {
        SiteConfig c = ConfigLoader.load(TestKb.create(dir).dir(), diags).orElseThrow();
        assertEquals("测试经验库", c.title());
        assertEquals(3, c.vocabulary().terms(TaxonomyKind.PARK).size());
        assertEquals(SiteConfig.DEFAULT_PAGE_SIZE, c.pageSize());
        assertTrue(c.baseUrl().isEmpty());
    }

    @Test
    void unknownKeyIsAnErrorWithDidYouMean() throws Exception {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\npagesize: 10"));
        assertTrue(ConfigLoader.load(kb.dir(), diags).isEmpty());
        Diagnostic d = diags.sorted().get(0);
        assertEquals("config.unknown-key", d.code());
        assertEquals(4, d.pos().line());
        assertEquals("did you mean \"page_size\"?", d.hint());
    }

    @Test
    void organizationFooterNoteAndDateFormatAreReadAndAnImpossibleDatePatternIsAnError() throws Exception {
        TestKb kb = TestKb.create(dir);
        SiteConfig plain = ConfigLoader.load(kb.dir(), diags).orElseThrow();
        assertEquals("2025年3月27日", plain.presentation().format(java.time.LocalDate.of(2025, 3, 27)));
        assertEquals("", plain.presentation().organization());
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN",
                "language: zh-CN\norganization: 洋浦经济开发区党工委\nfooter_note: 琼ICP备12345678号\ndate_format: yyyy-MM-dd"));
        SiteConfig set = ConfigLoader.load(kb.dir(), diags).orElseThrow();
        assertEquals("洋浦经济开发区党工委", set.presentation().organization());
        assertEquals("琼ICP备12345678号", set.presentation().footerNote());
        assertEquals("2025-03-27", set.presentation().format(java.time.LocalDate.of(2025, 3, 27)));
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\ndate_format: yyyy年M月d日 HH:mm"));
        assertTrue(ConfigLoader.load(kb.dir(), diags).isEmpty());
        Diagnostic d = diags.sorted().get(0);
        assertEquals("config.date-format", d.code());
        assertEquals(4, d.pos().line());
        assertTrue(d.hint().contains("yyyy"), d.hint());
    }

    @Test
    void duplicateAliasAndBadSlugAreReported() throws Exception {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("aliases: [江东新区]", "aliases: [洋浦]")
                .replace("slug: sanya-cbd", "slug: Sanya CBD"));
        assertTrue(ConfigLoader.load(kb.dir(), diags).isEmpty());
        assertEquals(2, diags.errorCount(), diags.sorted().toString());
        assertTrue(diags.sorted().stream().anyMatch(d -> d.code().equals("config.term-name-duplicate")));
        assertTrue(diags.sorted().stream().anyMatch(d -> d.code().equals("config.term-slug")));
    }

    @Test
    void synonymsAreGroupsWithTheWordFirst() throws Exception {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\nsynonyms:\n  传帮带: [以老带新, 师带徒]\n  ESG: 环境社会治理"));
        SiteConfig c = ConfigLoader.load(kb.dir(), diags).orElseThrow();
        assertEquals(java.util.List.of(java.util.List.of("传帮带", "以老带新", "师带徒"), java.util.List.of("ESG", "环境社会治理")),
                c.synonyms());
    }

    @Test
    void badSynonymsAreReportedAtTheirLine() throws Exception {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN",
                "language: zh-CN\nsynonyms:\n  传帮带: [以老带新, 师带徒]\n  师徒: [师带徒]\n  空的: []\n  符号: [\"——\"]"));
        assertTrue(ConfigLoader.load(kb.dir(), diags).isEmpty());
        java.util.List<Diagnostic> all = diags.sorted();
        assertEquals(3, all.size(), all.toString());
        assertEquals("config.synonym-duplicate", all.get(0).code());
        assertEquals(6, all.get(0).pos().line());
        assertTrue(all.get(0).message().contains("师带徒") && all.get(0).message().contains("line 5"), all.get(0).message());
        assertEquals("config.synonyms-empty", all.get(1).code());
        assertEquals(7, all.get(1).pos().line());
        assertEquals("config.synonym-word", all.get(2).code());
        assertEquals(8, all.get(2).pos().line());
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\nsynonyms: [传帮带]"));
        Diagnostics again = new Diagnostics(Messages.forLanguage("zh-CN"));
        assertTrue(ConfigLoader.load(kb.dir(), again).isEmpty());
        assertEquals("config.expected-mapping", again.sorted().get(0).code());
    }

    @Test
    void collectionsDefaultToParksAndReadWordsKindsAndSingleTerms() throws Exception {
        TestKb kb = TestKb.create(dir);
        SiteConfig plain = ConfigLoader.load(kb.dir(), diags).orElseThrow();
        assertEquals(Collections.DEFAULT, plain.collections());
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN",
                "language: zh-CN\ncollections: [all, method, theme/organization]"));
        Collections c = ConfigLoader.load(kb.dir(), diags).orElseThrow().collections();
        assertTrue(c.all());
        assertEquals(java.util.Set.of(TaxonomyKind.METHOD), c.kinds());
        assertEquals(java.util.Set.of("theme/organization"), c.terms());
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\ncollections: []"));
        Collections none = ConfigLoader.load(kb.dir(), diags).orElseThrow().collections();
        assertTrue(!none.all() && none.kinds().isEmpty() && none.terms().isEmpty(), none.toString());
        assertEquals(0, diags.errorCount(), diags.sorted().toString());
    }

    @Test
    void anUnknownCollectionOrTermIsAnErrorAtItsColumnWithAHint() throws Exception {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN",
                "language: zh-CN\ncollections: [parks, theme/organisation, method/nothing-like-it]"));
        assertTrue(ConfigLoader.load(kb.dir(), diags).isEmpty());
        var all = diags.sorted();
        assertEquals(3, all.size(), all.toString());
        assertEquals("config.collection", all.get(0).code());
        assertEquals(4, all.get(0).pos().line());
        assertEquals(15, all.get(0).pos().column());
        assertTrue(all.get(0).hint().startsWith("did you mean \"park\"?"), all.get(0).hint());
        assertEquals("config.collection-term", all.get(1).code());
        assertEquals(22, all.get(1).pos().column());
        assertEquals("did you mean \"theme/organization\"?", all.get(1).hint());
        assertEquals("config.collection-term", all.get(2).code());
        assertTrue(all.get(2).hint().contains("experience, online-sharing, onsite-meeting"), all.get(2).hint());
    }

    @Test
    void missingFileNamesTheFolder() throws Exception {
        assertTrue(ConfigLoader.load(Files.createDirectories(dir.resolve("empty")), diags).isEmpty());
        assertEquals("config.missing", diags.sorted().get(0).code());
    }
}
