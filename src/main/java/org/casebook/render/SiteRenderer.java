package org.casebook.render;

import java.io.IOException;
import java.io.InputStream;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.casebook.audience.Visibility;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Severity;
import org.casebook.diag.SourcePos;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Renders every page of the site from the knowledge base and the rendered bodies: home, case pages,
 * the all-cases listing, taxonomy indexes, term pages (paginated), 404, and the theme's assets.
 */
public final class SiteRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Up to this many cases the home page also lists every case by title; beyond, the paginated list serves. */
    static final int HOME_INDEX_LIMIT = 300;

    private final KnowledgeBase kb;
    private final Theme theme;
    private final Templates templates;
    private final PageSink sink;
    private final Diagnostics diags;
    private final Views.Site site;
    private final Map<String, String> strings;
    private final AtomicInteger pages = new AtomicInteger();

    public SiteRenderer(KnowledgeBase kb, Theme theme, Templates templates, PageSink sink, Diagnostics diags,
            String version) {
        this.kb = kb;
        this.theme = theme;
        this.templates = templates;
        this.sink = sink;
        this.diags = diags;
        this.strings = toMap(theme.uiStrings(kb.config().language()));
        this.site = siteView(version);
    }

    /** Number of HTML pages written so far. */
    public int pageCount() {
        return pages.get();
    }

    /** Every page but the case pages, which {@link #renderCase} writes as their bodies are rendered. */
    public void renderAll() {
        List<Case> all = kb.cases();
        page("index.ftlh", SitePaths.home(), "home", new Views.Home(cards(all.stream().limit(kb.config().latest()).toList()),
                all.size() <= HOME_INDEX_LIMIT ? cards(all) : List.of()));
        renderListing(kb.cases(), SitePaths::allCases, "list.ftlh", "list", null);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            Views.Taxonomy tax = taxonomyView(kind);
            page("taxonomy.ftlh", SitePaths.taxonomy(kind), "taxonomy", tax);
            for (Term term : kb.vocabulary().terms(kind)) {
                Views.TermLink link = termLink(term);
                List<Case> cases = kb.casesFor(term);
                renderListing(cases, p -> SitePaths.term(term, p), "term.ftlh", "term",
                        (cards, pager) -> new Views.TermPage(link, tax, cards, pager));
            }
        }
        page("404.ftlh", "404.html", "notfound", new Views.Home(List.of(), List.of()));
        copyAssets();
    }

    /** Writes the page of case {@code i} (in the knowledge base's order) and copies its attachments. Thread-safe. */
    public void renderCase(int i, RenderedBody body) {
        List<Case> cases = kb.cases();
        Case c = cases.get(i);
        Views.CaseCard prev = i > 0 ? card(cases.get(i - 1)) : null;
        Views.CaseCard next = i + 1 < cases.size() ? card(cases.get(i + 1)) : null;
        Views.CasePage view = new Views.CasePage(card(c), body.html(), body.toc().size() >= 3 ? body.toc() : List.of(),
                c.keywords(), new TreeMap<>(c.extra()), prev, next, c.file());
        page("case.ftlh", SitePaths.casePage(c.slug()), "case", view);
        for (Attachment a : body.attachments()) {
            try {
                sink.copy(a.source(), a.sitePath());
            } catch (IOException e) {
                diags.error(SourcePos.of(c.file()), "io.write", a.sitePath(), e.getMessage());
            }
        }
    }

    private interface ListingView {
        Object make(List<Views.CaseCard> cards, Views.Pager pager);
    }

    private void renderListing(List<Case> cases, java.util.function.IntFunction<String> pathOf, String template,
            String kind, ListingView viewOf) {
        int size = kb.config().pageSize();
        int total = Math.max(1, (cases.size() + size - 1) / size);
        List<String> paths = IntStream.rangeClosed(1, total).mapToObj(pathOf).toList();
        for (int p = 1; p <= total; p++) {
            List<Views.CaseCard> cards = cards(cases.subList((p - 1) * size, Math.min(cases.size(), p * size)));
            Views.Pager pager = new Views.Pager(p, total, paths);
            Object view = viewOf == null ? new Views.ListPage(cards, pager) : viewOf.make(cards, pager);
            page(template, paths.get(p - 1), kind, view);
        }
    }

    private void page(String template, String path, String kind, Object view) {
        Views.Page model = new Views.Page(site, view, strings, SitePaths.rootOf(path), path, kind);
        try {
            sink.write(path, templates.render(template, model));
            pages.incrementAndGet();
        } catch (Templates.TemplateProblem e) {
            diags.report(new SourcePos(e.file(), e.line(), e.column()), Severity.ERROR, "template.error", e.getMessage(), path);
        } catch (IOException e) {
            diags.error(SourcePos.of(path), "io.write", path, e.getMessage());
        }
    }

    private void copyAssets() {
        for (String asset : theme.assets()) {
            try {
                Optional<InputStream> in = theme.open(asset);
                if (in.isEmpty()) {
                    diags.error(SourcePos.of("templates/" + asset), "theme.asset-missing", asset);
                    continue;
                }
                try (InputStream s = in.get()) {
                    sink.write(asset, s.readAllBytes());
                }
            } catch (IOException e) {
                diags.error(SourcePos.of("templates/" + asset), "io.write", asset, e.getMessage());
            }
        }
    }

    private Views.Site siteView(String version) {
        List<Views.Taxonomy> taxonomies = new ArrayList<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            taxonomies.add(taxonomyView(kind));
        }
        return new Views.Site(kb.config().title(), kb.config().description(), kb.config().language(),
                kb.cases().size(), List.copyOf(taxonomies), version);
    }

    private Views.Taxonomy taxonomyView(TaxonomyKind kind) {
        List<Views.TermLink> terms = kb.vocabulary().terms(kind).stream().map(this::termLink).toList();
        return new Views.Taxonomy(kind.key(), kindName(kind), SitePaths.taxonomy(kind), terms);
    }

    private Views.TermLink termLink(Term t) {
        return new Views.TermLink(t.kind().key(), t.name(), t.slug(), SitePaths.term(t, 1), kb.casesFor(t).size(),
                t.aliases(), t.description());
    }

    private String kindName(TaxonomyKind kind) {
        return strings.getOrDefault("taxonomy_" + kind.key(), kind.key());
    }

    List<Views.CaseCard> cards(List<Case> cases) {
        return cases.stream().map(this::card).toList();
    }

    Views.CaseCard card(Case c) {
        List<Views.Chip> chips = new ArrayList<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : c.terms(kind)) {
                chips.add(new Views.Chip(kind.key(), kindName(kind), t.name(), SitePaths.term(t, 1)));
            }
        }
        return new Views.CaseCard(c.slug(), c.title(), SitePaths.casePage(c.slug()), c.date().map(DATE::format).orElse(""),
                c.summary(), c.unit(), List.copyOf(chips), c.draft(), c.visibility() == Visibility.INTERNAL);
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, p.getProperty(k)));
        return java.util.Collections.unmodifiableMap(m);
    }

}
