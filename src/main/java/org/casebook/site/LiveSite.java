package org.casebook.site;

import org.casebook.config.BuildClock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.casebook.cases.CaseParser;
import org.casebook.cases.CaseStudy;
import org.casebook.cases.SourceFile;
import org.casebook.cases.SourceReader;
import org.casebook.config.ConfigLoader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.insight.Insight;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.kb.KnowledgeBaseBuilder;
import org.casebook.render.Attachment;
import org.casebook.render.LinkTargets;
import org.casebook.render.MarkdownRenderer;
import org.casebook.render.RenderedBody;
import org.casebook.render.SiteRenderer;
import org.casebook.render.Templates;
import org.casebook.render.Theme;

/**
 * The preview's site, rebuilt incrementally. It runs the same stages as a build, but keeps what each
 * produced so that a change re-does only what depends on it:
 * <ul>
 * <li>read and parse: only the case files that changed;</li>
 * <li>resolve: the whole (cheap) model, from the kept parse results;</li>
 * <li>Markdown: only bodies whose text, position or link targets changed;</li>
 * <li>pages: only pages whose complete template model differs from the last good one. A page is a pure
 * function of template and model, so an equal model means an identical page: the case page, its
 * neighbours (previous/next), the listing and term pages it appears on are found this way, without a
 * hand-kept dependency graph that could miss one.</li>
 * </ul>
 * An edit is published with the cross-case model (related cases, coverage, learning pairs) of the
 * state before it; {@link #settle()} (the preview runs it right after, off the lock) brings that model
 * up to date. The outputs derived from the whole collection are rendered only when asked for
 * ({@link DerivedOutputs}). A change to {@code casebook.yml} or {@code templates/} rebuilds everything.
 * While the sources have errors the last good site keeps being served and {@link #problems()} lists
 * the diagnostics.
 * Not thread-safe: one watcher thread calls {@link #update}; readers use {@link #site()}, which is.
 */
public final class LiveSite implements AutoCloseable {

    /**
     * What one update did: the pages it rewrote, and the problems the sources have now. A follow-up
     * brings the related-case lists up to date after an edit was served (see {@link #settle()}).
     */
    public record Update(boolean ok, Set<String> changedPaths, List<Diagnostic> problems, boolean full,
            boolean followUp, long millis, Map<String, Long> stageMicros) {
    }

    private record Parsed(Optional<CaseStudy> study, List<Diagnostic> diagnostics) {
    }

    /** A rendered body and what it was rendered from, reused while the inputs stay the same. */
    private record BodyEntry(String file, String text, int firstLine, RenderedBody body,
            List<Diagnostic> diagnostics) {
    }

    private final Path kbDir;
    private final BuildClock clock;
    private final boolean drafts;
    private final String version;
    private final MemorySite site = new MemorySite();
    private MarkdownRenderer markdown = new MarkdownRenderer();
    private final Map<Path, Parsed> parsed = new TreeMap<>();
    private final Map<String, BodyEntry> bodies = new HashMap<>();
    private org.casebook.render.ViewCache views = new org.casebook.render.ViewCache();
    private KnowledgeBaseBuilder.Memo resolved = new KnowledgeBaseBuilder.Memo();

    private Messages messages;
    private Optional<SiteConfig> config = Optional.empty();
    private List<Diagnostic> configProblems = List.of();
    private Theme theme;
    private Templates templates;
    private Map<String, SiteRenderer.PlannedPage> lastPlan = Map.of();
    private Set<String> lastAttachments = Set.of();
    private LinkTargets lastTargets;
    private volatile KnowledgeBase lastModel;
    private Insight lastInsight;
    private Map<String, RenderedBody> lastBodies = Map.of();
    /** Whether the cross-case model of the last good site is that of an earlier state (see {@link #settle()}). */
    private boolean insightStale;
    private List<Path> lastPaths = List.of();
    private List<String> lastPublished = List.of();
    private List<Diagnostic> problems = List.of();
    private boolean everBuilt;
    /** Microseconds per stage of the update in progress, in the order they ran (for benchmarks and logs). */
    private Map<String, Long> stageMicros = new java.util.LinkedHashMap<>();
    private long stageStart;

    public LiveSite(Path kbDir, boolean drafts, String version, BuildClock clock) {
        this.clock = clock;
        this.kbDir = kbDir.toAbsolutePath().normalize();
        this.drafts = drafts;
        this.version = version;
    }

