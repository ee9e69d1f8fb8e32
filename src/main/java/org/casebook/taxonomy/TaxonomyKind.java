package org.casebook.taxonomy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The taxonomies, in the order every page, list, prompt and search facet shows them. This is the one
 * definition: the front matter fields, reserved slugs, {@code casebook new} prompts, contributor guide,
 * coverage matrices, related-case weights and the search index's facet list are all derived from it.
 * To add a taxonomy, add a constant here, its option to {@code cli.TaxonomyOptions}, its names to the
 * message bundles ({@link #messageKey()}) and the theme's UI strings ({@link #uiKey()} and the
 * {@code guide_field_}, {@code print_by_} variants), and its terms to casebook.yml; see
 * docs/architecture.md.
 */
public enum TaxonomyKind {
    // key, required, place, topic, related-case weight, printed, words contributors write for the field
    PARK("park", true, true, false, 1.0, true, List.of("parks", "园区")),
    THEME("theme", true, false, true, 3.0, true, List.of("themes", "category", "categories", "主题")),
    METHOD("method", true, false, false, 1.0, false, List.of("methods", "方式"));

    private final String key;
    private final boolean required;
    private final boolean place;
    private final boolean topic;
    private final double relatedWeight;
    private final boolean printed;
    private final List<String> meant;

    TaxonomyKind(String key, boolean required, boolean place, boolean topic, double relatedWeight, boolean printed,
            List<String> meant) {
        this.key = key;
        this.required = required;
        this.place = place;
        this.topic = topic;
        this.relatedWeight = relatedWeight;
        this.printed = printed;
        this.meant = meant;
    }

    /** The front matter field, the casebook.yml key, the URL folder and the search facet key. */
    public String key() {
        return key;
    }

    /** The command-line option that gives this kind's value ({@code --park}). */
    public String option() {
        return "--" + key;
    }

    /** The diagnostics bundle's name of the kind ({@code taxonomy.park}). */
    public String messageKey() {
        return "taxonomy." + key;
    }

    /** The theme's UI string naming the kind ({@code taxonomy_park}); templates add {@code _all} etc. */
    public String uiKey() {
        return "taxonomy_" + key;
    }

    /** Whether every case must name at least one term of this kind. */
    public boolean required() {
        return required;
    }

    /**
     * Words contributors write for this field ({@code parks}, {@code 园区}): a warning names the field
     * instead of dropping the value silently.
     */
    public List<String> meant() {
        return meant;
    }

    /** How much sharing one term of this kind makes two cases related. */
    public double relatedWeight() {
        return relatedWeight;
    }

    /** Whether each term gets a printable HTML collection (the others get a Word document only). */
    public boolean printed() {
        return printed;
    }

    /**
     * The kind that says where a case comes from (the park): the rows of the coverage matrices, the
     * learners of learning pairs, the folder of a new case. Exactly one kind is the place.
     */
    public static TaxonomyKind place() {
        return only(k -> k.place);
    }

    /** The kind that says what a case teaches (the theme): the columns of learning pairs. */
    public static TaxonomyKind topic() {
        return only(k -> k.topic);
    }

    /** Every kind but the place, in order: what the coverage matrices set against the place. */
    public static List<TaxonomyKind> besidesPlace() {
        return Stream.of(values()).filter(k -> !k.place).toList();
    }

    /** The front matter field names of all kinds, in order. */
    public static List<String> keys() {
        return Stream.of(values()).map(TaxonomyKind::key).toList();
    }

    /** The kind whose {@link #key()} this is, if any. */
    public static Optional<TaxonomyKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    private static TaxonomyKind only(Predicate<TaxonomyKind> p) {
        List<TaxonomyKind> found = Stream.of(values()).filter(p).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("exactly one taxonomy must have this role: " + found);
        }
        return found.get(0);
    }
}
