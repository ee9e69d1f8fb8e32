package org.casebook.kb;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.audience.Audience;
import org.casebook.audience.Visibility;
import org.casebook.cases.CaseStudy;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Severity;
import org.casebook.diag.SourcePos;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.taxonomy.TermNames;
import org.casebook.taxonomy.Vocabulary;

/**
 * Resolves every written park/theme/method value to its canonical term, checks what only the whole
 * collection can show (duplicate slugs, reserved slugs), leaves drafts out unless asked for, and
 * makes the model for one audience: a public model has no internal case, no internal passage and no
 * term that only internal cases use, so no page, index, feed or count made from it can show them.
 */
public final class KnowledgeBaseBuilder {

    /** Names the generated site uses at its root, and names Windows refuses as files. */
    public static final Set<String> RESERVED_SLUGS = Stream.concat(TaxonomyKind.keys().stream(), Stream.of("index",
            "search", "assets", "cases", "files", "embed", "print", "feeds", "stats", "matrix", "guide", "404", "con",
            "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2",
            "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9")).collect(Collectors.toUnmodifiableSet());

    private final SiteConfig config;
    private final Diagnostics diags;
    private final boolean includeDrafts;
    private final Audience audience;

    /** A builder for the knowledge base's default audience ({@code audience} in casebook.yml). */
    public KnowledgeBaseBuilder(SiteConfig config, Diagnostics diags, boolean includeDrafts) {
        this(config, diags, includeDrafts, config.audience());
    }

    public KnowledgeBaseBuilder(SiteConfig config, Diagnostics diags, boolean includeDrafts, Audience audience) {
        this.config = config;
        this.diags = diags;
        this.includeDrafts = includeDrafts;
        this.audience = audience;
    }

    public KnowledgeBase build(List<CaseStudy> studies) {
        return build(studies, new Memo());
    }

    /**
     * What resolving one parsed case gave: the case and the diagnostics on the way. Kept by a caller
     * that rebuilds often (the preview) so that unchanged cases are not resolved again.
     */
    public static final class Memo {
        private record Resolved(Optional<Case> resolved, List<org.casebook.diag.Diagnostic> diagnostics,
                String titleKey) {
        }

        private Map<CaseStudy, Resolved> byStudy = new java.util.IdentityHashMap<>();
        private Map<CaseStudy, Resolved> next = new java.util.IdentityHashMap<>();

        private Resolved get(CaseStudy s, java.util.function.Function<CaseStudy, Resolved> make) {
            Resolved r = byStudy.get(s);
            if (r == null) {
                r = make.apply(s);
            }
            next.put(s, r);
            return r;
        }

        /** Forgets the cases not seen since the last call: each build keeps only what it used. */
        private void roll() {
            byStudy = next;
            next = new java.util.IdentityHashMap<>();
        }
    }

    /** Builds the model, resolving only the studies {@code memo} has not seen (by identity). */
    public KnowledgeBase build(List<CaseStudy> studies, Memo memo) {
        List<Case> cases = new ArrayList<>();
        Map<String, CaseStudy> slugs = new HashMap<>();
        Map<String, CaseStudy> titles = new HashMap<>();
        for (CaseStudy s : studies) {
            Memo.Resolved r = memo.get(s, study -> {
                Diagnostics own = new Diagnostics(diags.messages());
                Optional<Case> c = new KnowledgeBaseBuilder(config, own, includeDrafts, audience).resolve(study);
                return new Memo.Resolved(c, own.sorted(), TermNames.normalise(study.title()));
            });
            CaseStudy sameTitle = s.title().isBlank() ? null : titles.putIfAbsent(r.titleKey(), s);
            if (sameTitle != null) {
                diags.warning(s.titlePos(), "case.title-duplicate", s.title(), sameTitle.file());
            }
            // a case without an address of its own is left out, but its other problems are told all the
            // same: an officer renames the file and should not meet them one run later
            diags.addAll(r.diagnostics());
            if (!Term.isValidSlug(s.slug())) {
                diags.error(s.slugPos(), "case.slug-invalid", s.slug(),
                        SlugSuggestion.suggest(s, config.vocabulary(), takenSlugs(studies)));
                continue;
            }
            if (RESERVED_SLUGS.contains(s.slug())) {
                diags.error(s.slugPos(), "case.slug-reserved", s.slug());
                continue;
            }
            CaseStudy first = slugs.putIfAbsent(s.slug().toLowerCase(Locale.ROOT), s);
            if (first != null) {
                duplicateSlug(s, first);
                continue;
            }
            warnIfImplicitlyPublic(s);
            r.resolved().ifPresent(cases::add);
        }
        memo.roll();
        MovedAddresses.check(studies, diags);
        return forAudience(cases);
    }

    private static Set<String> takenSlugs(List<CaseStudy> studies) {
        Set<String> taken = new HashSet<>();
        studies.forEach(s -> taken.add(s.slug().toLowerCase(Locale.ROOT)));
        return taken;
    }