    public Path kbDir() {
        return kbDir;
    }

    public MemorySite site() {
        return site;
    }

    /** The diagnostics of the sources as they are now (empty when the last update succeeded without warnings). */
    public List<Diagnostic> problems() {
        return problems;
    }

    public Messages messages() {
        return messages;
    }

    /** Whether a site has been built at least once (there is something to serve). */
    public boolean hasSite() {
        return everBuilt;
    }

    /** Reads everything again and renders every page. */
    public Update rebuildAll() {
        long t0 = System.nanoTime();
        startStages();
        messages = Messages.forLanguage(ConfigLoader.peekLanguage(kbDir));
        Diagnostics configDiags = new Diagnostics(messages);
        config = ConfigLoader.load(kbDir, configDiags);
        configProblems = configDiags.sorted();
        theme = new Theme(kbDir);
        templates = new Templates(theme);
        markdown = MarkdownRenderer.forTheme(theme, messages.language());
        parsed.clear();
        bodies.clear();
        lastTargets = null;
        views = new org.casebook.render.ViewCache();
        resolved = new KnowledgeBaseBuilder.Memo();
        Diagnostics listing = new Diagnostics(messages);
        new SourceReader(kbDir, listing).list().parallelStream()
                .map(p -> Map.entry(p, parse(p)))
                .toList()
                .forEach(e -> parsed.put(e.getKey(), e.getValue()));
        configProblems = concat(configProblems, listing.sorted());
        stage("read+parse");
        return render(t0, true);
    }

