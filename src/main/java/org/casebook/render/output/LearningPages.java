package org.casebook.render.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casebook.config.Collections;
import org.casebook.insight.CoverageMatrix;
import org.casebook.insight.Insight;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.render.page.LearningViews;
import org.casebook.render.page.SitePaths;
import org.casebook.render.page.SiteRenderer;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;

/**
 * The pages that look across cases: the coverage matrix with learning pairs, statistics, printable
 * collections and the embedding pages. Writes through {@link SiteRenderer} so every page shares the
 * site frame, counters and error reporting.
 */
public final class LearningPages {

    static final String MATRIX = "matrix/index.html";
    static final String STATS = "stats/index.html";
    static final String PRINT = "print/index.html";
    static final String PRINT_ALL = "print/all/index.html";
    static final List<String> EMBEDS = List.of("latest", "term", "search");

    private final SiteRenderer r;
    private final KnowledgeBase kb;
    private final Insight insight;
    private final SiteUrls urls;
    /** The date of a collection without a dated case: the newest case date. */
    private final String date;
    /** This Casebook's version and code: with it, a collection volume made from the same inputs is kept. */
    private final String codeVersion;
    /** Each case's QR code, by slug: the same in every collection holding the case. */
    private final Map<String, String> qrCodes = new java.util.concurrent.ConcurrentHashMap<>();

    public LearningPages(SiteRenderer r, KnowledgeBase kb, Insight insight, String codeVersion) {
        this.r = r;
        this.kb = kb;
        this.insight = insight;
        this.codeVersion = codeVersion;
        this.urls = new SiteUrls(kb.config().baseUrl());
        this.date = KnowledgeBase.newestDate(kb.cases()).map(kb.config().presentation()::format).orElse("");
    }

    static String printPath(Term t) {
        return "print/" + t.kind().key() + "/" + t.slug() + "/index.html";
    }

    /** Volume 1 is the collection's own page; volume n (n > 1) a folder n beside its index.html. */
    static String volumePath(String collectionPath, int number) {
        return number == 1 ? collectionPath
                : collectionPath.substring(0, collectionPath.length() - "index.html".length()) + number + "/index.html";
    }

    static List<LearningViews.Volume> volumes(String collectionPath, int count) {
        return SitePaths.volumes(count).stream().map(v -> new LearningViews.Volume(v.number(),
                volumePath(collectionPath, v.number()), v.from() + 1, v.to(),
                SitePaths.collectionWord(collectionPath, v.number()))).toList();
    }

    static String matrixData(CoverageMatrix m, String ext) {
        return "matrix/" + m.rowKind().key() + "-" + m.columnKind().key() + "." + ext;
    }

    public void renderAll() {
        r.page("matrix.ftlh", MATRIX, "matrix", new LearningViews.MatrixPage(
                insight.coverage().stream().map(this::matrix).toList(), pairs()));
        r.page("stats.ftlh", STATS, "stats", new LearningViews.StatsPage(charts()));
        renderCollections();
        for (String mode : EMBEDS) {
            r.page("embed.ftlh", "embed/" + mode + ".html", "embed", new LearningViews.EmbedPage(mode, "cases.js"));
        }
    }

    // ---- coverage matrix and pairs

    private LearningViews.Matrix matrix(CoverageMatrix m) {
        String rowName = r.kindName(m.rowKind());
        String colName = r.kindName(m.columnKind());
        // cells open the search page with both facets set; a theme without one falls back to the row's term page
        boolean search = r.hasTemplate("search.ftlh");
        List<LearningViews.Row> rows = new ArrayList<>();
        for (int i = 0; i < m.rows().size(); i++) {
            Term row = m.rows().get(i);
            List<LearningViews.Cell> cells = new ArrayList<>();
            for (int j = 0; j < m.columns().size(); j++) {
                Term col = m.columns().get(j);
                int n = m.count(i, j);
                int level = n == 0 ? 0 : Math.max(1, (int) Math.ceil(4.0 * n / Math.max(1, m.max())));
                String href = n == 0 ? "" : search ? "search.html?" + row.kind().key() + "=" + row.slug() + "&"
                        + col.kind().key() + "=" + col.slug() : SitePaths.term(row, 1);
                String label = r.format("matrix_cell", row.name(), col.name(),
                        n == 0 ? r.string("matrix_gap") : r.format("cases_count", n));
                cells.add(new LearningViews.Cell(n, level, href, label));
            }
            // 合计 counts cases: a case of two themes is in two cells but is one case
            rows.add(new LearningViews.Row(r.termLink(row), List.copyOf(cells), m.cases(i)));
        }
        String id = m.rowKind().key() + "-" + m.columnKind().key();
        return new LearningViews.Matrix(id, r.format("matrix_caption", rowName, colName), rowName, colName,
                m.columns().stream().map(r::termLink).toList(), List.copyOf(rows), matrixData(m, "csv"),
                matrixData(m, "json"), m.gaps());
    }

