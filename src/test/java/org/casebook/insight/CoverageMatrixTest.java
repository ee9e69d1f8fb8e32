package org.casebook.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.casebook.kb.KnowledgeBase;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.testing.FrontMatterOracle;
import org.casebook.testing.LearningFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageMatrixTest {

    @TempDir
    Path dir;

    @Test
    void everyCellAgreesWithTheFrontMatter() {
        LearningFixture.copy(dir);
        KnowledgeBase kb = LearningFixture.knowledgeBase(dir);
        FrontMatterOracle oracle = new FrontMatterOracle(dir);
        for (TaxonomyKind columns : List.of(TaxonomyKind.THEME, TaxonomyKind.METHOD)) {
            CoverageMatrix m = CoverageMatrix.of(kb, TaxonomyKind.PARK, columns);
            assertEquals(oracle.slugs("park"), m.rows().stream().map(Term::slug).toList());
            assertEquals(oracle.slugs(columns.key()), m.columns().stream().map(Term::slug).toList());
            for (int i = 0; i < m.rows().size(); i++) {
                for (int j = 0; j < m.columns().size(); j++) {
                    assertEquals(oracle.count("park", m.rows().get(i).slug(), columns.key(), m.columns().get(j).slug()),
                            m.count(i, j), m.rows().get(i).slug() + " × " + m.columns().get(j).slug());
                }
            }
        }
    }

    @Test
    void countsMultiParkCasesInEveryRowAndLeavesDraftsOut() {
        LearningFixture.copy(dir);
        CoverageMatrix m = CoverageMatrix.of(LearningFixture.knowledgeBase(dir), TaxonomyKind.PARK, TaxonomyKind.THEME);
        // rows: yangpu, jiangdong, sanya-cbd, lingao; columns: organization, member-education, points, smart
        assertEquals(List.of(1, 1, 2, 0), m.row(0));
        assertEquals(List.of(1, 1, 0, 1), m.row(1));
        assertEquals(List.of(1, 1, 0, 0), m.row(2));
        assertEquals(List.of(0, 0, 0, 0), m.row(3), "the only lingao case is a draft");
        assertEquals(2, m.max());
        assertEquals(8, m.gaps());
    }
}