    /**
     * Applies changed files: case files ({@code .md} under {@code cases/}) are re-read; other files
     * under {@code cases/} (images, attachments) re-render the bodies that name them; anything else
     * (the configuration, templates, assets) rebuilds everything.
     */
    public Update update(Collection<Path> changed) {
        long t0 = System.nanoTime();
        startStages();
        Path cases = kbDir.resolve(SourceReader.CASES);
        Set<String> touchedFiles = new HashSet<>();
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(cases)) {
                return rebuildAll();
            }
            String name = abs.getFileName().toString();
            if (name.endsWith(".md") && !name.startsWith(".")) {
                if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(abs)) {
                    parsed.put(abs, parse(abs));
                } else {
                    parsed.remove(abs);
                }
            } else if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)
                    || parsed.keySet().stream().anyMatch(k -> k.startsWith(abs) && !k.equals(abs))) {
                return rebuildAll(); // a folder appeared, moved or went: its files are not known one by one
            } else {
                touchedFiles.add(name);
            }
        }
        // a body linking a changed attachment is rendered again (its link may now resolve, or not)
        bodies.values().removeIf(b -> touchedFiles.stream().anyMatch(b.text()::contains));
        stage("read+parse");
        return render(t0, false);
    }

    private Parsed parse(Path file) {
        Diagnostics d = new Diagnostics(messages);
        SourceReader reader = new SourceReader(kbDir, d);
        Optional<CaseStudy> study = reader.read(file).flatMap(new CaseParser(d, clock.today())::parse);
        return new Parsed(study, d.sorted());
    }

    private Update render(long t0, boolean full) {
        List<Diagnostic> all = new ArrayList<>(configProblems);
        parsed.values().forEach(p -> all.addAll(p.diagnostics()));
        if (config.isEmpty()) {
            return finish(t0, full, all, Set.of());
        }
        List<CaseStudy> studies = parsed.values().stream().flatMap(p -> p.study().stream()).toList();
        Diagnostics resolveDiags = new Diagnostics(messages);
        KnowledgeBase kb = new KnowledgeBaseBuilder(config.get(), resolveDiags, drafts).build(studies, resolved);
        all.addAll(resolveDiags.sorted());
        stage("resolve");

        // the link targets change only when a case file appears, goes, or stops/starts being published
        List<Path> paths = studies.stream().map(st -> st.source().path()).toList();
        List<String> published = kb.cases().stream().map(Case::slug).toList();
        LinkTargets targets = lastTargets != null && paths.equals(lastPaths) && published.equals(lastPublished)
                ? lastTargets : LinkTargets.of(kbDir, studies, kb);
        lastPaths = paths;
        lastPublished = published;
        Map<String, RenderedBody> rendered = renderBodies(kb, targets);
        kb.cases().forEach(c -> all.addAll(bodies.get(c.slug()).diagnostics()));
        stage("markdown");
        if (all.stream().anyMatch(Diagnostic::isError)) {
            return finish(t0, full, all, Set.of()); // keep serving the last good site
        }

        // the cross-case model (related-case lists above all: they compare every case's text with the
        // others', seconds at 10,000 cases) is kept as it was for the edit; settle() brings it up to date
        boolean keepInsight = !full && lastInsight != null;
        Insight insight = keepInsight ? lastInsight : Insight.of(kb, c -> rendered.get(c.slug()).text());
        stage("insight");
        Update u = publish(t0, full, false, kb, rendered, insight, all);
        if (u.ok()) {
            insightStale = keepInsight;
        }
        return u;
    }

    /**
     * Renders the pages whose model changed since the last good site, and notes what the derived
     * outputs are now made from (they are rendered when asked for, see {@link DerivedOutputs}).
     */
    private Update publish(long t0, boolean full, boolean followUp, KnowledgeBase kb, Map<String, RenderedBody> rendered,
            Insight insight, List<Diagnostic> all) {
        Diagnostics pageDiags = new Diagnostics(messages);
        SiteRenderer renderer = new SiteRenderer(kb, rendered, insight, theme, templates, site, pageDiags, version,
                views);
        Map<String, SiteRenderer.PlannedPage> plan = new HashMap<>();
        renderer.plan().forEach(p -> plan.put(p.path(), p));
        stage("plan");
        List<SiteRenderer.PlannedPage> changed = plan.values().parallelStream()
                .filter(p -> full || !p.equals(lastPlan.get(p.path())))
                .toList();
        stage("diff");
        // render into memory first: a template error must not leave half the pages new
        Map<String, String> html = new java.util.concurrent.ConcurrentHashMap<>();
        changed.parallelStream().forEach(p -> renderer.renderToString(p).ifPresent(h -> html.put(p.path(), h)));
        pageDiags.sorted().stream().filter(d -> !all.contains(d)).forEach(all::add);
        stage("pages");
        if (pageDiags.hasErrors()) {
            return finish(t0, full, followUp, all, Set.of());
        }
        Set<String> changedPaths = new java.util.TreeSet<>(html.keySet());
        html.entrySet().parallelStream().forEach(e -> site.write(e.getKey(), e.getValue()));
        for (String gone : lastPlan.keySet()) {
            if (!plan.containsKey(gone)) {
                site.remove(gone);
                changedPaths.add(gone);
            }
        }
        Map<String, Attachment> attachments = renderer.attachments();
        attachments.values().forEach(a -> site.copy(a.source(), a.sitePath()));
        lastAttachments.stream().filter(p -> !attachments.containsKey(p)).forEach(site::remove);
        lastAttachments = Set.copyOf(attachments.keySet());
        if (full) {
            renderer.copyAssets();
            pageDiags.sorted().stream().filter(d -> !all.contains(d)).forEach(all::add);
        }
        site.derived().replace(derivedGroups(kb, rendered, insight, Set.copyOf(plan.keySet())));
        lastPlan = plan;
        lastModel = kb;
        lastBodies = rendered;
        lastInsight = insight;
        everBuilt = true;
        return finish(t0, full, followUp, all, changedPaths);
    }

    /**
     * What bringing the cross-case model up to date needs: the last good model and its bodies.
     * Computing it ({@link #insight}) needs no lock; {@link #settle(Pending, Insight)} then applies
     * the result if no newer edit came in between.
     */
    public record Pending(KnowledgeBase kb, Map<String, RenderedBody> bodies) {

        /** The cross-case model of this state: seconds at 10,000 cases, safe to run on any thread. */
        public Insight insight() {
            return Insight.of(kb, c -> bodies.get(c.slug()).text());
        }
    }

    /** The follow-up the last update left to do, if any. */
    public Optional<Pending> pending() {
        KnowledgeBase kb = lastModel;
        return insightStale && kb != null ? Optional.of(new Pending(kb, lastBodies)) : Optional.empty();
    }

    /** Whether {@code p} is still about the last good site (no edit came in since it was taken). */
    public boolean isCurrent(Pending p) {
        return p.kb() == lastModel;
    }

    /**
     * Applies the cross-case model computed for {@code p}: re-renders the pages it changes (related
     * cases, the learn-from sections of park pages) and renews the derived outputs. Empty when a newer
     * edit made {@code p} obsolete (that edit left its own follow-up).
     */
    public Optional<Update> settle(Pending p, Insight insight) {
        if (!isCurrent(p) || !insightStale) {
            return Optional.empty();
        }
        long t0 = System.nanoTime();
        startStages();
        Update u = publish(t0, false, true, p.kb(), p.bodies(), insight, new ArrayList<>(problems));
        if (u.ok()) {
            insightStale = false;
        }
        return Optional.of(u);
    }

    /** Does the follow-up of the last update here and now (tests, tools): the site is then what a build makes. */
    public Optional<Update> settle() {
        return pending().flatMap(p -> settle(p, p.insight()));
    }

    /**
     * The derived outputs of one state of the site, as groups rendered on demand: the cross-case pages
     * with the feeds, data files and sitemap (which lists those pages), and the search index.
     */
    private Map<String, DerivedOutputs.Group> derivedGroups(KnowledgeBase kb, Map<String, RenderedBody> bodies,
            Insight insight, Set<String> pages) {
        Theme th = theme;
        Templates tpl = templates;
        Messages msg = messages;
        DerivedOutputs.Group learning = sink -> {
            // its own view cache: this may run on a server thread while the watcher renders the next edit
            SiteRenderer r = new SiteRenderer(kb, bodies, insight, th, tpl, sink, new Diagnostics(msg), version,
                    new org.casebook.render.ViewCache());
            r.markWritten(pages);
            r.renderLearning();
            r.renderFeeds();
        };
        DerivedOutputs.Group search = sink -> {
            org.casebook.search.TraditionalFolding folding = org.casebook.search.TraditionalFolding.standard();
            new org.casebook.search.SearchIndexWriter(sink).write(new org.casebook.search.SearchIndexBuilder(
                    new org.casebook.search.Tokenizer(folding)).build(kb, bodies), folding);
        };
        return Map.of("learning", learning, "search", search);
    }

    private Map<String, RenderedBody> renderBodies(KnowledgeBase kb, LinkTargets targets) {
        boolean sameTargets = targets == lastTargets;
        lastTargets = targets;
        Map<String, RenderedBody> out = new java.util.concurrent.ConcurrentHashMap<>();
        List<Case> stale = new ArrayList<>();
        for (Case c : kb.cases()) {
            BodyEntry e = bodies.get(c.slug());
            if (e != null && e.file().equals(c.file()) && e.firstLine() == c.bodyLine() && e.text().equals(c.body())
                    && (sameTargets || !mayLinkCases(c.body()))) {
                out.put(c.slug(), e.body());
            } else {
                stale.add(c);
            }
        }
        Map<String, BodyEntry> fresh = new java.util.concurrent.ConcurrentHashMap<>();
        stale.parallelStream().forEach(c -> {
            Diagnostics d = new Diagnostics(messages);
            RenderedBody body = markdown.render(kbDir.resolve(c.file()), c.file(), c.body(), c.bodyLine(),
                    c.internalBlocks(), targets, d);
            fresh.put(c.slug(), new BodyEntry(c.file(), c.body(), c.bodyLine(), body, d.sorted()));
            out.put(c.slug(), body);
        });
        bodies.putAll(fresh);
        bodies.keySet().retainAll(out.keySet());
        return out;
    }

    /** Whether a body could contain a link to another case (written as a relative link to its .md file). */
    private static boolean mayLinkCases(String body) {
        return body.contains(".md") || body.contains(".MD") || body.contains("%2E");
    }

    private Update finish(long t0, boolean full, List<Diagnostic> all, Set<String> changedPaths) {
        return finish(t0, full, false, all, changedPaths);
    }

    private Update finish(long t0, boolean full, boolean followUp, List<Diagnostic> all, Set<String> changedPaths) {
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(Diagnostic.ORDER);
        problems = List.copyOf(sorted);
        boolean ok = problems.stream().noneMatch(Diagnostic::isError);
        stage("publish");
        return new Update(ok, Set.copyOf(changedPaths), problems, full, followUp, (System.nanoTime() - t0) / 1_000_000,
                java.util.Collections.unmodifiableMap(stageMicros));
    }

    private void startStages() {
        stageMicros = new java.util.LinkedHashMap<>();
        stageStart = System.nanoTime();
    }

    private void stage(String name) {
        long now = System.nanoTime();
        stageMicros.merge(name, (now - stageStart) / 1000, Long::sum);
        stageStart = now;
    }

    private static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
        List<Diagnostic> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Deletes the temporary files of the derived outputs. */
    @Override
    public void close() {
        site.close();
    }
}
