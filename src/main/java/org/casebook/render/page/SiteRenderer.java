package org.casebook.render.page;

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
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.casebook.audience.Visibility;
import org.casebook.cache.Fingerprint;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.diag.Severity;
import org.casebook.diag.SourcePos;
import org.casebook.insight.Insight;
import org.casebook.insight.LearningPairs;
import org.casebook.io.PageSink;
import org.casebook.io.WriteFailure;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.render.markdown.Attachment;
import org.casebook.render.markdown.RenderedBody;
import org.casebook.search.IndexFormat;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * Renders every page of the site from the knowledge base and the rendered bodies: home, case pages,
 * the all-cases listing, taxonomy indexes, term pages (paginated), 404, and the theme's assets. The
 * outputs of {@code render.output} write their pages and data files through it, so every page shares
 * the site frame, counters and error reporting.
 */
public final class SiteRenderer {

    /**
     * The base path the 404 page's script may be given: an absolute path of plain URL characters
     * (it is written into a script; anything else leaves the script to find the root itself).
     */
    private static final String NOT_FOUND_BASE = "/[A-Za-z0-9._~%/-]*";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Up to this many cases the home page also lists every case by title; beyond, the paginated list serves. */
    static final int HOME_INDEX_LIMIT = 300;

    private final KnowledgeBase kb;
    private final Map<String, RenderedBody> bodies;
    private final Theme theme;
    private final Templates templates;
    private final PageSink sink;
    private final Diagnostics diags;
    private final Views.Site site;
    private final Map<String, String> strings;
    private final AtomicInteger pages = new AtomicInteger();
    /** See {@link #inputsFor}; guarded by this. */
    private PageInputs pageInputs;
    private final ConcurrentSkipListSet<String> written = new ConcurrentSkipListSet<>();
    /** Template mistakes reported so far, by template, line, column and message. */
    private final Map<String, TemplateFailure> templateProblems = new java.util.HashMap<>();
    private final Insight insight;
    private final ViewCache cache;
    /** Each case's card, made once per rendering: a case appears in several listings. */
    private final Map<Case, Views.CaseCard> cardOf = new java.util.IdentityHashMap<>();
    /** See {@link #bodyPrint}: by slug, made once per rendering. */
    private final Map<String, String> bodyPrints = new java.util.concurrent.ConcurrentHashMap<>();
    /** The mistakes contributors make most, explained on the guide page with the checker's own words. */
    private static final List<String> GUIDE_ERRORS = List.of("yaml.fullwidth-colon", "yaml.tab", "yaml.colon-space",
            "yaml.comment-truncates", "case.missing-field", "term.unknown", "case.date-impossible", "case.date-future",
            "encoding.gbk", "link.missing-case", "link.missing-image", "case.slug-duplicate", "case.empty-body",
            "case.title-duplicate");
    /** Placeholder arguments for the guide's example messages: the reader sees "…" where a value goes. */
    private static final Object[] EXAMPLE_ARGS = {"…", "…", "…", "…"};

    public SiteRenderer(KnowledgeBase kb, Map<String, RenderedBody> bodies, Insight insight, Theme theme,
            Templates templates, PageSink sink, Diagnostics diags, String version) {
        this(kb, bodies, insight, theme, templates, sink, diags, version, new ViewCache());
    }

    /** A renderer sharing unchanged view objects with earlier renderings through {@code cache} (the preview). */
    public SiteRenderer(KnowledgeBase kb, Map<String, RenderedBody> bodies, Insight insight, Theme theme,
            Templates templates, PageSink sink, Diagnostics diags, String version, ViewCache cache) {
        this.kb = kb;
        this.insight = insight;
        this.bodies = bodies;
        this.theme = theme;
        this.templates = templates;
        this.sink = sink;
        this.diags = diags;
        this.cache = cache;
        this.strings = cache.strings(toMap(theme.uiStrings(kb.config().language())));
        this.site = cache.site(siteView(version));
    }

    /** Tells the renderer that these pages exist (rendered earlier), for the sitemap. */
    public void markWritten(java.util.Collection<String> paths) {
        written.addAll(paths);
    }