    private List<LearningViews.ThemePairs> pairs() {
        return insight.pairs().byTheme().stream().map(p -> new LearningViews.ThemePairs(r.termLink(p.theme()),
                p.leaders().stream().map(l -> new LearningViews.Teacher(r.termLink(l.park()), l.count(), List.of())).toList(),
                p.without().stream().map(r::termLink).toList())).toList();
    }

    // ---- statistics

    private List<LearningViews.Chart> charts() {
        List<LearningViews.Chart> charts = new ArrayList<>();
        List<Case> published = kb.cases().stream().filter(c -> !c.draft()).toList();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            List<LearningViews.ChartRow> rows = new ArrayList<>();
            for (Term t : kb.vocabulary().terms(kind)) {
                int n = (int) kb.casesFor(t).stream().filter(c -> !c.draft()).count();
                rows.add(new LearningViews.ChartRow(t.name(), n, SitePaths.term(t, 1)));
            }
            // most cases first; equal counts keep the vocabulary's order (the sort is stable)
            rows.sort(java.util.Comparator.comparingInt(LearningViews.ChartRow::count).reversed());
            charts.add(chart("chart-" + kind.key(), r.format("stats_by", r.kindName(kind)), rows));
        }
        Map<String, Integer> years = new TreeMap<>();
        int undated = 0;
        for (Case c : published) {
            if (c.date().isPresent()) {
                years.merge(String.valueOf(c.date().get().getYear()), 1, Integer::sum);
            } else {
                undated++;
            }
        }
        List<LearningViews.ChartRow> rows = new ArrayList<>();
        years.forEach((y, n) -> rows.add(new LearningViews.ChartRow(r.format("stats_year", y), n, "")));
        if (undated > 0) {
            rows.add(new LearningViews.ChartRow(r.string("stats_undated"), undated, ""));
        }
        charts.add(chart("chart-year", r.format("stats_by", r.string("stats_year_axis")), rows));
        return List.copyOf(charts);
    }

    private LearningViews.Chart chart(String id, String title, List<LearningViews.ChartRow> rows) {
        String desc = r.format("stats_desc", rows.stream().map(x -> x.label() + " " + x.count()).reduce((a, b) -> a + "，" + b)
                .orElse(""));
        String svg = StatsCharts.bars(id, title, desc,
                rows.stream().map(x -> new StatsCharts.Bar(x.label(), x.count())).toList());
        return new LearningViews.Chart(id, title, TrustedHtml.of(svg), List.copyOf(rows));
    }

    // ---- printable collections

    private void renderCollections() {
        List<Case> published = kb.cases().stream().filter(c -> !c.draft()).toList();
        Collections wanted = kb.config().collections();
        Map<String, PlannedVolume> pages = new TreeMap<>();
        LearningViews.CollectionLink all = wanted.all()
                ? collection(r.string("print_all"), "", published, PRINT_ALL, pages, SitePaths.allCases(1))
                : unwritten(r.string("print_all"), published.size(), SitePaths.allCases(1));
        List<LearningViews.CollectionGroup> groups = new ArrayList<>();
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            List<LearningViews.CollectionLink> links = new ArrayList<>();
            for (Term t : kb.vocabulary().terms(kind)) {
                List<Case> cases = kb.casesFor(t).stream().filter(c -> !c.draft()).toList();
                // a kind without printable pages (methods: a method's cases are read on its term page)
                // still gets a Word document per term
                links.add(!wanted.includes(t) ? unwritten(t.name(), cases.size(), SitePaths.term(t, 1))
                        : kind.printed() ? collection(t.name(), r.kindName(kind), cases, printPath(t), pages, SitePaths.term(t, 1))
                        : new LearningViews.CollectionLink(t.name(), "", cases.size(), volumes(printPath(t), cases.size()),
                                SitePaths.term(t, 1)));
            }
            groups.add(new LearningViews.CollectionGroup(kind.key(), kind.printed(), links));
        }
        // each volume is a page of its own, streamed to disk; together they are most of the site's bytes
        pages.entrySet().parallelStream().forEach(e -> r.page("collection.ftlh", e.getKey(), "collection",
                e.getValue().page(), codeVersion, e.getValue().inputs()));
        r.page("collections.ftlh", PRINT, "collections", new LearningViews.CollectionIndex(all, groups));
    }

    /** A collection the build does not write: listed with its count, leading to where its cases are read. */
    private static LearningViews.CollectionLink unwritten(String title, int count, String cases) {
        return new LearningViews.CollectionLink(title, "", count, List.of(), cases);
    }

    /** Plans a collection's volumes into {@code pages}; returns its entry in the list of collections. */
    private LearningViews.CollectionLink collection(String title, String kindName, List<Case> cases, String path,
            Map<String, PlannedVolume> pages, String casesPath) {
        List<LearningViews.Volume> volumes = volumes(path, cases.size());
        // a collection is dated by its newest case, as its Word volumes are: a case added elsewhere
        // leaves it as it was
        String dated = KnowledgeBase.newestDate(cases).map(kb.config().presentation()::format).orElse(date);
        for (LearningViews.Volume v : volumes) {
            List<Case> part = cases.isEmpty() ? cases : cases.subList(v.first() - 1, v.last());
            pages.put(v.path(), volume(title, kindName, part, v, volumes, cases.size(), dated));
        }
        return new LearningViews.CollectionLink(title, path, cases.size(), volumes, casesPath);
    }

    /** A volume's page, and what it is made from: the same view with each case's body by its fingerprint. */
    private record PlannedVolume(LearningViews.CollectionPage page, LearningViews.CollectionInputs inputs) {
    }

    private PlannedVolume volume(String title, String kindName, List<Case> cases, LearningViews.Volume volume,
            List<LearningViews.Volume> volumes, int total, String dated) {
        String path = volume.path();
        List<LearningViews.CollectionEntry> toc = cases.stream()
                .map(c -> new LearningViews.CollectionEntry(r.card(c), anchor(c))).toList();
        // the bodies and addresses each case's section is made from (its card and anchor are in the contents)
        List<String> bodies = new java.util.AbstractList<>() {
            @Override
            public String get(int i) {
                return r.bodyPrint(cases.get(i));
            }

            @Override
            public int size() {
                return cases.size();
            }
        };
        List<String> addresses = cases.stream().map(c -> urls.absolute(SitePaths.casePage(c.slug())).orElse("")).toList();
        BodyRelinker.Held held = held(cases);
        LearningViews.CollectionPage page = new LearningViews.CollectionPage(title, kindName, toc, new java.util.AbstractList<>() {
            @Override
            public LearningViews.CollectionCase get(int i) {
                return collectionCase(cases.get(i), path, held);
            }

            @Override
            public int size() {
                return cases.size();
            }
        }, volume, volumes, total, dated);
        return new PlannedVolume(page, new LearningViews.CollectionInputs(title, kindName, toc, bodies, addresses, volume, volumes, total, dated));
    }

    private static String anchor(Case c) {
        return anchor(c.slug());
    }

    private static String anchor(String slug) {
        return "case-" + slug;
    }

    /** What a case's ids become in a collection: its slug before each, so no two cases share one. */
    private static String idPrefix(String slug) {
        return slug + "--";
    }

    /**
     * Where links to the cases of one volume go inside it: the case's section, or the heading its link
     * names. A volume is a booklet of its own, so a case in another volume is still reached on the web.
     */
    private static BodyRelinker.Held held(List<Case> cases) {
        java.util.Set<String> slugs = new java.util.HashSet<>();
        cases.forEach(c -> slugs.add(c.slug()));
        return (slug, fragment) -> !slugs.contains(slug) ? null
                : fragment == null || fragment.isEmpty() ? anchor(slug) : idPrefix(slug) + fragment;
    }

    private LearningViews.CollectionCase collectionCase(Case c, String path, BodyRelinker.Held held) {
        String html = BodyRelinker.relink(r.body(c).html(), SitePaths.casePage(c.slug()), path, idPrefix(c.slug()), held);
        String url = urls.absolute(SitePaths.casePage(c.slug())).orElse("");
        // a case is in several collections (all, its park, its themes, its method): its code is made once
        String qr = url.isEmpty() ? ""
                : qrCodes.computeIfAbsent(c.slug(), slug -> QrSvg.of(url, r.format("print_qr_label", c.title())));
        return new LearningViews.CollectionCase(r.card(c), anchor(c), TrustedHtml.of(html), url, TrustedHtml.of(qr));
    }
}
