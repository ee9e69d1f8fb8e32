package org.casebook.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.taxonomy.TaxonomyKind;
import org.junit.jupiter.api.Test;

class CaseParserTest {

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));

    private Optional<CaseStudy> parse(String text) {
        return new CaseParser(diags, org.casebook.testing.TestClock.TODAY).parse(new SourceFile(Path.of("/kb/cases/yangpu/chain.md"), "cases/yangpu/chain.md", text));
    }

    @Test
    void readsTheContractFields() {
        CaseStudy c = parse("""
                ---
                title: 以产业链党组织推动全覆盖
                park: 洋浦
                theme: [组织建设, 服务企业]
                method: [经验介绍]
                date: 2024-03-15
                summary: 摘要
                unit: 党工委
                keywords: [产业链党委, 大党委]
                draft: false
                source: 内部材料
                ---

                正文
                """).orElseThrow();
        assertEquals("chain", c.slug());
        assertEquals("以产业链党组织推动全覆盖", c.title());
        assertEquals("洋浦", c.terms().get(TaxonomyKind.PARK).get(0).text());
        assertEquals(4, c.terms().get(TaxonomyKind.THEME).get(1).line());
        assertEquals(LocalDate.of(2024, 3, 15), c.date().orElseThrow());
        assertEquals("内部材料", c.extra().get("source"));
        assertFalse(c.draft());
        assertEquals(13, c.bodyLine());
        assertTrue(c.body().contains("正文"));
    }

    @Test
    void impossibleDateIsAnErrorNotTheNextMonth() {
        // the case is still returned so that its terms and links are checked in the same run
        assertTrue(parse("---\ntitle: t\npark: p\ntheme: t\nmethod: m\ndate: 2024-02-30\n---\nbody\n").isPresent());
        assertEquals(1, diags.errorCount());
        var d = diags.sorted().get(0);
        assertEquals("case.date-impossible", d.code());
        assertEquals(6, d.pos().line());
        assertEquals(7, d.pos().column());
    }

    @Test
    void reportsEveryMissingFieldAndTheEmptyBodyInOneRun() {
        assertTrue(parse("---\ntitle: t\n---\n\n").isPresent());
        assertEquals(3, diags.errorCount(), diags.sorted().toString()); // park, theme, method
        // an empty body is a warning: the rest of the site still builds
        assertEquals(1, diags.warningCount(), diags.sorted().toString());
        assertTrue(diags.sorted().stream().anyMatch(d -> d.code().equals("case.empty-body") && !d.isError()));
        // a missing field is reported on the closing ---, the line before which it is to be added
        assertEquals(3, diags.sorted().get(0).pos().line());
    }

    @Test
    void missingFrontMatterIsExplained() {
        assertTrue(parse("# 标题\n正文").isEmpty());
        assertEquals("case.no-front-matter", diags.sorted().get(0).code());
    }

    @Test
    void blankLinesBeforeTheFenceAndSpacesAfterItAreTakenAsMeant() {
        Optional<CaseStudy> c = parse("\n\n---\u3000 \ntitle: 标题\npark：洋浦\ntheme: 组织建设\nmethod: 经验介绍\n--- \n\n正文。\n");
        assertTrue(c.isPresent(), diags.sorted().toString());
        assertEquals("标题", c.get().title());
        // the front matter's lines keep their numbers: the full-width colon is on line 5
        assertEquals(1, diags.errorCount(), diags.sorted().toString());
        assertEquals(5, diags.sorted().get(0).pos().line());
    }

    @Test
    void dashesOfAChineseInputMethodAreNamedWhereTheyAre() {
        assertTrue(parse("---\ntitle: t\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\n——\n\n正文。").isEmpty());
        assertEquals("case.fence-ime", diags.sorted().get(0).code());
        assertEquals(6, diags.sorted().get(0).pos().line());
    }
}
