package org.casebook.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.cases.CaseStudy;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/** A case whose park, theme and method values are resolved to canonical terms. */
public record Case(
        String slug,
        String file,
        String title,
        List<Term> parks,
        List<Term> themes,
        List<Term> methods,
        Optional<LocalDate> date,
        String summary,
        String unit,
        List<String> keywords,
        boolean draft,
        Map<String, String> extra,
        String body,
        int bodyLine) {

    public Case {
        parks = List.copyOf(parks);
        themes = List.copyOf(themes);
        methods = List.copyOf(methods);
        keywords = List.copyOf(keywords);
        extra = Map.copyOf(extra);
    }

    static Case of(CaseStudy s, List<Term> parks, List<Term> themes, List<Term> methods) {
        return new Case(s.slug(), s.file(), s.title(), parks, themes, methods, s.date(), s.summary(), s.unit(),
                s.keywords(), s.draft(), s.extra(), s.body(), s.bodyLine());
    }

    public List<Term> terms(TaxonomyKind kind) {
        return switch (kind) {
            case PARK -> parks;
            case THEME -> themes;
            case METHOD -> methods;
        };
    }

    /** Where the case's page lives, relative to the site root. */
    public String path() {
        return "cases/" + slug + "/index.html";
    }
}
