package org.casebook.engine;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.casebook.audience.Audience;
import org.casebook.cache.CacheStore;
import org.casebook.cache.CodeFingerprint;
import org.casebook.cases.CaseParser;
import org.casebook.cases.CaseStudy;
import org.casebook.cases.SourceReader;
import org.casebook.config.BuildClock;
import org.casebook.config.ConfigLoader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.diag.SourcePos;
import org.casebook.insight.Insight;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.kb.KnowledgeBaseBuilder;
import org.casebook.render.markdown.LinkLookups;
import org.casebook.render.markdown.LinkTargets;
import org.casebook.render.markdown.MarkdownRenderer;
import org.casebook.io.PageSink;
import org.casebook.render.markdown.RenderedBody;
import org.casebook.render.markdown.SpillingBodies;
import org.casebook.render.page.Templates;
import org.casebook.render.page.Theme;
import org.casebook.search.PassageMemo;

/**
 * The pipeline, once for both drivers. A run reads the case files, parses them, resolves their terms
 * into one immutable {@link KnowledgeBase} and renders their bodies; {@link #insight} and
 * {@link #write} then make the cross-case model and every registered output.
 *
 * <p>An engine that {@linkplain Lifetime#KEPT keeps} its results (the preview) re-parses only the
 * files a run is told changed, re-resolves only cases whose parse result is new, and re-renders only
 * bodies whose inputs (text, position, what their links looked up) changed. A change to
 * {@code casebook.yml} or {@code templates/} starts from nothing. An engine run
 * {@linkplain Lifetime#ONCE once} (a build) keeps nothing in memory and holds bodies beyond a memory
 * budget on disk; given a cache folder, it reuses the bodies earlier builds rendered from the same
 * inputs ({@link BodyMemo}) and leaves this build's there for the next.
 *
 * <p>Not thread-safe: one driver thread calls it.
 */
public final class Engine implements AutoCloseable {

    /**
     * What the engine builds, fixed for its life. {@code audience} empty: the knowledge base's own
     * setting. {@code cache}: the folder of the persistent build cache, empty for none.
     */
    public record Settings(Path kbDir, boolean drafts, Optional<Audience> audience, BuildClock clock, String version,
            Optional<Path> cache) {

        public Settings {
            kbDir = kbDir.toAbsolutePath().normalize();
            audience = audience == null ? Optional.empty() : audience;
            cache = cache == null ? Optional.empty() : cache.map(p -> p.toAbsolutePath().normalize());
        }

        /** Settings without a persistent cache. */
        public Settings(Path kbDir, boolean drafts, Optional<Audience> audience, BuildClock clock, String version) {
            this(kbDir, drafts, audience, clock, version, Optional.empty());
        }
    }

    /** Whether results are kept for the next run (the preview) or the run is the only one (a build). */
    public enum Lifetime { ONCE, KEPT }

    /**
     * What a run made: the model and the rendered bodies, or only the problems when the configuration
     * could not be read. {@code problems} are every diagnostic of the run's stages, sorted;
     * {@code full} says whether everything was read again (nothing of earlier runs was reused).
     */
    public record Model(Messages messages, Optional<KnowledgeBase> kb, Map<String, RenderedBody> bodies,
            List<Diagnostic> problems, Audience audience, boolean full) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    private record Parsed(Optional<CaseStudy> study, List<Diagnostic> diagnostics) {
    }

    private final Settings settings;
    private final Lifetime lifetime;
    private final Progress progress;
    private final Path scratch;
    private StageTimer timer;

    // inputs that, when they change, invalidate everything
    private Messages messages;
    private Optional<SiteConfig> config = Optional.empty();
    private List<Diagnostic> setupProblems = List.of();
    private Theme theme;
    private Prepared<MarkdownRenderer> markdown;
    private Prepared<Templates> templates;

