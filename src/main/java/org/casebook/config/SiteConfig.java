package org.casebook.config;

import java.util.Optional;
import org.casebook.taxonomy.Vocabulary;

/**
 * Settings of one knowledge base, read from {@code casebook.yml}.
 *
 * @param baseUrl   public address of the published site, for absolute links in feeds and QR codes;
 *                  empty when the site is only ever reached by relative links
 * @param pageSize  cases per page on term and listing pages
 * @param latest    how many cases the home page lists
 */
public record SiteConfig(
        String title,
        String description,
        String language,
        Optional<String> baseUrl,
        int pageSize,
        int latest,
        Vocabulary vocabulary) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int DEFAULT_LATEST = 8;
}
