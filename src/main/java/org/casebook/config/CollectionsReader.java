package org.casebook.config;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Severity;
import org.casebook.taxonomy.Suggestions;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.taxonomy.Vocabulary;
import org.casebook.yaml.YamlValue;

/**
 * Reads {@code collections:}: a list of {@code all}, taxonomy keys and single terms written
 * {@code kind/slug}. Every item is checked against the vocabulary, so a misspelt term is an error
 * at its line and column rather than a collection silently missing from the site.
 */
final class CollectionsReader {

    static final String KEY = "collections";

    private CollectionsReader() {
    }

    static Collections read(YamlValue.Mapping root, Vocabulary vocabulary, Diagnostics diags) {
        if (!root.entries().containsKey(KEY)) {
            return Collections.DEFAULT;
        }
        boolean all = false;
        Set<TaxonomyKind> kinds = EnumSet.noneOf(TaxonomyKind.class);
        Set<String> terms = new TreeSet<>();
        for (YamlValue.Scalar item : Fields.scalars(root, KEY, diags)) {
            String word = item.text().strip();
            Optional<TaxonomyKind> kind = kind(word);
            if (word.equals(Collections.ALL)) {
                all = true;
            } else if (kind.isPresent()) {
                kinds.add(kind.get());
            } else if (word.indexOf('/') > 0 && kind(word.substring(0, word.indexOf('/'))).isPresent()) {
                term(word, item, vocabulary, diags).ifPresent(t -> terms.add(Collections.key(t)));
            } else {
                String hint = diags.messages().format("config.collection.hint");
                String near = Suggestions.closest(word, Collections.words()).orElse("");
                if (!near.isEmpty()) {
                    hint = diags.messages().format("hint.did-you-mean", near) + " " + hint;
                }
                diags.reportWithHint(item.pos(), Severity.ERROR, "config.collection", hint, word);
            }
        }
        return new Collections(all, kinds, terms);
    }

    /** The term a {@code kind/slug} item names; empty (reported, with the closest slug) when none has it. */
    private static Optional<Term> term(String word, YamlValue.Scalar item, Vocabulary vocabulary, Diagnostics diags) {
        int slash = word.indexOf('/');
        TaxonomyKind kind = kind(word.substring(0, slash)).orElseThrow();
        String slug = word.substring(slash + 1).strip();
        Optional<Term> term = vocabulary.bySlug(kind, slug);
        if (term.isEmpty()) {
            Set<String> slugs = new TreeSet<>();
            vocabulary.terms(kind).forEach(t -> slugs.add(t.slug()));
            String hint = Suggestions.closest(slug, slugs)
                    .map(s -> diags.messages().format("hint.did-you-mean", kind.key() + "/" + s))
                    .orElse(diags.messages().format("config.collection-term.hint", kind.key(), String.join(", ", slugs)));
            diags.reportWithHint(item.pos(), Severity.ERROR, "config.collection-term", hint, kind.key(), slug);
        }
        return term;
    }

    private static Optional<TaxonomyKind> kind(String key) {
        for (TaxonomyKind k : TaxonomyKind.values()) {
            if (k.key().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