    // what earlier runs made (kept only by a KEPT engine)
    private final Map<Path, Parsed> parsed = new TreeMap<>();
    private final BodyMemo bodies;
    private final PassageMemo passages;
    /** A build's {@link #passages}, whose damage the build reports. */
    private final Optional<StoredPassages> storedPassages;
    private KnowledgeBaseBuilder.Memo resolved = new KnowledgeBaseBuilder.Memo();
    private LinkTargets lastTargets;
    private List<Path> lastPaths = List.of();
    private List<String> lastPublished = List.of();
    private SpillingBodies spilled;
    private boolean fullRun;
    private java.util.function.BiConsumer<List<CaseStudy>, Diagnostics> studiesCheck = (s, d) -> { };

    /**
     * @param scratch where a {@link Lifetime#ONCE} engine puts bodies beyond its memory budget (beside
     *                the output, not in /tmp, which is often memory itself); unused when kept
     */
    public Engine(Settings settings, Lifetime lifetime, Progress progress, Path scratch) {
        this.settings = settings;
        this.lifetime = lifetime;
        this.progress = progress;
        this.scratch = scratch;
        this.timer = new StageTimer(progress);
        this.bodies = new BodyMemo(lifetime == Lifetime.KEPT, settings.cache().map(CacheStore::new));
        this.storedPassages = lifetime == Lifetime.KEPT ? Optional.empty()
                : settings.cache().map(c -> new StoredPassages(c, settings.kbDir(), () -> codeVersion(settings.version())));
        this.passages = lifetime == Lifetime.KEPT ? PassageMemo.inMemory()
                : storedPassages.<PassageMemo>map(s -> s).orElse(PassageMemo.NONE);
    }

    /** Where the search index keeps its snippet passages from run to run ({@link PassageMemo}). */
    public PassageMemo passages() {
        return passages;
    }

    /**
     * A check of the driver's over every parsed case (published or not), run after resolving, e.g. a
     * build's comparison with the site it replaces.
     */
    public Engine checkingStudies(java.util.function.BiConsumer<List<CaseStudy>, Diagnostics> check) {
        this.studiesCheck = check;
        return this;
    }

    public Settings settings() {
        return settings;
    }

    /** The stages of the runs since the last {@link #restartTimer()}, timed in the order they ran. */
    public StageTimer timer() {
        return timer;
    }

    /** Times the next run's stages from zero. */
    public void restartTimer() {
        timer = new StageTimer(progress);
    }

    /** The theme of the last full run (templates, assets, UI strings). */
    public Theme theme() {
        return theme;
    }

    /** The page templates, made on a thread of their own during the first stages. */
    public Templates templates() {
        return templates.get();
    }

    public Messages messages() {
        return messages;
    }

    /**
     * The whole pipeline up to the model, everything read again:
     * config ─▶ read ─▶ parse ─▶ resolve ─▶ markdown.
     */
    public Model runAll() {
        fullRun = true;
        setUp();
        parsed.clear();
        bodies.clear();
        resolved = new KnowledgeBaseBuilder.Memo();
        lastTargets = null;
        Diagnostics listing = new Diagnostics(messages);
        SourceReader reader = new SourceReader(settings.kbDir(), listing);
        List<Path> files = timer.time("read", () -> reader.list());
        progress.stage("parse", files.size());
        CaseParser parser = new CaseParser(listing, settings.clock().today(), extraFields());
        timer.time("parse", () -> files.parallelStream()
                .map(p -> Map.entry(p, parse(reader, parser, p, listing)))
                .peek(e -> progress.advance())
                .toList()
                .forEach(e -> parsed.put(e.getKey(), e.getValue())));
        // every file of cases/ is accounted for: attachments no case links to, Word documents, stray cases
        var folder = reader.folder();
        folder.reportUnlinked(parsed.values().stream().flatMap(p -> p.study().stream()).toList());
        folder.reportCasesOutside();
        setupProblems = concat(setupProblems, listing.sorted());
        return model();
    }

