package org.casebook.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All terms of a knowledge base, in the order {@code casebook.yml} lists them, with lookup of a
 * written value (canonical name or alias, compared by {@link TermNames#normalise}).
 */
public final class Vocabulary {

    private final Map<TaxonomyKind, List<Term>> terms;
    private final Map<TaxonomyKind, Map<String, Term>> byName;

    public Vocabulary(Map<TaxonomyKind, List<Term>> terms) {
        Map<TaxonomyKind, List<Term>> copy = new EnumMap<>(TaxonomyKind.class);
        Map<TaxonomyKind, Map<String, Term>> index = new EnumMap<>(TaxonomyKind.class);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            List<Term> list = List.copyOf(terms.getOrDefault(kind, List.of()));
            copy.put(kind, list);
            Map<String, Term> names = new HashMap<>();
            for (Term t : list) {
                names.put(TermNames.normalise(t.name()), t);
                for (String alias : t.aliases()) {
                    names.putIfAbsent(TermNames.normalise(alias), t);
                }
            }
            index.put(kind, names);
        }
        this.terms = Collections.unmodifiableMap(copy);
        this.byName = index;
    }

    public List<Term> terms(TaxonomyKind kind) {
        return terms.get(kind);
    }

    public Optional<Term> resolve(TaxonomyKind kind, String written) {
        return Optional.ofNullable(byName.get(kind).get(TermNames.normalise(written)));
    }

    public Optional<Term> bySlug(TaxonomyKind kind, String slug) {
        return terms.get(kind).stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /**
     * The term a mistyped value most likely meant: first by a missing or extra 区/园 suffix, then by
     * edit distance over names and aliases.
     */
    public Optional<Term> suggest(TaxonomyKind kind, String written) {
        String w = TermNames.normalise(written);
        for (String suffix : List.of("区", "园")) {
            Optional<Term> t = w.endsWith(suffix)
                    ? resolve(kind, w.substring(0, w.length() - 1))
                    : resolve(kind, w + suffix);
            if (t.isPresent()) {
                return t;
            }
        }
        // a prefix of a canonical name ("洋浦开发" for "洋浦经济开发区") is a common shortening
        List<String> names = new ArrayList<>(byName.get(kind).keySet());
        Optional<String> close = Suggestions.closest(w, names);
        if (close.isPresent()) {
            return resolve(kind, close.get());
        }
        for (Term t : terms.get(kind)) {
            String n = TermNames.normalise(t.name());
            if (w.length() >= 2 && (n.startsWith(w) || n.contains(w))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
