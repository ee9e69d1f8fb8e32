package org.casebook.render.page;

import java.util.List;
import java.util.Map;
import org.casebook.render.markdown.RenderedBody;

/**
 * The records templates are fed. Paths are relative to the site root; a template prefixes them with
 * the page's {@code root} ("", "../", "../../") so every link stays relative and works at a domain
 * root, under a sub-path and from {@code file://}.
 */
public final class Views {

    private Views() {
    }

    /**
     * What every page knows about the site; {@code extra} is casebook.yml's {@code extra:} map, for
     * themes; {@code organization} (主办单位) and {@code footerNote} (e.g. an ICP number) are empty when
     * not configured.
     */
    public record Site(String title, String description, String language, int caseCount,
            List<Taxonomy> taxonomies, String version, String baseUrl, Map<String, Object> extra,
            String organization, String footerNote) {
    }

    /**
     * A taxonomy as templates see it, from its {@code TaxonomyKind}: {@code required} in front matter,
     * {@code printed} (printable collections, else Word only), {@code place} (the park: breadcrumbs).
     */
    public record Taxonomy(String key, String name, String path, List<TermLink> terms, boolean required,
            boolean printed, boolean place) {
    }

    public record TermLink(String kind, String name, String slug, String path, int count, List<String> aliases,
            String description) {
    }

    /** A term as shown on a case: a chip linking to the term's page. */
    public record Chip(String kind, String kindName, String name, String path) {
    }

    /**
     * A case in a listing; {@code internal} only ever true in the internal site, where it is marked.
     * {@code date} is ISO (for {@code datetime}), {@code dateText} as the site's readers write dates.
     */
    public record CaseCard(String slug, String title, String path, String date, String dateText, String summary, String unit,
            List<Chip> chips, boolean draft, boolean internal) {
    }

    /** One case's own page. */
    public record CasePage(CaseCard card, String html, List<RenderedBody.Heading> toc, List<String> keywords,
            Map<String, String> extra, CaseCard previous, CaseCard next, String sourceFile, List<CaseCard> related,
            String wordPath) {
    }

    /** A page of a paginated listing; {@code pages} holds each page's path, index 0 for page 1. */
    public record Pager(int current, int total, List<String> pages) {
        public String previousPath() {
            return current > 1 ? pages.get(current - 2) : "";
        }

        public String nextPath() {
            return current < total ? pages.get(current) : "";
        }
    }

    /** The model of one page: the site, the page's own view, UI strings and the way back to the root. */
    public record Page(Site site, Object page, Map<String, String> t, String root, String path, String kind) {
    }

    /** The page at a case's old address: the case's title and its page, relative to the site root. */
    public record RedirectPage(String title, String target) {
    }

    /**
     * The page served for a missing address. {@code basePath} is the site's root path on its server
     * (base_url's path, e.g. {@code /kb/}), or empty when unknown; its script finds the root then.
     */
    public record NotFound(String basePath) {
    }

    /** The subscription page: the feeds are the site's and its taxonomies' terms, which every page has. */
    public record FeedsPage() {
    }

    /**
     * The search page: where the index entry lives and which index format the page's script reads;
     * {@code dates} how its script writes the results' dates, as the site's lists do.
     */
    public record SearchPage(String entry, int format, ScriptDates dates) {
    }

    /**
     * The site's date format for a script: the pattern (empty: show ISO dates) and the language's
     * month and weekday names, '|'-separated, weekdays from Monday.
     */
    public record ScriptDates(String pattern, String months, String monthsShort, String weekdays, String weekdaysShort) {
    }

    /** The home page: the latest cases, and every case by title while the collection is small enough to list. */
    public record Home(List<CaseCard> latest, List<CaseCard> index) {
    }

    /** {@code printPath} and {@code wordPath} are empty when the build writes no collection of the term. */
    public record TermPage(TermLink term, Taxonomy taxonomy, List<CaseCard> cases, Pager pager,
            List<LearningViews.Gap> learnFrom, List<Breakdown> breakdown, String printPath, String wordPath) {
    }

    /** A term's cases by the terms of another taxonomy: each with its count and the filtered search. */
    public record Breakdown(String kind, String kindName, List<BreakdownItem> items) {
    }

    /** {@code href} opens the search with both terms set as facets. */
    public record BreakdownItem(String name, int count, String href) {
    }

    /** A page of the all-cases listing; {@code count} is the number of cases on the first page, 0 on the others. */
    public record ListPage(List<CaseCard> cases, Pager pager, int count) {
    }

    /** The contributor guide: the fields and terms come from the site; the errors from the checker's bundle. */
    /** The contributor guide: the checker's messages, and the synonyms search applies (casebook.yml). */
    public record Guide(List<GuideError> errors, List<List<String>> synonyms) {
    }

    /** A common mistake as the checker reports it: its code, an example message and the hint. */
    public record GuideError(String code, String message, String hint) {
    }
}