    /** Every page written or marked written so far, in path order: what the sitemap lists. */
    public List<String> writtenPages() {
        return List.copyOf(written);
    }

    /** The theme's UI strings in the site's language, for outputs written beside the pages (Word). */
    public Map<String, String> uiStrings() {
        return strings;
    }

    /** Number of HTML pages written so far. */
    public int pageCount() {
        return pages.get();
    }

    /**
     * Every page of the site with the model it is rendered from, in a fixed order. A page is a pure
     * function of its template and model, so a caller that kept the previous plan can re-render just
     * the pages whose model changed (see {@code site.LiveSite}).
     */
    public List<PlannedPage> plan() {
        return plan(true);
    }

    private List<PlannedPage> plan(boolean withCases) {
        List<PlannedPage> plan = new ArrayList<>();
        List<Case> all = kb.cases();
        plan.add(planned("index.ftlh", SitePaths.home(), "home", new Views.Home(
                cards(all.stream().limit(kb.config().latest()).toList()),
                all.size() <= HOME_INDEX_LIMIT ? cards(all) : List.of())));
        if (withCases) {
            planCases(plan);
        }
        planListing(plan, kb.cases(), SitePaths::allCases, "list.ftlh", "list", null);
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            Views.Taxonomy tax = taxonomyView(kind);
            plan.add(planned("taxonomy.ftlh", SitePaths.taxonomy(kind), "taxonomy", tax));
            for (Term term : kb.vocabulary().terms(kind)) {
                Views.TermLink link = termLink(term);
                List<Case> cases = kb.casesFor(term);
                List<LearningViews.Gap> learnFrom = gapsOf(term);
                List<Views.Breakdown> breakdown = breakdown(term, cases);
                boolean written = kb.config().collections().includes(term);
                // no Word document is written for a term without cases
                String word = written && !cases.isEmpty() ? SitePaths.collectionWord(SitePaths.collection(term), 1) : "";
                // methods have no printable page, only the Word document
                String print = written && kind.printed() ? SitePaths.collection(term) : "";
                // a later page shows the term's cases only: its view leaves out what every added case
                // changes (the count, the breakdown, the taxonomy's terms with theirs), so that such a
                // case leaves it as it was
                Views.TermLink later = new Views.TermLink(link.kind(), link.name(), link.slug(), link.path(), 0,
                        link.aliases(), link.description());
                Views.Taxonomy laterTax = new Views.Taxonomy(tax.key(), tax.name(), tax.path(), List.of(), tax.required(),
                        tax.printed(), tax.place());
                planListing(plan, cases, p -> SitePaths.term(term, p), "term.ftlh", "term",
                        (cards, pager) -> pager.current() == 1
                                ? new Views.TermPage(link, tax, cards, pager, learnFrom, breakdown, print, word)
                                : new Views.TermPage(later, laterTax, cards, pager, List.of(), List.of(), print, word));
            }
        }
        plan.add(planned("guide.ftlh", SitePaths.guide(), "guide", guideView()));
        plan.add(planned("feeds.ftlh", SitePaths.feeds(), "feeds", new Views.FeedsPage()));
        plan.add(planned("search.ftlh", SitePaths.search(), "search",
                new Views.SearchPage(IndexFormat.ENTRY, IndexFormat.VERSION, scriptDates())));
        plan.add(planned("404.ftlh", "404.html", "notfound", new Views.NotFound(kb.config().baseUrl()
                .map(u -> u.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*", "").replaceFirst("[?#].*$", ""))
                .filter(p -> p.matches(NOT_FOUND_BASE)).orElse(""))));
        for (Redirects.Redirect r : Redirects.of(kb)) {
            plan.add(planned("redirect.ftlh", r.path(), "redirect", r.view()));
        }
        cache.roll();
        return plan;
    }

    /**
     * A term's cases counted by each other taxonomy's terms, most cases first (then in vocabulary
     * order), linking to the search with both terms as facets: 洋浦 × 党员教育 is two clicks from home.
     */
    private List<Views.Breakdown> breakdown(Term term, List<Case> cases) {
        List<Views.Breakdown> out = new ArrayList<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            if (kind == term.kind()) {
                continue;
            }
            Map<String, Integer> counts = new java.util.HashMap<>();
            for (Case c : cases) {
                if (!c.draft()) {
                    c.terms(kind).forEach(t -> counts.merge(t.key(), 1, Integer::sum));
                }
            }
            List<Views.BreakdownItem> items = new ArrayList<>();
            kb.vocabulary().terms(kind).stream().filter(t -> counts.containsKey(t.key()))
                    .sorted(java.util.Comparator.comparing((Term t) -> -counts.get(t.key())))
                    .forEach(t -> items.add(new Views.BreakdownItem(t.name(), counts.get(t.key()), SitePaths.search() + "?"
                            + term.kind().key() + "=" + term.slug() + "&" + kind.key() + "=" + t.slug())));
            if (!items.isEmpty()) {
                out.add(new Views.Breakdown(kind.key(), kindName(kind), List.copyOf(items)));
            }
        }
        return List.copyOf(out);
    }

