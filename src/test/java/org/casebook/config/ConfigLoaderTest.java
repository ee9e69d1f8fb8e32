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

    /** {@code page_size:} with nothing after it was reported as 应为正整数，实际是 “”. */
    @Test
    void aNumberLeftEmptyIsToldAsEmptyWithTheDefaultWrittenOut() throws Exception {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\npage_size:"));
        ConfigLoader.load(kb.dir(), diags);
        Diagnostic d = diags.sorted().get(0);
        assertEquals("field.empty-positive-int", d.code());
        assertEquals(4, d.pos().line());
        assertTrue(d.hint().contains("page_size: " + SiteConfig.DEFAULT_PAGE_SIZE), d.hint());
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

    private java.util.List<Diagnostic> problems(String config) {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", config);
        Diagnostics zh = new Diagnostics(Messages.forLanguage("zh-CN"));
        assertTrue(ConfigLoader.load(kb.dir(), zh).isEmpty(), config);
        return zh.sorted();
    }

    private static String shown(java.util.List<Diagnostic> ds) {
        return String.join("\n", ds.stream().map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.code() + " "
                + d.message()).toList());
    }

    /**
     * A list or a mapping where text belongs, or text where a list belongs, is one error at the value,
     * saying what was found: not a second error about the setting being missing, nor one quoting "".
     */
    @Test
    void aValueOfTheWrongShapeIsOneErrorSayingWhatWasFound() {
        assertEquals("1:8 field.expected-text 字段 “title” 应为文本，实际是 列表",
                shown(problems(TestKb.CONFIG.replace("title: 测试经验库", "title: [测试, 经验库]"))));
        assertEquals("7:13 field.expected-text 字段 “slug” 应为文本，实际是 列表",
                shown(problems(TestKb.CONFIG.replace("slug: yangpu", "slug: [yangpu]"))));
        assertEquals("7:9 field.expected-text 字段 “name” 应为文本，实际是 键值对（映射）",
                shown(problems(TestKb.CONFIG.replace("- name: 洋浦经济开发区", "- name:\n        全称: 洋浦经济开发区"))));
        assertEquals("15:10 config.terms-list 词表 “theme” 应为非空列表，每项包含 name、slug，可选 aliases，实际是 文本",
                shown(problems(TestKb.CONFIG.replaceFirst("  theme:\n(    .*\n)*", "  theme: 组织建设\n"))));
        assertEquals("6:7 config.term-mapping 词表 “park” 的每一项应包含 name 和 slug，实际是 文本",
                shown(problems(TestKb.CONFIG.replace("    - name: 洋浦经济开发区\n      slug: yangpu\n      aliases: [洋浦, 洋浦开发区]\n",
                        "    - 洋浦经济开发区\n"))));
        assertEquals("6:7 config.term-slug-missing 词条 “洋浦经济开发区” 没有写 slug",
                shown(problems(TestKb.CONFIG.replace("      slug: yangpu\n", ""))));
        String synonyms = TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\nsynonyms:\n  传帮带:\n    以老带新: 师带徒");
        java.util.List<Diagnostic> one = problems(synonyms);
        assertEquals("6:5 field.expected-list 字段 “传帮带” 应为文本或列表，实际是 键值对（映射）", shown(one));
        assertTrue(one.get(0).hint().contains("传帮带: ["), one.get(0).hint());
    }

    @Test
    void everyWrongShapeHintSaysHowToWriteItInstead() {
        for (String config : java.util.List.of(
                TestKb.CONFIG.replace("title: 测试经验库", "title: [测试, 经验库]"),
                TestKb.CONFIG.replace("title: 测试经验库", "title:\n  名称: 测试经验库"),
                TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\nextra_fields:\n  reviewer: 审核人"),
                TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\ncollections: [[park]]"),
                TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\nsynonyms: [传帮带]"),
                TestKb.CONFIG.replace("language: zh-CN", "language: zh-CN\nextra: 琼ICP备12345678号"),
                TestKb.CONFIG.replaceFirst("  theme:\n(    .*\n)*", "  theme:\n"))) {
            java.util.List<Diagnostic> ds = problems(config);
            assertEquals(1, ds.size(), shown(ds));
            assertTrue(ds.get(0).message().contains("实际是 "), shown(ds));
            assertTrue(!ds.get(0).hint().isBlank(), shown(ds));
        }
    }

    @Test
    void oneAliasWrittenAsTextIsAcceptedAndAliasesAfterAWrongItemAreToldAtTheirOwnPlace() {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("aliases: [洋浦, 洋浦开发区]", "aliases: 洋浦"));
        SiteConfig c = ConfigLoader.load(kb.dir(), diags).orElseThrow(() -> new AssertionError(diags.sorted()));
        assertEquals(java.util.List.of("洋浦"), c.vocabulary().terms(TaxonomyKind.PARK).get(0).aliases());
        java.util.List<Diagnostic> ds = problems(TestKb.CONFIG.replace("aliases: [洋浦, 洋浦开发区]",
                "aliases: [{简称: 洋浦}, 洋浦开发区, 洋浦开发区]"));
        assertEquals("8:17 field.expected-text-item 字段 “aliases” 的列表项应为文本，实际是 键值对（映射）\n"
                + "8:34 config.term-name-duplicate 名称或别名 “洋浦开发区” 与第 8 行重复", shown(ds));
    }

    @Test
    void englishNamesWhatWasFoundWithOneArticle() {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("title: 测试经验库", "title: [a, b]"));
        assertTrue(ConfigLoader.load(kb.dir(), diags).isEmpty());
        assertEquals("field \"title\" must be text, found a list", diags.sorted().get(0).message());
    }
}
