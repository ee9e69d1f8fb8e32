package org.casebook.taxonomy;

/** The three fixed taxonomies; {@code key} is both the front matter field and the URL folder. */
public enum TaxonomyKind {
    PARK("park"),
    THEME("theme"),
    METHOD("method");

    private final String key;

    TaxonomyKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
