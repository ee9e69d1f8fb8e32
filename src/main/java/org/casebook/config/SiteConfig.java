package org.casebook.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.audience.Audience;
import org.casebook.audience.Visibility;
import org.casebook.taxonomy.Vocabulary;

/**
 * Settings of one knowledge base, read from {@code casebook.yml}.
 *
 * @param baseUrl   public address of the published site, for absolute links in feeds and QR codes;
 *                  empty when the site is only ever reached by relative links
 * @param pageSize  cases per page on term and listing pages
 * @param latest    how many cases the home page lists
 * @param defaultVisibility  the visibility of a case whose front matter does not say; internal
 *                  unless the knowledge base decides otherwise, so forgetting the field never publishes
 * @param audience  who a build is for when the command line does not say
 * @param extra     the {@code extra:} map: theme settings every template sees as {@code site.extra}
 * @param extraFields front-matter keys of the knowledge base's own ({@code extra_fields:}): they reach
 *                  the templates as {@code page.extra} without a warning
 * @param synonyms  groups of words that search treats as one ({@code synonyms:} maps a word to its
 *                  list; each group is the word followed by the list), applied to queries
 * @param presentation the publishing unit, footer note and date format
 * @param collections which collections (汇编) the build writes as printable pages and Word documents
 * @param baseUrls  {@code base_url:} written per audience (the intranet's address and the public one);
 *                  empty when one address, {@code baseUrl}, serves both. {@link #forAudience} picks one
 */
public record SiteConfig(
        String title,
        String description,
        String language,
        Optional<String> baseUrl,
        int pageSize,
        int latest,
        Vocabulary vocabulary,
        Visibility defaultVisibility,
        Audience audience,
        Map<String, Object> extra,
        java.util.Set<String> extraFields,
        List<List<String>> synonyms,
        Presentation presentation,
        Collections collections,
        Map<Audience, String> baseUrls) {

    public SiteConfig {
        collections = collections == null ? Collections.DEFAULT : collections;
        baseUrls = baseUrls == null ? Map.of() : Map.copyOf(baseUrls);
        extra = extra == null ? Map.of() : extra;
        extraFields = extraFields == null ? java.util.Set.of() : java.util.Set.copyOf(extraFields);
        synonyms = synonyms == null ? List.of() : synonyms.stream().map(List::copyOf).toList();
        presentation = presentation == null ? Presentation.defaults("en".equals(language) ? "en" : "zh-CN") : presentation;
    }

    /** Settings without theme extras, fields of the knowledge base's own, synonyms or presentation settings. */
    public SiteConfig(String title, String description, String language, Optional<String> baseUrl, int pageSize,
            int latest, Vocabulary vocabulary, Visibility defaultVisibility, Audience audience) {
        this(title, description, language, baseUrl, pageSize, latest, vocabulary, defaultVisibility, audience,
                Map.of(), java.util.Set.of(), List.of(), null, null, null);
    }

    /** Settings with the safe audience defaults: cases internal unless marked, builds internal. */
    public SiteConfig(String title, String description, String language, Optional<String> baseUrl, int pageSize,
            int latest, Vocabulary vocabulary) {
        this(title, description, language, baseUrl, pageSize, latest, vocabulary, Visibility.INTERNAL,
                Audience.INTERNAL);
    }

    /** The same settings over another vocabulary (a public build leaves out terms only internal cases use). */
    public SiteConfig withVocabulary(Vocabulary other) {
        return new SiteConfig(title, description, language, baseUrl, pageSize, latest, other, defaultVisibility,
                audience, extra, extraFields, synonyms, presentation, collections, baseUrls);
    }

    /**
     * The settings of a build for {@code who}: with {@code base_url} written per audience, that audience's
     * address (none when it has none), so an intranet site's feeds and QR codes never point at the
     * public host, where its internal cases are not.
     */
    public SiteConfig forAudience(Audience who) {
        if (baseUrls.isEmpty()) {
            return this;
        }
        return new SiteConfig(title, description, language, Optional.ofNullable(baseUrls.get(who)), pageSize, latest,
                vocabulary, defaultVisibility, audience, extra, extraFields, synonyms, presentation, collections, Map.of());
    }

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int DEFAULT_LATEST = 8;
}