    /**
     * The pipeline after {@code changed} files changed since the last run (a kept engine only): case
     * files are parsed again, other files under {@code cases/} re-render the bodies that name them,
     * anything else (the configuration, templates, assets) or a folder that came or went starts from
     * nothing.
     */
    public Model run(Collection<Path> changed) {
        if (lifetime != Lifetime.KEPT || messages == null) {
            return runAll();
        }
        fullRun = false;
        Path cases = settings.kbDir().resolve(SourceReader.CASES);
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(cases)) {
                return runAll();
            }
            String name = abs.getFileName().toString();
            if (name.endsWith(".md") && !name.startsWith(".")) {
                if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(abs)) {
                    Diagnostics d = new Diagnostics(messages);
                    parsed.put(abs, parse(new SourceReader(settings.kbDir(), d),
                            new CaseParser(d, settings.clock().today(), extraFields()), abs, d));
                } else {
                    parsed.remove(abs);
                }
            } else if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)
                    || parsed.keySet().stream().anyMatch(k -> k.startsWith(abs) && !k.equals(abs))) {
                return runAll(); // a folder appeared, moved or went: its files are not known one by one
            }
            // another file (an attachment): a body linking it is rendered again when its lookups no longer hold
        }
        return model();
    }

    /** The cross-case model (related cases, coverage, learning pairs) of a run's model. */
    public Insight insight(Model model) {
        return timer.time("insight", () -> insightOf(model));
    }

    /** The insight stage untimed, for a caller on another thread than the engine's (the preview's follow-up). */
    public static Insight insightOf(Model model) {
        KnowledgeBase kb = model.kb().orElseThrow();
        return Insight.of(kb, c -> model.bodies().get(c.slug()).text());
    }

    /**
     * Writes every registered output ({@link Outputs#ALL}) of a model into {@code sink}, each timed as
     * a stage of its own; problems go to {@code diags}.
     */
    public void write(Model model, Insight insight, PageSink sink, Diagnostics diags) {
        write(model, insight, sink, diags, output -> true);
        storedPassages.ifPresent(s -> s.report(diags));
    }

    /** The registered outputs {@code which} selects, in registry order, each timed as a stage of its own. */
    private void write(Model model, Insight insight, PageSink sink, Diagnostics diags,
            java.util.function.Predicate<SiteOutput> which) {
        OutputContext ctx = new OutputContext(model, insight, theme, templates(), sink, diags, settings.version(),
                settings.clock(), progress, passages);
        for (SiteOutput output : Outputs.ALL) {
            if (which.test(output)) {
                timer.time(output.name(), () -> output.write(ctx));
            }
        }
    }

    /**
     * Renders the outputs made with the theme's templates ({@link SiteOutput#templated()}) into
     * nothing: a check of a knowledge base with templates of its own finds their mistakes, as a build
     * would, and writes no file.
     */
    public void renderTemplates(Model model, Diagnostics diags) {
        write(model, insight(model), new NoSink(), diags, SiteOutput::templated);
    }

    /** A Markdown renderer captioning internal passages with the theme's words for the site's language. */
    private static MarkdownRenderer markdownRenderer(Theme theme, String language) {
        return new MarkdownRenderer(theme.uiStrings(language).getProperty("internal_block_label", ""));
    }

    /** Reads the configuration and the theme, and starts making the Markdown renderer and the templates. */
    private void setUp() {
        Path kbDir = settings.kbDir();
        String language = ConfigLoader.peekLanguage(kbDir);
        messages = Messages.forLanguage(language);
        theme = new Theme(kbDir);
        Theme th = theme;
        markdown = Prepared.start("markdown", () -> markdownRenderer(th, language));
        templates = lifetime == Lifetime.KEPT ? Prepared.onDemand(() -> new Templates(th))
                : Prepared.start("templates", () -> new Templates(th).preload());
        Diagnostics configDiags = new Diagnostics(messages);
        config = timer.time("config", () -> ConfigLoader.load(kbDir, configDiags));
        settings.clock().rejected().ifPresent(v -> configDiags.error(SourcePos.of(BuildClock.SOURCE_DATE_EPOCH),
                "clock.bad-epoch", v));
        setupProblems = configDiags.sorted();
    }

    private Parsed parse(SourceReader reader, CaseParser parser, Path file, Diagnostics shared) {
        if (lifetime == Lifetime.ONCE) {
            // one collector for the run: the diagnostics are not kept per file
            return new Parsed(reader.read(file).flatMap(parser::parse), List.of());
        }
        Diagnostics own = new Diagnostics(messages);
        Optional<CaseStudy> study = new SourceReader(settings.kbDir(), own).read(file)
                .flatMap(new CaseParser(own, settings.clock().today(), extraFields())::parse);
        return new Parsed(study, own.sorted());
    }

    /** Front-matter keys the knowledge base declares as its own ({@code extra_fields:}). */
    private java.util.Set<String> extraFields() {
        return config.map(SiteConfig::extraFields).orElse(java.util.Set.of());
    }

    /** resolve ─▶ markdown, from the parse results at hand. */
    private Model model() {
        List<Diagnostic> all = new ArrayList<>(setupProblems);
        parsed.values().forEach(p -> all.addAll(p.diagnostics()));
        if (config.isEmpty()) {
            return finish(Optional.empty(), Map.of(), all, Audience.INTERNAL);
        }
        Audience audience = settings.audience().orElse(config.get().audience());
        List<CaseStudy> studies = parsed.values().stream().flatMap(p -> p.study().stream()).toList();
        if (lifetime == Lifetime.ONCE) {
            parsed.clear(); // the studies hold what the rest needs; the map would keep them to the end
        }
        Diagnostics resolveDiags = new Diagnostics(messages);
        KnowledgeBase kb = timer.time("resolve", () -> new KnowledgeBaseBuilder(config.get().forAudience(audience), resolveDiags,
                settings.drafts(), audience).build(studies, resolved));
        studiesCheck.accept(studies, resolveDiags);
        all.addAll(resolveDiags.sorted());
        MarkdownRenderer renderer = kb.config().language().equals(messages.language()) ? markdown.get()
                : markdownRenderer(theme, kb.config().language());
        Map<String, RenderedBody> rendered = timer.time("markdown",
                () -> renderBodies(kb, studies, renderer, audience, all));
        bodies.store().ifPresent(store -> timer.time("cache", () -> {
            bodies.retainOnly(rendered.keySet());
            reportCache(store, all);
        }));
        if (lifetime == Lifetime.ONCE) {
            // nothing after the markdown stage reads a source: a run that keeps nothing lets them go
            resolved = new KnowledgeBaseBuilder.Memo();
            return finish(Optional.of(kb.withoutSources()), rendered, all, audience);
        }
        return finish(Optional.of(kb), rendered, all, audience);
    }

    private Model finish(Optional<KnowledgeBase> kb, Map<String, RenderedBody> rendered, List<Diagnostic> all,
            Audience audience) {
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(Diagnostic.ORDER);
        return new Model(messages, kb, rendered, List.copyOf(sorted), audience, fullRun);
    }

    /**
     * Every published case's body: from the memo when it was rendered from the same inputs and what
     * its links looked up still holds, otherwise rendered now and remembered.
     */
    private Map<String, RenderedBody> renderBodies(KnowledgeBase kb, List<CaseStudy> studies,
            MarkdownRenderer renderer, Audience audience, List<Diagnostic> all) {
        progress.stage("markdown", kb.cases().size());
        // the link targets change only when a case file appears, goes, or stops/starts being published
        List<Path> paths = studies.stream().map(st -> st.source().path()).toList();
        List<String> published = kb.cases().stream().map(Case::slug).toList();
        boolean sameTargets = lastTargets != null && paths.equals(lastPaths) && published.equals(lastPublished);
        LinkTargets targets = sameTargets ? lastTargets : LinkTargets.of(settings.kbDir(), studies, kb);
        Map<String, RenderedBody> out;
        if (lifetime == Lifetime.ONCE) {
            closeSpilled();
            spilled = new SpillingBodies(SpillingBodies.defaultBudgetChars(), scratch);
            out = spilled;
        } else {
            lastTargets = targets;
            lastPaths = paths;
            lastPublished = published;
            out = new ConcurrentHashMap<>();
        }
        byte[] runKey = BodyMemo.settingsKey(codeVersion(settings.version()), settings.kbDir(), messages.language(),
                renderer.settingsFingerprint(), audience.name());
        Diagnostics d = new Diagnostics(messages);
        kb.cases().parallelStream().forEach(c -> {
            byte[] key = bodies.isUsed() ? BodyMemo.key(runKey, c) : null;
            BodyMemo.Entry e = (key == null ? Optional.<BodyMemo.Entry>empty() : bodies.find(c.slug(), key, targets)).orElseGet(() -> {
                Diagnostics own = new Diagnostics(messages);
                LinkLookups lookups = new LinkLookups(targets);
                RenderedBody body = renderer.render(settings.kbDir().resolve(c.file()), c.file(), c.body(),
                        c.bodyLine(), c.internalBlocks(), lookups, own);
                return bodies.remember(c.slug(), new BodyMemo.Entry(key, lookups.answers(), body, own.sorted()));
            });
            out.put(c.slug(), e.body());
            d.addAll(e.diagnostics());
            progress.advance();
        });
        all.addAll(d.sorted());
        if (lifetime == Lifetime.KEPT) {
            bodies.retainOnly(out.keySet());
        }
        return out;
    }

    /** One warning for a damaged cache and one for a cache that cannot be written, at most. */
    private void reportCache(CacheStore store, List<Diagnostic> all) {
        Diagnostics d = new Diagnostics(messages);
        reportCache(store, settings.kbDir(), d);
        all.addAll(d.sorted());
    }

    /** A store's damaged entry and failure to write, each once. */
    private static void reportCache(CacheStore store, Path kbDir, Diagnostics d) {
        store.damaged().ifPresent(name -> reportDamaged(store, kbDir, "cache.damaged", name, d));
        store.unwritable().ifPresent(why -> d.warning(SourcePos.of(shown(store, kbDir)), "cache.unwritable",
                shown(store, kbDir), why));
    }

    /** A store's damaged entry {@code name}, under the message {@code code} that says what was made again. */
    static void reportDamaged(CacheStore store, Path kbDir, String code, String name, Diagnostics d) {
        d.warning(SourcePos.of(shown(store, kbDir)), code, shown(store, kbDir), name);
    }

    /** A store's folder as the knowledge base's user sees it: within the knowledge base, relative to it. */
    private static String shown(CacheStore store, Path kbDir) {
        Path root = store.root();
        return root.startsWith(kbDir) ? kbDir.relativize(root).toString().replace('\\', '/') : root.toString();
    }

    /** This Casebook's version and the fingerprint of its code: cached results of other code are never reused. */
    static String codeVersion(String version) {
        return version + "\n" + CODE_FINGERPRINT.get();
    }

    private static final Prepared<String> CODE_FINGERPRINT = Prepared.onDemand(() -> CodeFingerprint.of(Engine.class,
            com.vladsch.flexmark.parser.Parser.class, org.jsoup.Jsoup.class));

    private static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
        List<Diagnostic> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private void closeSpilled() {
        if (spilled != null) {
            spilled.close();
            spilled = null;
        }
    }

    /** Deletes the scratch file of bodies held on disk. */
    @Override
    public void close() {
        closeSpilled();
    }
}
