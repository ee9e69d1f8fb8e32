package org.casebook.kb;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.audience.Visibility;
import org.casebook.cases.CaseStudy;
import org.casebook.cases.InternalBlock;
import org.casebook.cases.InternalBlocks;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * A case whose taxonomy values are resolved to canonical terms (per {@link TaxonomyKind}), as one audience may
 * see it: in a public build {@code body} no longer holds internal passages and {@code internalBlocks}
 * is empty; in an internal build the passages stay (their fence lines blank) and
 * {@code internalBlocks} says where they are, for marking.
 */
public record Case(
        String slug,
        String file,
        String title,
        Map<TaxonomyKind, List<Term>> terms,
        Optional<LocalDate> date,
        String summary,
        String unit,
        List<String> keywords,
        boolean draft,
        Map<String, String> extra,
        String body,
        int bodyLine,
        Visibility visibility,
        List<InternalBlock> internalBlocks,
        List<String> movedFrom) {

    public Case {
        terms = termsByKind(terms);
        keywords = List.copyOf(keywords);
        extra = Map.copyOf(extra);
        internalBlocks = List.copyOf(internalBlocks);
        movedFrom = List.copyOf(movedFrom);
    }

    /** A case without earlier addresses. */
    public Case(String slug, String file, String title, Map<TaxonomyKind, List<Term>> terms, Optional<LocalDate> date, String summary, String unit, List<String> keywords, boolean draft,
            Map<String, String> extra, String body, int bodyLine, Visibility visibility,
            List<InternalBlock> internalBlocks) {
        this(slug, file, title, terms, date, summary, unit, keywords, draft, extra, body, bodyLine,
                visibility, internalBlocks, List.of());
    }

    /** The case as the internal site shows it: everything, internal passages still marked. */
    static Case of(CaseStudy s, Map<TaxonomyKind, List<Term>> terms, Visibility visibility) {
        return new Case(s.slug(), s.file(), s.title(), terms, s.date(), s.summary(), s.unit(),
                s.keywords(), s.draft(), s.extra(),
                InternalBlocks.withoutFences(s.body(), s.bodyLine(), s.internalBlocks()), s.bodyLine(),
                visibility, s.internalBlocks(), s.movedFrom().stream().map(CaseStudy.Written::text).toList());
    }

    /** The case with its internal passages blanked out: what the public site may show of a public case. */
    Case withoutInternalPassages() {
        if (internalBlocks.isEmpty()) {
            return this; // nothing to strip; the very same case lets the preview skip it by identity
        }
        return new Case(slug, file, title, terms, date, summary, unit, keywords, draft, extra,
                InternalBlocks.withoutPassages(body, bodyLine, internalBlocks), bodyLine, visibility, List.of(),
                movedFrom);
    }

    /**
     * The case without its Markdown source: what a build keeps once the body is rendered, since every
     * output reads the rendered body, and a large knowledge base's sources would fill the heap.
     */
    public Case withoutSource() {
        if (body.isEmpty()) {
            return this;
        }
        return new Case(slug, file, title, terms, date, summary, unit, keywords, draft, extra, "", bodyLine,
                visibility, internalBlocks, movedFrom);
    }

    /** Whether anything of this case is for internal eyes only. */
    public boolean hasInternalContent() {
        return visibility == Visibility.INTERNAL || !internalBlocks.isEmpty();
    }

    /** The case's terms of one kind, in the order written (none when the kind was left empty). */
    public List<Term> terms(TaxonomyKind kind) {
        return terms.get(kind);
    }

    /** Every kind, in {@link TaxonomyKind} order, to an immutable list (empty when none); nothing else. */
    private static Map<TaxonomyKind, List<Term>> termsByKind(Map<TaxonomyKind, List<Term>> given) {
        Map<TaxonomyKind, List<Term>> out = new EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            out.put(kind, List.copyOf(given.getOrDefault(kind, List.of())));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Where the case's page lives, relative to the site root. */
    public String path() {
        return "cases/" + slug + "/index.html";
    }
}