    private Views.ScriptDates scriptDates() {
        var p = kb.config().presentation();
        return new Views.ScriptDates(p.scriptPattern(), p.monthNames(true), p.monthNames(false), p.weekdayNames(true),
                p.weekdayNames(false));
    }

    /** One page to render: where it goes, its template, and the complete model the template sees. */
    public record PlannedPage(String path, String template, Views.Page model) {
    }

    /**
     * Keeps {@code page} as the last build left it when the sink remembers making it from the same
     * inputs, else renders it; a template problem is reported, never thrown.
     */
    private void keepOrRender(PlannedPage page, java.util.function.Function<PlannedPage, long[]> inputs) {
        written.add(page.path());
        try {
            if (sink.make(page.path(), () -> inputs.apply(page), () -> rendered(page, templates::renderUtf8).orElse(null))) {
                pages.incrementAndGet();
            }
        } catch (IOException e) {
            WriteFailure.report(diags, page.path(), e);
        }
    }

    /** The HTML of one planned page, or empty with the template problem reported. */
    public Optional<String> renderToString(PlannedPage p) {
        return rendered(p, templates::render);
    }

    /** A way of rendering a template: as a String, or as the bytes of its file. */
    private interface Rendering<T> {
        T apply(String template, Object model) throws Templates.TemplateProblem;
    }

    private <T> Optional<T> rendered(PlannedPage p, Rendering<T> rendering) {
        try {
            return Optional.of(rendering.apply(p.template(), p.model()));
        } catch (Templates.TemplateProblem e) {
            report(e, p.path());
            return Optional.empty();
        }
    }

    /**
     * Reports a template's mistake once, naming the first of its pages by path and how many failed:
     * the same line of a layout or a partial fails on every page, and a hundred copies of one error
     * bury the others. Pages render in parallel, so the report is brought up to date as they fail.
     */
    private void report(Templates.TemplateProblem e, String path) {
        String key = e.file() + ':' + e.line() + ':' + e.column() + ':' + e.getMessage();
        synchronized (templateProblems) {
            TemplateFailure before = templateProblems.get(key);
            String first = before == null || path.compareTo(before.firstPage()) < 0 ? path : before.firstPage();
            int pages = before == null ? 1 : before.pages() + 1;
            Messages m = diags.messages();
            String says = TemplateWords.say(e.getMessage(), m);
            Diagnostic d = new Diagnostic(new SourcePos(e.file(), e.line(), e.column()), Severity.ERROR, "template.error",
                    pages == 1 ? m.format("template.error", says, first)
                            : m.format("template.error.pages", says, first, pages),
                    m.format("template.error.hint"));
            if (before == null) {
                diags.add(d);
            } else {
                diags.replace(before.reported(), d);
            }
            templateProblems.put(key, new TemplateFailure(first, pages, d));
        }
    }

    /** One template mistake: the first page it failed on (by path), how many did, and its report. */
    private record TemplateFailure(String firstPage, int pages, Diagnostic reported) {
    }

