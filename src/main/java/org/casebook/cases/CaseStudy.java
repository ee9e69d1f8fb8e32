package org.casebook.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.audience.Visibility;
import org.casebook.diag.SourcePos;
import org.casebook.taxonomy.TaxonomyKind;

/**
 * A parsed case file, before its taxonomy values are checked against the vocabulary.
 *
 * @param terms      what the contributor wrote for park/theme/method, each with its position
 * @param extra      front matter fields beyond the contract, passed to templates as text
 * @param bodyLine   the file line on which the Markdown body starts
 * @param visibility what the front matter says, empty when it says nothing (the knowledge base's
 *                   default then applies)
 * @param internalBlocks the internal-only passages of the body, by file line
 * @param titlePos   where the title was written, for messages about it (a duplicate title, say)
 * @param slugPos    where the slug came from: the {@code slug:} value, or the file itself when its name gives it
 * @param movedFrom  the case's earlier slugs ({@code moved_from:}), each keeping its old address alive
 */
public record CaseStudy(
        SourceFile source,
        String slug,
        String title,
        Map<TaxonomyKind, List<Written>> terms,
        Optional<LocalDate> date,
        String summary,
        String unit,
        List<String> keywords,
        boolean draft,
        Map<String, String> extra,
        String body,
        int bodyLine,
        Optional<Visibility> visibility,
        List<InternalBlock> internalBlocks,
        SourcePos titlePos,
        SourcePos slugPos,
        List<Written> movedFrom) {

    public CaseStudy {
        internalBlocks = List.copyOf(internalBlocks);
        movedFrom = List.copyOf(movedFrom);
    }

    /** A case whose slug is its file name and that has no earlier addresses. */
    public CaseStudy(SourceFile source, String slug, String title, Map<TaxonomyKind, List<Written>> terms,
            Optional<LocalDate> date, String summary, String unit, List<String> keywords, boolean draft,
            Map<String, String> extra, String body, int bodyLine, Optional<Visibility> visibility,
            List<InternalBlock> internalBlocks, SourcePos titlePos) {
        this(source, slug, title, terms, date, summary, unit, keywords, draft, extra, body, bodyLine, visibility,
                internalBlocks, titlePos, SourcePos.of(source.relPath()), List.of());
    }

    /** The visibility that applies: the written one, else the knowledge base's default. */
    public Visibility visibility(Visibility kbDefault) {
        return visibility.orElse(kbDefault);
    }

    /** A value as written in the front matter, with where it was written. */
    public record Written(String text, int line, int column) {
    }

    public String file() {
        return source.relPath();
    }
}
