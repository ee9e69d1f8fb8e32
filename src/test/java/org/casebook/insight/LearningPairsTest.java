package org.casebook.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.testing.FrontMatterOracle;
import org.casebook.testing.LearningFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningPairsTest {

    @TempDir
    Path dir;

    private static List<String> slugs(List<Term> terms) {
        return terms.stream().map(Term::slug).toList();
    }

    @Test
    void leadersAndParksWithoutCasesPerTheme() {
        LearningFixture.copy(dir);
        LearningPairs pairs = LearningPairs.of(LearningFixture.knowledgeBase(dir));
        List<LearningPairs.ThemePairs> byTheme = pairs.byTheme();
        assertEquals(List.of("organization", "member-education", "points", "smart"),
                byTheme.stream().map(p -> p.theme().slug()).toList());
        // equal counts keep the order of casebook.yml
        assertEquals(List.of("yangpu", "jiangdong", "sanya-cbd"), slugs(byTheme.get(0).leaders().stream().map(LearningPairs.ParkCount::park).toList()));
        assertEquals(List.of("lingao"), slugs(byTheme.get(0).without()));
        assertEquals(List.of("yangpu"), slugs(byTheme.get(2).leaders().stream().map(LearningPairs.ParkCount::park).toList()));
        assertEquals(2, byTheme.get(2).leaders().get(0).count());
        assertEquals(List.of("jiangdong", "sanya-cbd", "lingao"), slugs(byTheme.get(2).without()));
        assertEquals(List.of("yangpu", "sanya-cbd", "lingao"), slugs(byTheme.get(3).without()));
    }

    @Test
    void aParkLearnsItsMissingThemesFromParksThatHaveThem() {
        LearningFixture.copy(dir);
        KnowledgeBase kb = LearningFixture.knowledgeBase(dir);
        LearningPairs pairs = LearningPairs.of(kb);
        Term yangpu = kb.vocabulary().bySlug(TaxonomyKind.PARK, "yangpu").orElseThrow();
        List<LearningPairs.Gap> gaps = pairs.gapsOf(yangpu);
        assertEquals(1, gaps.size());
        assertEquals("smart", gaps.get(0).theme().slug());
        assertEquals("jiangdong", gaps.get(0).teachers().get(0).park().slug());
        assertEquals(List.of("jiangdong-cloud"), gaps.get(0).teachers().get(0).cases().stream().map(Case::slug).toList());

        Term lingao = kb.vocabulary().bySlug(TaxonomyKind.PARK, "lingao").orElseThrow();
        assertEquals(List.of("organization", "member-education", "points", "smart"),
                pairs.gapsOf(lingao).stream().map(g -> g.theme().slug()).toList(),
                "a park whose only case is a draft has every theme to learn");
    }

    @Test
    void agreesWithTheFrontMatter() {
        LearningFixture.copy(dir);
        KnowledgeBase kb = LearningFixture.knowledgeBase(dir);
        FrontMatterOracle oracle = new FrontMatterOracle(dir);
        LearningPairs pairs = LearningPairs.of(kb);
        for (LearningPairs.ThemePairs p : pairs.byTheme()) {
            String theme = p.theme().slug();
            for (String park : oracle.slugs("park")) {
                int n = oracle.count("park", park, "theme", theme);
                assertEquals(n == 0, slugs(p.without()).contains(park), park + " / " + theme);
            }
            int best = oracle.slugs("park").stream().mapToInt(park -> oracle.count("park", park, "theme", theme)).max().orElse(0);
            if (best > 0) {
                assertEquals(best, p.leaders().get(0).count(), theme);
            }
            for (int i = 1; i < p.leaders().size(); i++) {
                assertTrue(p.leaders().get(i - 1).count() >= p.leaders().get(i).count(), "leaders sorted by count");
            }
        }
    }
}
