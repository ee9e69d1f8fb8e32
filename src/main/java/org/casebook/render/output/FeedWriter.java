package org.casebook.render.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.io.Json;
import org.casebook.io.Xml;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.render.page.SitePaths;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Feeds and crawler files: an Atom feed of the whole site and of every term, a JSON Feed 1.1 of the
 * site, and, when {@code base_url} is set, {@code sitemap.xml} and {@code robots.txt} (both need
 * absolute addresses to mean anything).
 *
 * <p>Without {@code base_url} links are relative to the feed file, and ids are {@code urn:casebook:}
 * followed by the site path, stable across builds and hosts. Timestamps are the cases' dates at
 * midnight UTC; a feed's {@code updated} is its newest case's date, so an unchanged knowledge base
 * gives an unchanged feed. Only published cases, newest first, at most {@link #ENTRIES}.
 */
final class FeedWriter {

    static final int ENTRIES = 50;
    static final String ATOM = "feeds/atom.xml";
    static final String JSON_FEED = "feeds/feed.json";
    static final String EPOCH = "1970-01-01T00:00:00Z";

    private final KnowledgeBase kb;
    private final SiteUrls urls;
    private final Map<String, String> t;

    FeedWriter(KnowledgeBase kb, SiteUrls urls, Map<String, String> strings) {
        this.kb = kb;
        this.urls = urls;
        this.t = strings;
    }

    static String termFeed(Term term) {
        return "feeds/" + term.kind().key() + "/" + term.slug() + ".xml";
    }

    private List<Case> published(List<Case> cases) {
        return cases.stream().filter(c -> !c.draft()).limit(ENTRIES).toList();
    }

    /** Every feed: path → content, in a fixed order. */
    Map<String, String> feeds() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(ATOM, atom(ATOM, kb.config().title(), kb.config().description(), SitePaths.home(), published(kb.cases())));
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term term : kb.vocabulary().terms(kind)) {
                String title = kb.config().title() + " · " + t.getOrDefault(kind.uiKey(), kind.key()) + "：" + term.name();
                out.put(termFeed(term), atom(termFeed(term), title, term.description(), SitePaths.term(term, 1),
                        published(kb.casesFor(term))));
            }
        }
        out.put(JSON_FEED, jsonFeed(published(kb.cases())));
        return out;
    }

    private String id(String sitePath) {
        return urls.absolute(sitePath).orElse("urn:casebook:" + sitePath);
    }

    private static String timestamp(Optional<LocalDate> date) {
        return date.map(d -> d + "T00:00:00Z").orElse(EPOCH);
    }

    private static String updated(List<Case> cases) {
        return timestamp(KnowledgeBase.newestDate(cases));
    }

    String atom(String feedPath, String title, String subtitle, String alternate, List<Case> cases) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Xml.escape(kb.config().language())).append("\">\n");
        el(sb, 1, "title", title);
        if (!subtitle.isBlank()) {
            el(sb, 1, "subtitle", subtitle);
        }
        el(sb, 1, "id", id(feedPath));
        el(sb, 1, "updated", updated(cases));
        link(sb, 1, "self", "application/atom+xml",
                urls.absolute(feedPath).orElse(feedPath.substring(feedPath.lastIndexOf('/') + 1)));
        link(sb, 1, "alternate", "text/html", urls.link(feedPath, alternate));
        sb.append("  <author><name>").append(Xml.escape(kb.config().title())).append("</name></author>\n");
        sb.append("  <generator>Casebook</generator>\n");
        for (Case c : cases) {
            String page = SitePaths.casePage(c.slug());
            sb.append("  <entry>\n");
            el(sb, 2, "title", c.title());
            el(sb, 2, "id", id(page));
            el(sb, 2, "updated", timestamp(c.date()));
            if (c.date().isPresent()) {
                el(sb, 2, "published", timestamp(c.date()));
            }
            link(sb, 2, "alternate", "text/html", urls.link(feedPath, page));
            if (!c.unit().isBlank()) {
                sb.append("    <author><name>").append(Xml.escape(c.unit())).append("</name></author>\n");
            }
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                for (Term term : c.terms(kind)) {
                    sb.append("    <category term=\"").append(Xml.escape(term.key())).append("\" label=\"")
                            .append(Xml.escape(term.name())).append("\"/>\n");
                }
            }
            if (!c.summary().isBlank()) {
                el(sb, 2, "summary", c.summary());
            }
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    private static void el(StringBuilder sb, int depth, String name, String text) {
        sb.append("  ".repeat(depth)).append('<').append(name).append('>').append(Xml.escape(text)).append("</")
                .append(name).append(">\n");
    }

    private static void link(StringBuilder sb, int depth, String rel, String type, String href) {
        sb.append("  ".repeat(depth)).append("<link rel=\"").append(rel).append("\" type=\"").append(type)
                .append("\" href=\"").append(Xml.escape(href)).append("\"/>\n");
    }

    String jsonFeed(List<Case> cases) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "https://jsonfeed.org/version/1.1");
        root.put("title", kb.config().title());
        urls.absolute(SitePaths.home()).ifPresent(u -> root.put("home_page_url", u));
        urls.absolute(JSON_FEED).ifPresent(u -> root.put("feed_url", u));
        if (!kb.config().description().isBlank()) {
            root.put("description", kb.config().description());
        }
        root.put("language", kb.config().language());
        List<Object> items = new ArrayList<>();
        for (Case c : cases) {
            String page = SitePaths.casePage(c.slug());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", id(page));
            item.put("url", urls.link(JSON_FEED, page));
            item.put("title", c.title());
            if (!c.summary().isBlank()) {
                item.put("summary", c.summary());
                item.put("content_text", c.summary());
            } else {
                item.put("content_text", c.title());
            }
            c.date().ifPresent(d -> item.put("date_published", timestamp(c.date())));
            if (!c.unit().isBlank()) {
                item.put("authors", List.of(Map.of("name", c.unit())));
            }
            List<Object> tags = new ArrayList<>();
            for (TaxonomyKind kind : TaxonomyKind.values()) {
                c.terms(kind).forEach(term -> tags.add(term.name()));
            }
            item.put("tags", tags);
            items.add(item);
        }
        root.put("items", items);
        return Json.write(root);
    }

    /** sitemap.xml over the given pages (site paths), case pages with their date; empty without base_url. */
    Optional<String> sitemap(Collection<String> pages) {
        if (urls.baseUrl().isEmpty()) {
            return Optional.empty();
        }
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (Case c : kb.cases()) {
            c.date().ifPresent(d -> dates.put(SitePaths.casePage(c.slug()), d));
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : pages.stream().sorted().toList()) {
            sb.append("  <url><loc>").append(Xml.escape(urls.absolute(p).orElseThrow())).append("</loc>");
            if (dates.containsKey(p)) {
                sb.append("<lastmod>").append(dates.get(p)).append("</lastmod>");
            }
            sb.append("</url>\n");
        }
        sb.append("</urlset>\n");
        return Optional.of(sb.toString());
    }

    /** robots.txt pointing at the sitemap; crawlers only read it at a host's root, see docs/learning.md. */
    Optional<String> robots() {
        return urls.baseUrl().map(base -> "User-agent: *\nDisallow: " + java.net.URI.create(base).getRawPath() + "embed/\n"
                + "Sitemap: " + base + "sitemap.xml\n");
    }
}
