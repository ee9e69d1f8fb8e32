package org.casebook.audience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.cases.CaseParser;
import org.casebook.cli.Main;
import org.casebook.cases.CaseStudy;
import org.casebook.cases.SourceFile;
import org.casebook.config.ConfigLoader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.kb.KnowledgeBaseBuilder;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.testing.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Visibility and audience from casebook.yml and front matter to the model a build is made from. */
class AudienceModelTest {

    @TempDir
    Path dir;

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));

    private SiteConfig config(String extraSettings) {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN\n", "language: zh-CN\n" + extraSettings));
        return ConfigLoader.load(kb.dir(), diags).orElseThrow(() -> new AssertionError(diags.sorted()));
    }

    private CaseStudy study(String slug, String visibilityLine, String body) {
        String text = "---\ntitle: " + slug + "\npark: 洋浦\ntheme: [组织建设]\nmethod: 经验介绍\n" + visibilityLine
                + "---\n" + body;
        return new CaseParser(diags, org.casebook.testing.TestClock.TODAY).parse(new SourceFile(Path.of("/kb/cases/" + slug + ".md"), "cases/" + slug + ".md",
                text)).orElseThrow(() -> new AssertionError(diags.sorted()));
    }

    @Test
    void bothSettingsDefaultToInternal() {
        SiteConfig c = config("");
        assertEquals(Visibility.INTERNAL, c.defaultVisibility());
        assertEquals(Audience.INTERNAL, c.audience());
        SiteConfig set = config("default_visibility: public\naudience: public\n");
        assertEquals(Visibility.PUBLIC, set.defaultVisibility());
        assertEquals(Audience.PUBLIC, set.audience());
    }

    @Test
    void anUnknownSettingValueIsAnErrorAtItsValueWithAHint() {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN\n", "language: zh-CN\ndefault_visibility: Public\n"));
        assertTrue(ConfigLoader.load(kb.dir(), diags).isEmpty());
        Diagnostic d = diags.sorted().get(0);
        assertEquals("casebook.yml:4:21", d.pos().toString());
        assertEquals("field.choice", d.code());
        assertEquals("field \"default_visibility\" cannot be \"Public\"", d.message());
        assertEquals("did you mean \"public\"? choose one of: internal, public", d.hint());
    }

    @Test
    void aMisspelledSettingKeyIsAnUnknownKey() {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN\n", "language: zh-CN\naudiance: public\n"));
        assertTrue(ConfigLoader.load(kb.dir(), diags).isEmpty());
        assertEquals("config.unknown-key", diags.sorted().get(0).code());
        assertEquals("did you mean \"audience\"?", diags.sorted().get(0).hint());
    }

    @Test
    void frontMatterVisibilityIsReadAndAWrongValueIsAnError() {
        assertEquals(Optional.of(Visibility.PUBLIC), study("a", "visibility: public\n", "x\n").visibility());
        assertEquals(Optional.empty(), study("b", "", "x\n").visibility());
        Optional<CaseStudy> bad = new CaseParser(diags, org.casebook.testing.TestClock.TODAY).parse(new SourceFile(Path.of("/kb/cases/c.md"), "cases/c.md",
                "---\ntitle: c\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\nvisibility: 公开\n---\nx\n"));
        assertTrue(bad.isEmpty());
        assertEquals("cases/c.md:6:13 field.choice", diags.sorted().get(0).pos() + " " + diags.sorted().get(0).code());
    }

    @Test
    void aPublicModelHoldsNoInternalCasePassageOrTermOnlyInternalCasesUse() {
        SiteConfig c = config("");
        List<CaseStudy> studies = List.of(
                study("open", "visibility: public\n", "公开\n\n::: internal\n内部\n:::\n\n尾\n"),
                study("closed", "visibility: internal\n", "内部案例\n"),
                study("implicit", "", "默认内部\n"));
        // the only case with theme 组织建设 is made public above; give the internal one its own term
        CaseStudy points = new CaseParser(diags, org.casebook.testing.TestClock.TODAY).parse(new SourceFile(Path.of("/kb/cases/points.md"), "cases/points.md",
                "---\ntitle: p\npark: 洋浦\ntheme: 积分管理\nmethod: 经验介绍\nvisibility: internal\n---\nx\n")).orElseThrow();
        List<CaseStudy> all = new ArrayList<>(studies);
        all.add(points);
        KnowledgeBase pub = new KnowledgeBaseBuilder(c, diags, false, Audience.PUBLIC).build(all);
        assertEquals(List.of("open"), pub.cases().stream().map(Case::slug).toList());
        Case open = pub.cases().get(0);
        assertEquals("公开\n\n\n\n\n\n尾\n", open.body());
        assertFalse(open.hasInternalContent());
        assertTrue(pub.vocabulary().bySlug(TaxonomyKind.THEME, "points").isEmpty(), "term only internal cases use");
        assertTrue(pub.vocabulary().bySlug(TaxonomyKind.THEME, "member-education").isPresent(), "unused term stays");
        assertEquals(Audience.PUBLIC, pub.audience());

        KnowledgeBase internal = new KnowledgeBaseBuilder(c, diags, false, Audience.INTERNAL).build(all);
        assertEquals(4, internal.cases().size());
        Case openInside = internal.bySlug("open").orElseThrow();
        assertEquals("公开\n\n\n内部\n\n\n尾\n", openInside.body());
        assertEquals(1, openInside.internalBlocks().size());
        assertEquals(Visibility.INTERNAL, internal.bySlug("implicit").orElseThrow().visibility());
        assertEquals(List.of(), diags.sorted());
    }

    @Test
    void askingForDraftsNeverBringsAnInternalDraftIntoThePublicModel() {
        SiteConfig c = config("");
        List<CaseStudy> drafts = List.of(study("pub-draft", "visibility: public\ndraft: true\n", "x\n"),
                study("int-draft", "visibility: internal\ndraft: true\n", "x\n"));
        assertEquals(List.of("pub-draft"), new KnowledgeBaseBuilder(c, diags, true, Audience.PUBLIC).build(drafts)
                .cases().stream().map(Case::slug).toList());
        assertEquals(List.of("int-draft", "pub-draft"), new KnowledgeBaseBuilder(c, diags, true, Audience.INTERNAL)
                .build(drafts).cases().stream().map(Case::slug).sorted().toList());
        assertEquals(List.of(), new KnowledgeBaseBuilder(c, diags, false, Audience.PUBLIC).build(drafts).cases());
    }

    @Test
    void thePublicModelRefusesInternalContentWhoeverBuildsIt() {
        SiteConfig c = config("");
        KnowledgeBase internal = new KnowledgeBaseBuilder(c, diags, false, Audience.INTERNAL)
                .build(List.of(study("closed", "visibility: internal\n", "x\n")));
        assertThrows(IllegalArgumentException.class, () -> new KnowledgeBase(c, internal.cases(), Audience.PUBLIC));
    }

    @Test
    void withAPublicDefaultEveryCaseWithoutVisibilityIsWarnedAbout() {
        SiteConfig c = config("default_visibility: public\n");
        KnowledgeBase kb = new KnowledgeBaseBuilder(c, diags, false, Audience.PUBLIC).build(List.of(
                study("implicit", "", "x\n"), study("explicit", "visibility: public\n", "x\n")));
        assertEquals(2, kb.cases().size());
        List<Diagnostic> ds = diags.sorted();
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("cases/implicit.md:2:1", ds.get(0).pos().toString());
        assertEquals("case.visibility-implicit", ds.get(0).code());
        assertFalse(ds.get(0).isError());
        assertTrue(ds.get(0).hint().contains("visibility: public"));
    }

    @Test
    void theWarningIsNotGivenWhenTheDefaultIsInternal() {
        new KnowledgeBaseBuilder(config(""), diags, false).build(List.of(study("implicit", "", "x\n")));
        assertEquals(List.of(), diags.sorted());
    }

    @Test
    void theKnowledgeBaseSetsTheDefaultAudienceAndTheCallerOverridesIt() {
        TestKb kb = TestKb.create(dir);
        kb.file("casebook.yml", TestKb.CONFIG.replace("language: zh-CN\n", "language: zh-CN\naudience: public\n"));
        kb.addCase("open.md", "title: 公开\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\nvisibility: public", "公开正文\n");
        kb.addCase("closed.md", "title: 内部\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍", "内部正文\n");
        BuildResult byDefault = Casebook.at(kb.dir()).build();
        assertEquals(Optional.of(Audience.PUBLIC), byDefault.audience());
        assertEquals(1, byDefault.stats().cases());
        BuildResult overridden = Casebook.at(kb.dir()).audience(Audience.INTERNAL).build();
        assertEquals(2, overridden.stats().cases());
    }

    @Test
    void anUnknownAudienceOnTheCommandLineIsAUsageError() {
        TestKb kb = TestKb.create(dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"build", kb.dir().toString(), "--audience", "publik"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code);
        assertEquals("未知的受众 “publik”；可选：internal, public", err.toString().strip());
        assertFalse(Files.exists(kb.site()));
    }

    @Test
    void aBlockErrorFailsTheBuildAndLeavesThePreviousSite() {
        TestKb kb = TestKb.create(dir);
        kb.addCase("open.md", "title: 公开\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\nvisibility: public",
                "公开正文\n\n::: internal\n忘了结束\n");
        BuildResult r = Casebook.at(kb.dir()).audience(Audience.PUBLIC).build();
        assertFalse(r.ok());
        assertEquals("cases/open.md:11:1 block.unclosed",
                r.diagnostics().get(0).pos() + " " + r.diagnostics().get(0).code());
        assertFalse(Files.exists(kb.site()));
    }
}