    /**
     * Keeps what this audience may see. Terms of withheld cases are collected from drafts too: a
     * term only an internal draft uses is no less internal.
     */
    private KnowledgeBase forAudience(List<Case> resolved) {
        List<Case> shown = new ArrayList<>();
        Set<Term> withheldTerms = new HashSet<>();
        for (Case c : resolved) {
            boolean visible = audience.sees(c.visibility());
            if (visible && (!c.draft() || includeDrafts)) {
                shown.add(audience == Audience.PUBLIC ? c.withoutInternalPassages() : c);
            } else if (!visible) {
                addTerms(c, withheldTerms);
            }
        }
        if (audience == Audience.INTERNAL) {
            return new KnowledgeBase(config, shown, audience);
        }
        if (!withheldTerms.isEmpty()) {
            // the shown cases' terms are collected only when there is something to withhold (the preview
            // builds this model on every save)
            Set<Term> shownTerms = new HashSet<>();
            shown.forEach(c -> addTerms(c, shownTerms));
            withheldTerms.removeAll(shownTerms);
        }
        Map<TaxonomyKind, List<Term>> kept = new EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            kept.put(kind, config.vocabulary().terms(kind).stream().filter(t -> !withheldTerms.contains(t)).toList());
        }
        return new KnowledgeBase(config.withVocabulary(new Vocabulary(kept)), shown, audience);
    }

    private static void addTerms(Case c, Set<Term> into) {
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            into.addAll(c.terms(kind));
        }
    }

    /** With a public default, publishing must still be a decision made case by case. */
    /**
     * Two cases with one slug. When a {@code slug:} line gives it (copied with a case, most often),
     * each such line is told, naming the other file, since either may be the copy; two file names
     * alike are told at the later file.
     */
    private void duplicateSlug(CaseStudy later, CaseStudy first) {
        boolean laterWritten = later.slugPos().line() > 0;
        boolean firstWritten = first.slugPos().line() > 0;
        if (!laterWritten && !firstWritten) {
            diags.error(later.slugPos(), "case.slug-duplicate", later.slug(), first.file());
            return;
        }
        if (laterWritten) {
            diags.error(later.slugPos(), "case.slug-duplicate-field", later.slug(), first.file());
        }
        if (firstWritten) {
            diags.error(first.slugPos(), "case.slug-duplicate-field", first.slug(), later.file());
        }
    }

    private void warnIfImplicitlyPublic(CaseStudy s) {
        if (s.visibility().isEmpty() && config.defaultVisibility() == Visibility.PUBLIC) {
            diags.warning(new SourcePos(s.file(), 2, 1), "case.visibility-implicit");
        }
    }

    private Optional<Case> resolve(CaseStudy s) {
        Vocabulary vocabulary = config.vocabulary();
        Map<TaxonomyKind, List<Term>> resolved = new HashMap<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            Set<Term> terms = new LinkedHashSet<>();
            for (CaseStudy.Written w : s.terms().get(kind)) {
                SourcePos pos = new SourcePos(s.file(), w.line(), w.column());
                Optional<Term> term = vocabulary.resolve(kind, w.text());
                int invisible = TermNames.firstInvisible(w.text());
                if (invisible >= 0) {
                    // named even when the value is unknown: an invisible character is why it looks right but fails
                    diags.warning(pos, "term.invisible", w.text(), String.format("U+%04X", (int) w.text().charAt(invisible)));
                }
                if (term.isEmpty()) {
                    unknown(kind, w.text(), pos, vocabulary);
                    continue;
                }
                terms.add(term.get());
            }
            resolved.put(kind, List.copyOf(terms));
        }
        // a case with an unknown term stays in the model (with the terms that did resolve) so that its
        // body and links are checked in the same run; the error reported keeps the site from being written
        return Optional.of(Case.of(s, resolved, s.visibility(config.defaultVisibility())));
    }

    private void unknown(TaxonomyKind kind, String written, SourcePos pos, Vocabulary vocabulary) {
        String kindName = diags.messages().format(kind.messageKey());
        String hint = separatedByFullWidthComma(kind, written, vocabulary)
                .or(() -> vocabulary.suggest(kind, written)
                        .map(t -> diags.messages().format("hint.did-you-mean", t.name())))
                .orElseGet(() -> {
                    List<Term> all = vocabulary.terms(kind);
                    // a short vocabulary is the answer itself; a long one is listed by casebook terms
                    return all.size() <= 12
                            ? diags.messages().format("term.unknown.choices", kindName, written, kind.key(),
                                    String.join(diags.messages().format("terms.separator"), all.stream().map(Term::name).toList()))
                            : diags.messages().format("term.unknown.hint", kindName, written, kind.key());
                });
        diags.reportWithHint(pos, Severity.ERROR, "term.unknown", hint, kindName, written);
    }

    /**
     * {@code [组织建设，党员教育]} is one value to YAML: the Chinese comma does not separate list items.
     * When every part is a known term, say so.
     */
    private Optional<String> separatedByFullWidthComma(TaxonomyKind kind, String written, Vocabulary vocabulary) {
        String[] parts = written.split("[，、；;]");
        if (parts.length < 2) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (vocabulary.resolve(kind, part).isEmpty()) {
                return Optional.empty();
            }
        }
        String list = "[" + String.join(", ", java.util.Arrays.stream(parts).map(String::strip).toList()) + "]";
        return Optional.of(diags.messages().format("term.fullwidth-comma.hint", list));
    }
}
