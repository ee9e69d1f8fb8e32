package org.casebook.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.casebook.audience.Audience;
import org.casebook.config.BuildClock;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.engine.Engine;
import org.casebook.engine.OutputContext;
import org.casebook.engine.Outputs;
import org.casebook.engine.Progress;
import org.casebook.engine.SiteOutput;
import org.casebook.insight.Insight;
import org.casebook.io.PageSink;
import org.casebook.kb.KnowledgeBase;
import org.casebook.render.markdown.Attachment;
import org.casebook.render.markdown.RenderedBody;
import org.casebook.render.page.SiteRenderer;
import org.casebook.render.page.ViewCache;

/**
 * The preview's driver of the engine: it keeps one {@link Engine} alive and runs it per change, so
 * that only what a change affects is parsed, resolved and rendered again (see {@link Engine}). Of
 * the outputs, pages are brought up to date after every change:
 * only pages whose complete template model differs from the last good one are rendered. A page is a
 * pure function of template and model, so an equal model means an identical page: the case page, its
 * neighbours (previous/next), the listing and term pages it appears on are found this way, without a
 * hand-kept dependency graph that could miss one. The other registered outputs are rendered when a
 * reader first asks for one of their files ({@link DerivedOutputs}).
 * An edit is published with the cross-case model (related cases, coverage, learning pairs) of the
 * state before it; {@link #settle()} (the preview runs it right after, off the lock) brings that model
 * up to date. While the sources have errors the last good site keeps being served and
 * {@link #problems()} lists the diagnostics.
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

    private final Engine engine;
    private final MemorySite site = new MemorySite();
    private ViewCache views = new ViewCache();
    private Map<String, SiteRenderer.PlannedPage> lastPlan = Map.of();
    private Set<String> lastAttachments = Set.of();
    private volatile KnowledgeBase lastModel;
    private Engine.Model lastEngineModel;
    private Insight lastInsight;
    /** Whether the cross-case model of the last good site is that of an earlier state (see {@link #settle()}). */
    private boolean insightStale;
    private volatile List<Diagnostic> problems = List.of();
    private final OnDemandProblems onDemandProblems = new OnDemandProblems();
    private boolean everBuilt;

    /** A preview of {@code kbDir} for the knowledge base's own audience. */
    public LiveSite(Path kbDir, boolean drafts, String version, BuildClock clock) {
        this(kbDir, drafts, Optional.empty(), version, clock);
    }

    /** A preview for {@code audience} (empty: the knowledge base's {@code audience} setting), as a build would make it. */
    public LiveSite(Path kbDir, boolean drafts, Optional<Audience> audience, String version, BuildClock clock) {
        this.engine = new Engine(new Engine.Settings(kbDir, drafts, audience, clock, version), Engine.Lifetime.KEPT,
                new Progress() { }, null);
    }

    public Path kbDir() {
        return engine.settings().kbDir();
    }

    public MemorySite site() {
        return site;
    }

    /**
     * The diagnostics of the sources as they are now (empty when the last update succeeded without
     * warnings), with those the on-demand outputs of this state met when they were asked for.
     */
    public List<Diagnostic> problems() {
        List<Diagnostic> found = onDemandProblems.now();
        if (found.isEmpty()) {
            return problems;
        }
        Set<Diagnostic> all = new TreeSet<>(Diagnostic.ORDER.thenComparing(Diagnostic::toString));
        all.addAll(problems);
        all.addAll(found);
        return List.copyOf(all);
    }

    /**
     * Where the problems an on-demand output meets when it is rendered go (a collection template with
     * a mistake in it is found only when a collection is asked for); they are in {@link #problems()} too.
     */
    public void onDemandProblems(Consumer<List<Diagnostic>> listener) {
        onDemandProblems.listen(listener);
    }

    public Messages messages() {
        return engine.messages();
    }

    /** Whether a site has been built at least once (there is something to serve). */
    public boolean hasSite() {
        return everBuilt;
    }

    /** Reads everything again and renders every page. */
    public Update rebuildAll() {
        long t0 = System.nanoTime();
        engine.restartTimer();
        views = new ViewCache();
        return render(t0, true, engine.runAll());
    }

    /**
     * Applies changed files: case files ({@code .md} under {@code cases/}) are re-read; other files
     * under {@code cases/} (images, attachments) re-render the bodies that name them; anything else
     * (the configuration, templates, assets) rebuilds everything.
     */
    public Update update(Collection<Path> changed) {
        long t0 = System.nanoTime();
        engine.restartTimer();
        Engine.Model model = engine.run(changed);
        if (model.full()) {
            views = new ViewCache();
        }
        return render(t0, model.full(), model);
    }

    private Update render(long t0, boolean full, Engine.Model model) {
        List<Diagnostic> all = new ArrayList<>(model.problems());
        if (model.kb().isEmpty() || model.hasErrors()) {
            return finish(t0, full, false, all, Set.of()); // keep serving the last good site
        }
        // the cross-case model (related-case lists above all: they compare every case's text with the
        // others', seconds at 10,000 cases) is kept as it was for the edit; settle() brings it up to date
        boolean keepInsight = !full && lastInsight != null;
        Insight insight = keepInsight ? lastInsight : engine.insight(model);
        Update u = publish(t0, full, false, model, insight, all);
        if (u.ok()) {
            insightStale = keepInsight;
        }
        return u;
    }

    /**
     * Renders the pages whose model changed since the last good site, and notes what the on-demand
     * outputs are now made from (they are rendered when asked for, see {@link DerivedOutputs}).
     */
    private Update publish(long t0, boolean full, boolean followUp, Engine.Model model, Insight insight,
            List<Diagnostic> all) {
        Diagnostics pageDiags = new Diagnostics(engine.messages());
        OutputContext ctx = context(model, insight, site, pageDiags, views);
        SiteRenderer renderer = ctx.renderer();
        Map<String, SiteRenderer.PlannedPage> plan = new HashMap<>();
        engine.timer().time("plan", () -> renderer.plan().forEach(p -> plan.put(p.path(), p)));
        List<SiteRenderer.PlannedPage> changed = engine.timer().time("diff", () -> plan.values().parallelStream()
                .filter(p -> full || !p.equals(lastPlan.get(p.path())))
                .toList());
        // render into memory first: a template error must not leave half the pages new
        Map<String, String> html = new java.util.concurrent.ConcurrentHashMap<>();
        engine.timer().time("pages", () -> changed.parallelStream()
                .forEach(p -> renderer.renderToString(p).ifPresent(h -> html.put(p.path(), h))));
        pageDiags.sorted().stream().filter(d -> !all.contains(d)).forEach(all::add);
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
        site.derived().replace(onDemandGroups(model, insight, Set.copyOf(plan.keySet())));
        lastPlan = plan;
        lastModel = model.kb().get();
        lastEngineModel = model;
        lastInsight = insight;
        everBuilt = true;
        return finish(t0, full, followUp, all, changedPaths);
    }

    private OutputContext context(Engine.Model model, Insight insight, PageSink sink,
            Diagnostics diags, ViewCache cache) {
        return new OutputContext(model, insight, engine.theme(), engine.templates(), sink, diags,
                engine.settings().version(), engine.settings().clock(), new Progress() { }, cache, engine.passages());
    }

    /**
     * What bringing the cross-case model up to date needs: the last good model and its bodies.
     * Computing it ({@link #insight}) needs no lock; {@link #settle(Pending, Insight)} then applies
     * the result if no newer edit came in between.
     */
    public record Pending(Engine.Model model) {

        public KnowledgeBase kb() {
            return model.kb().orElseThrow();
        }

        public Map<String, RenderedBody> bodies() {
            return model.bodies();
        }

        /** The cross-case model of this state: seconds at 10,000 cases, safe to run on any thread. */
        public Insight insight() {
            return Engine.insightOf(model);
        }
    }

    /** The follow-up the last update left to do, if any. */
    public Optional<Pending> pending() {
        Engine.Model m = lastEngineModel;
        return insightStale && m != null ? Optional.of(new Pending(m)) : Optional.empty();
    }

    /** Whether {@code p} is still about the last good site (no edit came in since it was taken). */
    public boolean isCurrent(Pending p) {
        return p.kb() == lastModel;
    }

    /**
     * Applies the cross-case model computed for {@code p}: re-renders the pages it changes (related
     * cases, the learn-from sections of park pages) and renews the on-demand outputs. Empty when a newer
     * edit made {@code p} obsolete (that edit left its own follow-up).
     */
    public Optional<Update> settle(Pending p, Insight insight) {
        if (!isCurrent(p) || !insightStale) {
            return Optional.empty();
        }
        long t0 = System.nanoTime();
        engine.restartTimer();
        Update u = publish(t0, false, true, p.model(), insight, new ArrayList<>(problems));
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
     * The registered outputs the preview renders on demand, by group, for one state of the site. Each
     * group renders with a view cache of its own: it may run on a server thread while the watcher
     * renders the next edit.
     */
    private Map<String, DerivedOutputs.Group> onDemandGroups(Engine.Model model, Insight insight, Set<String> pages) {
        Map<String, List<SiteOutput>> byGroup = new java.util.LinkedHashMap<>();
        Outputs.ALL.stream().filter(o -> o.delivery() == SiteOutput.Delivery.ON_DEMAND)
                .forEach(o -> byGroup.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o));
        Set<Diagnostic> state = onDemandProblems.renew();
        Map<String, DerivedOutputs.Group> groups = new java.util.LinkedHashMap<>();
        byGroup.forEach((name, outputs) -> groups.put(name, new DerivedOutputs.Group() {
            @Override
            public void render(PageSink sink) {
                reporting(sink, ctx -> {
                    outputs.forEach(o -> o.write(ctx));
                    return null;
                });
            }

            @Override
            public boolean renderOne(PageSink sink, String sitePath) {
                return reporting(sink, ctx -> outputs.stream().anyMatch(o -> o.writeOne(ctx, sitePath)));
            }

            /** Runs {@code work} with a context of its own and tells what problems it met. */
            private <T> T reporting(PageSink sink, java.util.function.Function<OutputContext, T> work) {
                Diagnostics diags = new Diagnostics(engine.messages());
                T result = work.apply(context(model, insight, sink, diags, new ViewCache()).withPagesWritten(pages));
                onDemandProblems.met(state, diags.sorted());
                return result;
            }
        }));
        return groups;
    }

    private Update finish(long t0, boolean full, boolean followUp, List<Diagnostic> all, Set<String> changedPaths) {
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(Diagnostic.ORDER);
        problems = List.copyOf(sorted);
        boolean ok = problems.stream().noneMatch(Diagnostic::isError);
        Map<String, Long> micros = new java.util.LinkedHashMap<>();
        engine.timer().stages().forEach((k, v) -> micros.put(k, v.toNanos() / 1000));
        return new Update(ok, Set.copyOf(changedPaths), problems, full, followUp, (System.nanoTime() - t0) / 1_000_000,
                java.util.Collections.unmodifiableMap(micros));
    }

    /** Deletes the temporary files of the on-demand outputs. */
    @Override
    public void close() {
        engine.close();
        site.close();
    }
}
