package org.casebook.insight;

import java.util.function.Function;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.taxonomy.TaxonomyKind;

/** Everything the cross-case pages need, computed once per build. */
public record Insight(CoverageMatrix parkTheme, CoverageMatrix parkMethod, LearningPairs pairs, RelatedCases related) {

    /** @param text a case's body as plain text, for related-case similarity */
    public static Insight of(KnowledgeBase kb, Function<Case, String> text) {
        return new Insight(CoverageMatrix.of(kb, TaxonomyKind.PARK, TaxonomyKind.THEME),
                CoverageMatrix.of(kb, TaxonomyKind.PARK, TaxonomyKind.METHOD),
                LearningPairs.of(kb), RelatedCases.of(kb, text));
    }
}
