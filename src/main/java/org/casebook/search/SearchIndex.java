package org.casebook.search;

import java.util.List;

/**
 * A built index, ready to write: the indexed cases in document-id order (oldest first, so that a new
 * case takes the next number; drafts never),
 * each term's encoded postings, each taxonomy term's documents, and the number of term shards.
 *
 * @param terms    every term, sorted
 * @param postings for {@code terms[i]}, its JSON array {@code [df, docs, scores, defaultScore]}
 * @param reach    for {@code terms[i]}, the highest document number its postings name, {@link #REACH_ALL}
 *                 when its set is written as the cases missing from it (it names every number up to
 *                 the last), {@link #REACH_NONE} for a pinyin or initials key
 * @param facets   taxonomy term key ({@code park/yangpu}) to its encoded document set, in vocabulary order
 * @param scoring  what every score was computed with besides the postings themselves (BM25's constants,
 *                 the rounded average length, the field weights): shards of the same numbering and
 *                 scoring can be mixed
 * @param synonyms the knowledge base's groups of synonyms, normalised as the tokenizer does
 * @param kinds    the taxonomies, in order: the facet groups the client shows, with their labels
 */
@SuppressWarnings("ArrayRecordComponent") // built once, read once by the writer; copying 1M entries buys nothing
public record SearchIndex(List<Doc> docs, String[] terms, String[] postings, int[] reach, List<Facet> facets,
        int shards, String scoring, List<List<String>> synonyms, List<Kind> kinds) {

    /** The reach of a key that names no document. */
    public static final int REACH_NONE = -1;
    /** The reach of a set written by its missing documents: every number up to the last case's. */
    public static final int REACH_ALL = -2;

    /** What a result shows: the fragment of one case. Its page is {@code cases/<slug>/index.html} (Case.path). */
    public record Doc(String slug, String title, String date, List<Chip> chips, String summary, String text) {
    }

    /** A term of a case; the search page names it as its facet panel does. */
    public record Chip(String kind, String slug) {
    }

    /** A taxonomy: its key (the facet keys' prefix and the URL parameter) and its label. */
    public record Kind(String key, String name) {
    }

    /** A taxonomy term: its key, its encoded document set, and its name and aliases, normalised. */
    public record Facet(String key, String docs, List<String> names) {
    }
}
