package org.casebook.importer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * A case read from a Word document, before it is written: the front matter proposed from the
 * document and the body as Markdown (images still as placeholders). Immutable; a contributor's
 * answers replace the proposals with the {@code with…} methods.
 *
 * @param source    the document's file name, for messages
 * @param notes     what the import could not carry over as it was (message key and argument), to tell the contributor
 */
public record WordDraft(String source, String title, Optional<LocalDate> date, String unit,
        Map<TaxonomyKind, List<Term>> terms, String slug, String body, List<WordImage> images,
        List<Note> notes) {

    /** Something said about the import: a message key and its argument. */
    public record Note(String key, String argument) {
    }

    public WordDraft {
        terms = Map.copyOf(terms);
        images = List.copyOf(images);
        notes = List.copyOf(notes);
    }

    public List<Term> terms(TaxonomyKind kind) {
        return terms.getOrDefault(kind, List.of());
    }

    public WordDraft withTitle(String t) {
        return new WordDraft(source, t, date, unit, terms, slug, body, images, notes);
    }

    public WordDraft withDate(Optional<LocalDate> d) {
        return new WordDraft(source, title, d, unit, terms, slug, body, images, notes);
    }

    public WordDraft withUnit(String u) {
        return new WordDraft(source, title, date, u, terms, slug, body, images, notes);
    }

    public WordDraft withSlug(String s) {
        return new WordDraft(source, title, date, unit, terms, s, body, images, notes);
    }

    public WordDraft withTerms(TaxonomyKind kind, List<Term> chosen) {
        Map<TaxonomyKind, List<Term>> m = new EnumMap<>(TaxonomyKind.class);
        m.putAll(terms);
        m.put(kind, List.copyOf(chosen));
        return new WordDraft(source, title, date, unit, m, slug, body, images, notes);
    }

    /** How many images the case will carry beside it. */
    public int imageCount() {
        return images.size();
    }
}
