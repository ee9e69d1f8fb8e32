package org.casebook.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebook.cases.CaseParser;
import org.casebook.cases.CaseStudy;
import org.casebook.cases.SourceReader;
import org.casebook.config.ConfigLoader;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.kb.KnowledgeBaseBuilder;
import org.casebook.testing.LearningFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedCasesTest {

    @TempDir
    Path dir;

    /** The fixture with its draft included, as a preview build sees it. */
    private KnowledgeBase withDrafts(boolean reversed) {
        Path kbDir = dir.resolve(reversed ? "reversed" : "forward");
        LearningFixture.copy(kbDir);
        Diagnostics diags = new Diagnostics(Messages.forLanguage("zh-CN"));
        SourceReader reader = new SourceReader(kbDir, diags);
        CaseParser parser = new CaseParser(diags, org.casebook.testing.TestClock.TODAY);
        List<CaseStudy> studies = new ArrayList<>(reader.list().stream().map(reader::read).flatMap(Optional::stream)
                .map(parser::parse).flatMap(Optional::stream).toList());
        if (reversed) {
            java.util.Collections.reverse(studies);
        }
        return new KnowledgeBaseBuilder(ConfigLoader.load(kbDir, diags).orElseThrow(), diags, true).build(studies);
    }

    private static List<String> slugs(List<Case> cases) {
        return cases.stream().map(Case::slug).toList();
    }

    @Test
    void neverItselfNeverADraftAtMostTheLimit() {
        KnowledgeBase kb = withDrafts(false);
        assertTrue(kb.cases().stream().anyMatch(Case::draft), "the fixture has a draft");
        RelatedCases related = RelatedCases.of(kb, c -> c.body());
        for (Case c : kb.cases()) {
            List<Case> r = related.of(c.slug());
            assertFalse(slugs(r).contains(c.slug()), c.slug());
            assertTrue(r.stream().noneMatch(Case::draft), c.slug());
            assertTrue(r.size() <= RelatedCases.LIMIT);
            assertEquals(r.size(), r.stream().distinct().count());
        }
        // the draft itself still gets published suggestions
        assertFalse(related.of("lingao-draft").isEmpty());
    }

    @Test
    void sharedThemeMethodAndKeywordRankFirst() {
        RelatedCases related = RelatedCases.of(withDrafts(false), c -> c.body());
        // same theme (组织建设), same method (经验介绍) and the keyword 产业链党委
        assertEquals("jiangdong-alliance", related.of("yangpu-chain").get(0).slug());
        // the two night schools share theme, method and text
        assertEquals("joint-night-school", related.of("yangpu-school").get(0).slug());
    }

    @Test
    void orderIsStableWhateverTheFileOrder() {
        RelatedCases a = RelatedCases.of(withDrafts(false), c -> c.body());
        KnowledgeBase reversed = withDrafts(true);
        RelatedCases b = RelatedCases.of(reversed, c -> c.body());
        for (Case c : reversed.cases()) {
            assertEquals(slugs(a.of(c.slug())), slugs(b.of(c.slug())), c.slug());
        }
    }

    /**
     * Features kept from the first pass, or extracted again in the second (past the memory budget, or
     * with a count a byte cannot hold), relate the same cases: on cases related by their text alone,
     * with repeated phrases so that counts reach past 127 and past 255.
     */
    @Test
    void sameWhateverTheFeaturesKept() {
        java.util.Random random = new java.util.Random(7);
        String han = "党建园区企业服务组织教育积分清单产业链平台党员联盟夜校驿站流动智慧共建共治创新保障制度机制书记支部委员会龘龥";
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder body = new StringBuilder();
            for (int j = 0; j < 400; j++) {
                body.append(han.charAt(random.nextInt(han.length())));
            }
            // a phrase repeated 100 to 299 times weighs in by its count
            body.append((han.substring(random.nextInt(han.length() - 3)).substring(0, 3) + "。").repeat(100 + i % 200));
            body.append(" Latin words ").append("w").append(random.nextInt(40));
            cases.add(new Case("c" + i, "cases/c" + i + ".md", "案例" + i, java.util.Map.of(),
                    Optional.of(java.time.LocalDate.of(2020, 1, 1).plusDays(i)), "", "", List.of(), i % 37 == 0,
                    java.util.Map.of(), body.toString(), 1, org.casebook.audience.Visibility.PUBLIC, List.of()));
        }
        KnowledgeBase kb = new KnowledgeBase(withDrafts(false).config(), cases);
        RelatedCases again = RelatedCases.of(kb, c -> c.body(), 0);
        RelatedCases kept = RelatedCases.of(kb, c -> c.body(), Long.MAX_VALUE);
        // room for the features of about a third of the cases (some 400 each)
        RelatedCases some = RelatedCases.of(kb, c -> c.body(), 100 * KeptFeatures.bytes(400, 0));
        int related = 0;
        for (Case c : kb.cases()) {
            assertEquals(slugs(again.of(c.slug())), slugs(kept.of(c.slug())), c.slug());
            assertEquals(slugs(again.of(c.slug())), slugs(some.of(c.slug())), c.slug());
            related += again.of(c.slug()).size();
        }
        assertEquals(RelatedCases.LIMIT * kb.cases().size(), related, "every case related by its text");
    }
}
