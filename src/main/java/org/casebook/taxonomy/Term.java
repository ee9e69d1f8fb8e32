package org.casebook.taxonomy;

import java.util.List;
import java.util.regex.Pattern;

/** A term of one taxonomy: shown by its canonical {@code name}, addressed by its ASCII {@code slug}. */
public record Term(TaxonomyKind kind, String name, String slug, List<String> aliases, String description) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    public Term {
        aliases = List.copyOf(aliases);
    }

    /** Lower-case ASCII letters, digits and inner hyphens: safe in every URL and file system. */
    public static boolean isValidSlug(String slug) {
        return slug != null && SLUG.matcher(slug).matches();
    }

    public String key() {
        return kind.key() + "/" + slug;
    }
}
