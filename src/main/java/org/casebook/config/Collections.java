package org.casebook.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Which collections (汇编) a build writes, as printable pages and as Word documents
 * ({@code collections:} in {@code casebook.yml}). Each collection is a full copy of its cases'
 * text, so writing every kind for every term copies the corpus several times over; a knowledge base
 * names the ones its readers hand in. A collection not written is still listed on the collections
 * page, linking to the search filtered by its term.
 *
 * @param all   the collection of every case
 * @param kinds the taxonomies whose every term gets a collection
 * @param terms single terms that get one, as {@code kind/slug} (e.g. {@code theme/organization})
 */
public record Collections(boolean all, Set<TaxonomyKind> kinds, Set<String> terms) {

    /** The words of the setting besides {@code kind/slug}: {@code all} and the taxonomies' keys. */
    public static final String ALL = "all";

    /**
     * Without the setting: a collection per park. Officers hand in their own park's compilation;
     * the collection of every case of a large knowledge base runs to dozens of volumes that nobody
     * prints, and themes and methods are read through the filtered search.
     */
    public static final Collections DEFAULT = new Collections(false, EnumSet.of(TaxonomyKind.place()), Set.of());

    /** Every collection: all cases and every term of every taxonomy. */
    public static final Collections EVERY = new Collections(true, EnumSet.allOf(TaxonomyKind.class), Set.of());

    public Collections {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        terms = Set.copyOf(new TreeSet<>(terms));
    }

    /** Whether the build writes {@code term}'s collection. */
    public boolean includes(Term term) {
        return kinds.contains(term.kind()) || terms.contains(key(term));
    }

    /** How a single term is named in the setting: {@code park/yangpu}. */
    public static String key(Term term) {
        return term.kind().key() + "/" + term.slug();
    }

    /** The words a setting may use besides {@code kind/slug}, for hints. */
    static List<String> words() {
        List<String> words = new java.util.ArrayList<>();
        words.add(ALL);
        for (TaxonomyKind k : TaxonomyKind.values()) {
            words.add(k.key());
        }
        return List.copyOf(words);
    }
}
