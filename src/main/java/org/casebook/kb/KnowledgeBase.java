package org.casebook.kb;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.audience.Audience;
import org.casebook.config.SiteConfig;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.taxonomy.Vocabulary;

/**
 * The validated model every page, index and feed is made from. Cases are sorted newest first (undated
 * last), then by slug, so every listing derived from it is deterministic.
 */
public final class KnowledgeBase {

    /** Newest first; undated cases after dated ones; slug breaks ties. */
    /**
     * The newest date of {@code cases}, if any is dated: the date the build derives from its input
     * where a file needs one (a feed's {@code updated}, a collection's cover, a Word file's metadata),
     * so that the same input gives the same bytes on any day.
     */
    public static Optional<java.time.LocalDate> newestDate(List<Case> cases) {
        return cases.stream().map(Case::date).flatMap(Optional::stream).max(java.time.LocalDate::compareTo);
    }

    public static final Comparator<Case> NEWEST_FIRST = Comparator
            .comparing((Case c) -> c.date().isEmpty())
            .thenComparing((Case c) -> c.date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Case::slug);

    private final SiteConfig config;
    private final Audience audience;
    private final List<Case> cases;
    private final Map<String, Case> bySlug;
    private final Map<String, List<Case>> byTermKey;

    /** A model for the knowledge base's default audience. */
    public KnowledgeBase(SiteConfig config, List<Case> cases) {
        this(config, cases, config.audience());
    }

    /**
     * A model for one audience. A public model refuses internal content outright: whatever is made
     * from it cannot show what it does not hold.
     *
     * @throws IllegalArgumentException if a public model is given an internal case or passage
     */
    public KnowledgeBase(SiteConfig config, List<Case> cases, Audience audience) {
        if (audience == Audience.PUBLIC) {
            cases.stream().filter(Case::hasInternalContent).findFirst().ifPresent(c -> {
                throw new IllegalArgumentException("internal content in a public model: " + c.file());
            });
        }
        this.config = config;
        this.audience = audience;
        this.cases = cases.stream().sorted(NEWEST_FIRST).toList();
        this.bySlug = this.cases.stream().collect(Collectors.toMap(Case::slug, c -> c, (a, b) -> a, LinkedHashMap::new));
        // one pass over the cases (not one per term): the preview rebuilds this model on every save
        Map<String, List<Case>> building = new LinkedHashMap<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : config.vocabulary().terms(kind)) {
                building.put(t.key(), new java.util.ArrayList<>());
            }
        }
        for (Case c : this.cases) {
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                for (Term t : c.terms(kind)) {
                    List<Case> list = building.get(t.key());
                    if (list != null) {
                        list.add(c);
                    }
                }
            }
        }
        Map<String, List<Case>> index = new LinkedHashMap<>();
        building.forEach((k, v) -> index.put(k, List.copyOf(v)));
        this.byTermKey = index;
    }

    /** This model with every case {@linkplain Case#withoutSource() without its Markdown source}. */
    public KnowledgeBase withoutSources() {
        return new KnowledgeBase(config, cases.stream().map(Case::withoutSource).toList(), audience);
    }

    public SiteConfig config() {
        return config;
    }

    /** Who this model, and everything made from it, is for. */
    public Audience audience() {
        return audience;
    }

    public Vocabulary vocabulary() {
        return config.vocabulary();
    }

    /** Published cases this audience may see (and drafts, when the build asked for them), newest first. */
    public List<Case> cases() {
        return cases;
    }

    public Optional<Case> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The cases tagged with a term, newest first. */
    public List<Case> casesFor(Term term) {
        return byTermKey.getOrDefault(term.key(), List.of());
    }
}