    private void planCases(List<PlannedPage> plan) {
        CasePlanner planner = new CasePlanner();
        for (int i = 0; i < kb.cases().size(); i++) {
            plan.add(planner.page(i));
        }
    }

    /** Plans case pages one at a time: each holds its body's HTML, so a build plans them as it renders them. */
    private final class CasePlanner {
        private final List<Case> cases = kb.cases();
        private final List<Views.CaseCard> cards = cards(cases);

        PlannedPage page(int i) {
            Case c = cases.get(i);
            RenderedBody body = bodies.get(c.slug());
            Views.CaseCard prev = i > 0 ? cards.get(i - 1) : null;
            Views.CaseCard next = i + 1 < cases.size() ? cards.get(i + 1) : null;
            Views.CasePage view = new Views.CasePage(cards.get(i), body.html(),
                    body.toc().size() >= 3 ? body.toc() : List.of(), c.keywords(), new TreeMap<>(c.extra()), prev, next,
                    c.file(), cards(insight.related().of(c.slug())), SitePaths.caseWord(c.slug()));
            return planned("case.ftlh", SitePaths.casePage(c.slug()), "case", view);
        }
    }

    /**
     * Renders the whole site for a build: the pages of {@link #plan()}, except that case pages are
     * planned as they are rendered, so no more bodies are held than pages in flight (a full plan
     * holds every body's HTML: at 100,000 cases more than a 2 GiB heap). A page the last build made
     * from the same inputs ({@link PageInputs}) is kept as it is, not rendered, when the sink
     * remembers the last build's files. Returns the number of pages.
     *
     * @param codeVersion this Casebook's version and code: part of every page's inputs
     */
    public int renderSite(java.util.function.IntConsumer pagesToCome, Runnable afterEachPage, String codeVersion) {
        List<PlannedPage> others = plan(false);
        CasePlanner planner = new CasePlanner();
        PageInputs inputs = inputsFor(codeVersion);
        pagesToCome.accept(others.size() + kb.cases().size());
        java.util.stream.IntStream.range(0, kb.cases().size()).parallel().forEach(i -> {
            PlannedPage page = planner.page(i);
            Case c = kb.cases().get(i);
            // the body is fingerprinted only when the sink asks for the page's inputs (a build with a cache)
            keepOrRender(page, p -> inputs.casePage(p, bodyPrint(c)));
            afterEachPage.run();
        });
        others.parallelStream().forEach(page -> {
            keepOrRender(page, inputs::page);
            afterEachPage.run();
        });
        return others.size() + kb.cases().size();
    }

    /** Every attachment the published cases link to, by site path (one copy serves every case linking it). */
    public Map<String, Attachment> attachments() {
        Map<String, Attachment> all = new TreeMap<>();
        for (Case c : kb.cases()) {
            for (Attachment a : bodies.get(c.slug()).attachments()) {
                all.putIfAbsent(a.sitePath(), a);
            }
        }
        return all;
    }

    public void copyAttachments() {
        for (Attachment a : attachments().values()) {
            try {
                sink.copy(a.source(), a.sitePath());
            } catch (IOException e) {
                WriteFailure.report(diags, a.sitePath(), e);
            }
        }
    }

    private interface ListingView {
        Object make(List<Views.CaseCard> cards, Views.Pager pager);
    }

    /**
     * A listing, newest first, in pages cut from the oldest case on: every page after the first holds
     * exactly page_size cases, and the first the rest (from half a page to one and a half), so that
     * a case added at the top changes the first page only, not every page after it (until the first
     * page has grown by half a page and passes a full page on, once in page_size additions).
     */
    private void planListing(List<PlannedPage> plan, List<Case> cases, java.util.function.IntFunction<String> pathOf,
            String template, String kind, ListingView viewOf) {
        int size = kb.config().pageSize();
        int first = firstPageSize(cases.size(), size);
        int total = 1 + (cases.size() - first) / size;
        List<String> paths = IntStream.rangeClosed(1, total).mapToObj(pathOf).toList();
        for (int p = 1; p <= total; p++) {
            int from = p == 1 ? 0 : first + (p - 2) * size;
            List<Views.CaseCard> cards = cards(cases.subList(from, p == 1 ? first : from + size));
            Views.Pager pager = new Views.Pager(p, total, paths);
            Object view = viewOf == null ? new Views.ListPage(cards, pager, p == 1 ? cases.size() : 0)
                    : viewOf.make(cards, pager);
            plan.add(planned(template, paths.get(p - 1), kind, view));
        }
    }

