package org.casebook.render.output;

import java.util.Optional;
import org.casebook.render.page.SitePaths;

/**
 * Links in files read outside the site's own pages (feeds, sitemap, data files, QR codes). With
 * {@code base_url} set they are absolute; without it they are relative to the file holding them,
 * which feed readers resolve against the feed's own address (RFC 4287 §2, xml:base absent) and which
 * keeps a copied site working under any path or from {@code file://}.
 */
final class SiteUrls {

    private final Optional<String> baseUrl;

    public SiteUrls(Optional<String> baseUrl) {
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
    }

    public Optional<String> baseUrl() {
        return baseUrl;
    }

    /** The absolute address of a site path, when the site has a base URL. */
    public Optional<String> absolute(String sitePath) {
        return baseUrl.map(b -> b + sitePath);
    }

    /** A link to {@code sitePath} written in the file at {@code fromPath}: absolute if possible, else relative. */
    public String link(String fromPath, String sitePath) {
        return absolute(sitePath).orElse(SitePaths.rootOf(fromPath) + sitePath);
    }
}
