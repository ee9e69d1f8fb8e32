package org.casebook.search;

/**
 * How much one occurrence of a term counts in each field. A title or keyword says what a case is
 * about; the body only that the word occurs. The taxonomy field holds each tagged term's canonical
 * name and aliases, so 洋浦 or 综保区 finds the park's cases.
 */
record FieldWeights(int title, int keywords, int taxonomy, int summary, int unit) {

    static final FieldWeights STANDARD = new FieldWeights(10, 6, 5, 4, 3);
    /** Every field like the body: the weakened ranking the quality test must see fail. */
    static final FieldWeights FLAT = new FieldWeights(1, 1, 1, 1, 1);
    /**
     * The system property that makes builds in this JVM use {@link #FLAT}: the scores are computed at
     * build time, so this is the one weakening the search client cannot switch. Tests only.
     */
    static final String FLAT_PROPERTY = "casebook.search.flatFieldWeights";
}