    /** How many of {@code count} cases the first page of a listing holds (see {@link #planListing}). */
    static int firstPageSize(int count, int size) {
        if (count <= size) {
            return count;
        }
        int rest = count % size;
        return rest == 0 ? size : rest >= (size + 1) / 2 ? rest : rest + size;
    }

    private PlannedPage planned(String template, String path, String kind, Object view) {
        return new PlannedPage(path, template, new Views.Page(site, view, strings, SitePaths.rootOf(path), path, kind));
    }

    private Views.Guide guideView() {
        var messages = diags.messages();
        List<Views.GuideError> errors = new ArrayList<>();
        for (String key : GUIDE_ERRORS) {
            Object[] args = key.equals("term.unknown")
                    ? new Object[] {messages.format(TaxonomyKind.place().messageKey()), "…", TaxonomyKind.place().key()}
                    : EXAMPLE_ARGS;
            String hint = messages.has(key + ".hint") ? messages.format(key + ".hint", args) : "";
            errors.add(new Views.GuideError(key, messages.format(key, args), hint));
        }
        return new Views.Guide(List.copyOf(errors), kb.config().synonyms());
    }

    /** 可向这些园区学习, for a park's term page; empty for other kinds of term. */
    private List<LearningViews.Gap> gapsOf(Term term) {
        if (term.kind() != TaxonomyKind.place()) {
            return List.of();
        }
        List<LearningViews.Gap> gaps = new ArrayList<>();
        for (LearningPairs.Gap g : insight.pairs().gapsOf(term)) {
            gaps.add(new LearningViews.Gap(termLink(g.theme()), g.teachers().stream()
                    .map(t -> new LearningViews.Teacher(termLink(t.park()), t.count(), cards(t.cases()))).toList()));
        }
        return List.copyOf(gaps);
    }

    /** Writes a data file (a feed, JSON, CSV), reporting a failure to write. */
    public void data(String path, String content) {
        try {
            sink.write(path, content);
        } catch (IOException e) {
            WriteFailure.report(diags, path, e);
        }
    }

    /** Renders a page outside the plan (cross-case pages), streamed into the sink. */
    public void page(String template, String path, String kind, Object view) {
        page(template, path, kind, view, null);
    }

    /**
     * Renders a page outside the plan like {@link #page(String, String, String, Object)}, or keeps it
     * as the last build left it when that build made it from the same inputs: what every page shares
     * (see {@link PageInputs}) and {@code inputs}, a view of everything the page is made from that
     * PageInputs can walk, for a page whose own view holds parts it cannot, or parts as costly to make
     * as the page (a printable collection's bodies, given by their fingerprints).
     *
     * @param codeVersion this Casebook's version and code, as for {@link #renderSite}
     */
    public void page(String template, String path, String kind, Object view, String codeVersion, Object inputs) {
        String root = SitePaths.rootOf(path);
        PlannedPage described = new PlannedPage(path, template, new Views.Page(site, inputs, strings, root, path, kind));
        page(template, path, kind, view, () -> inputsFor(codeVersion).page(described));
    }

    private void page(String template, String path, String kind, Object view, java.util.function.Supplier<long[]> inputs) {
        written.add(path);
        Views.Page model = new Views.Page(site, view, strings, SitePaths.rootOf(path), path, kind);
        try {
            // streamed: a collection page can be larger than everything else in memory together
            if (inputs == null) {
                sink.write(path, out -> templates.render(template, model, out));
            } else {
                sink.make(path, inputs, out -> templates.render(template, model, out));
            }
            pages.incrementAndGet();
        } catch (Templates.TemplateProblem e) {
            report(e, path);
        } catch (IOException e) {
            WriteFailure.report(diags, path, e);
        }
    }

