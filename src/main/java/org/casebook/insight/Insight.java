package org.casebook.insight;

import java.util.List;
import java.util.function.Function;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.taxonomy.TaxonomyKind;

/**
 * Everything the cross-case pages need, computed once per build.
 *
 * @param coverage the place (parks) against each other kind, in {@link TaxonomyKind} order
 */
public record Insight(List<CoverageMatrix> coverage, LearningPairs pairs, RelatedCases related) {

    public Insight {
        coverage = List.copyOf(coverage);
    }

    /** @param text a case's body as plain text, for related-case similarity */
    public static Insight of(KnowledgeBase kb, Function<Case, String> text) {
        List<CoverageMatrix> coverage = TaxonomyKind.besidesPlace().stream()
                .map(kind -> CoverageMatrix.of(kb, TaxonomyKind.place(), kind)).toList();
        return new Insight(coverage, LearningPairs.of(kb), RelatedCases.of(kb, text));
    }
}