    public void copyAssets() {
        for (String asset : theme.assets()) {
            try {
                Optional<InputStream> in = theme.open(asset);
                if (in.isEmpty()) {
                    diags.error(SourcePos.of("templates/" + asset), "theme.asset-missing", asset);
                    continue;
                }
                try (InputStream s = in.get()) {
                    sink.write(asset, AssetMinifier.ship(asset, s.readAllBytes()));
                }
            } catch (IOException e) {
                WriteFailure.report(diags, asset, e);
            }
        }
    }

    private Views.Site siteView(String version) {
        List<Views.Taxonomy> taxonomies = new ArrayList<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            taxonomies.add(taxonomyView(kind));
        }
        return new Views.Site(kb.config().title(), kb.config().description(), kb.config().language(),
                kb.cases().size(), List.copyOf(taxonomies), version, kb.config().baseUrl().orElse(""),
                kb.config().extra(), kb.config().presentation().organization(),
                kb.config().presentation().footerNote());
    }

    private Views.Taxonomy taxonomyView(TaxonomyKind kind) {
        List<Views.TermLink> terms = kb.vocabulary().terms(kind).stream().map(this::termLink).toList();
        return new Views.Taxonomy(kind.key(), kindName(kind), SitePaths.taxonomy(kind), terms, kind.required(),
                kind.printed(), kind == TaxonomyKind.place());
    }

    public Views.TermLink termLink(Term t) {
        return new Views.TermLink(t.kind().key(), t.name(), t.slug(), SitePaths.term(t, 1), kb.casesFor(t).size(),
                t.aliases(), t.description());
    }

    /** A taxonomy's name in the site's language, as its pages show it. */
    public String kindName(TaxonomyKind kind) {
        return strings.getOrDefault(kind.uiKey(), kind.key());
    }

    /** A UI string of the theme, or its key when the theme lacks it. */
    public String string(String key) {
        return strings.getOrDefault(key, key);
    }

    /** A UI string with {0}, {1}… replaced, as the templates do with ?replace. */
    public String format(String key, Object... args) {
        String s = string(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** Whether the theme has a template, e.g. whether the site has a search page to link to. */
    public boolean hasTemplate(String name) {
        try {
            Optional<InputStream> in = theme.open(name);
            if (in.isPresent()) {
                in.get().close();
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The inputs every page shares, worked out once per build. */
    private synchronized PageInputs inputsFor(String codeVersion) {
        if (pageInputs == null || !pageInputs.codeVersion().equals(codeVersion)) {
            pageInputs = new PageInputs(codeVersion, theme, site);
        }
        return pageInputs;
    }

    public RenderedBody body(Case c) {
        return bodies.get(c.slug());
    }

    /**
     * The fingerprint of a case's rendered body ({@link Fingerprint#hex} of its HTML), made once per
     * run: the case page, the printable collections and the Word documents all key what they make by it.
     */
    public String bodyPrint(Case c) {
        return bodyPrints.computeIfAbsent(c.slug(), slug -> {
            RenderedBody b = bodies.get(slug);
            return Fingerprint.hex(b == null ? "" : b.html());
        });
    }

    public List<Views.CaseCard> cards(List<Case> cases) {
        return cases.stream().map(this::card).toList();
    }

    public Views.CaseCard card(Case c) {
        synchronized (cardOf) {
            return cardOf.computeIfAbsent(c, k -> cache.card(k, this::newCard));
        }
    }

    private Views.CaseCard newCard(Case c) {
        List<Views.Chip> chips = new ArrayList<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            for (Term t : c.terms(kind)) {
                chips.add(new Views.Chip(kind.key(), kindName(kind), t.name(), SitePaths.term(t, 1)));
            }
        }
        return new Views.CaseCard(c.slug(), c.title(), SitePaths.casePage(c.slug()), c.date().map(DATE::format).orElse(""),
                c.date().map(kb.config().presentation()::format).orElse(""),
                c.summary(), c.unit(), List.copyOf(chips), c.draft(), c.visibility() == Visibility.INTERNAL);
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, p.getProperty(k)));
        return java.util.Collections.unmodifiableMap(m);
    }

}
