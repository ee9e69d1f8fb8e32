package org.casebook;

import org.casebook.config.BuildClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.casebook.audience.Audience;
import org.casebook.cases.CaseParser;
import org.casebook.cases.CaseStudy;
import org.casebook.cases.SourceFile;
import org.casebook.cases.SourceReader;
import org.casebook.config.ConfigLoader;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.diag.SourcePos;
import org.casebook.insight.Insight;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.kb.KnowledgeBaseBuilder;
import org.casebook.render.LinkTargets;
import org.casebook.render.MarkdownRenderer;
import org.casebook.render.RenderedBody;
import org.casebook.render.SiteRenderer;
import org.casebook.render.SpillingBodies;
import org.casebook.render.Templates;
import org.casebook.render.Theme;
import org.casebook.search.SearchIndexBuilder;
import org.casebook.search.SearchIndexWriter;
import org.casebook.search.Tokenizer;
import org.casebook.search.TraditionalFolding;
import org.casebook.site.OutputDir;
import org.casebook.site.OutputGuard;
import org.casebook.word.WordOutput;

/**
 * One run of the pipeline over one knowledge base. {@code build} and {@code check} run the very same
 * stages; a check stops before anything is written.
 */
final class Build {

    /** What the run produces: a site on disk, or only the diagnostics. */
    enum Mode { BUILD, CHECK }
    private Optional<Audience> audience = Optional.empty();

    private final BuildOptions options;
    private final Mode mode;
    private final BuildProgress progress;
    private final StageTimer timer;
    private final Diagnostics diags;
    private final String language;

    Build(BuildOptions options, Mode mode, BuildProgress progress) {
        this.options = options;
        this.mode = mode;
        this.progress = progress;
        this.timer = new StageTimer(progress);
        this.language = ConfigLoader.peekLanguage(options.kbDir());
        this.diags = new Diagnostics(Messages.forLanguage(language));
    }

    /** The whole pipeline: read ─▶ parse ─▶ resolve ─▶ render ─▶ write. */
    BuildResult run() {
        try {
            Path kbDir = options.kbDir();
            Theme theme = new Theme(kbDir);
            Prepared<MarkdownRenderer> markdown = Prepared.start("markdown", () -> MarkdownRenderer.forTheme(theme, language));
            Supplier<Templates> makeTemplates = () -> new Templates(theme).preload();
            Prepared<Templates> templates = mode == Mode.BUILD ? Prepared.start("templates", makeTemplates)
                    : Prepared.onDemand(makeTemplates);
            Optional<SiteConfig> config = timer.time("config", () -> ConfigLoader.load(kbDir, diags));
            options.clock().rejected().ifPresent(v -> diags.error(SourcePos.of(BuildClock.SOURCE_DATE_EPOCH),
                    "clock.bad-epoch", v));
            List<CaseStudy> studies = readAndParse();
            if (config.isEmpty()) {
                return result(false, 0, 0, 0);
            }
            audience = Optional.of(options.audience().orElse(config.get().audience()));
            // the model is made for one audience: from here on, a public build cannot see internal content
            KnowledgeBase kb = timer.time("resolve", () -> new KnowledgeBaseBuilder(config.get(), diags,
                    options.drafts(), audience.get()).build(studies));
            try (SpillingBodies bodies = new SpillingBodies(SpillingBodies.defaultBudgetChars(), scratchFile())) {
                MarkdownRenderer renderer = kb.config().language().equals(language) ? markdown.get()
                        : MarkdownRenderer.forTheme(theme, kb.config().language());
                timer.time("markdown", () -> renderBodies(kb, studies, renderer, bodies));
                if (mode == Mode.CHECK || diags.hasErrors()) {
                    return result(!diags.hasErrors(), kb.cases().size(), 0, 0);
                }
                return write(kb, bodies, theme, templates.get());
            }
        } finally {
            progress.finished();
        }
    }

    /**
     * Reads and parses every case file. The files' text is unreachable once this returns: held in a
     * local of {@link #run()} it stayed alive to the end of the build (100,000 cases: ~0.7 GB).
     */
    private List<CaseStudy> readAndParse() {
        List<SourceFile> sources = timer.time("read", this::readSources);
        return timer.time("parse", () -> parse(sources));
    }

    private List<SourceFile> readSources() {
        SourceReader reader = new SourceReader(options.kbDir(), diags);
        List<Path> files = reader.list();
        progress.stage("read", files.size());
        return files.parallelStream()
                .map(reader::read)
                .peek(f -> progress.advance())
                .flatMap(Optional::stream)
                .toList();
    }

    private List<CaseStudy> parse(List<SourceFile> sources) {
        progress.stage("parse", sources.size());
        CaseParser parser = new CaseParser(diags, options.clock().today());
        return sources.parallelStream().map(parser::parse).peek(s -> progress.advance()).flatMap(Optional::stream)
                .toList();
    }

    /** Beside the output folder: bodies beyond the memory budget wait there until the site is written. */
    private Path scratchFile() {
        Path out = options.outDir().toAbsolutePath();
        return out.resolveSibling("." + out.getFileName() + ".bodies.tmp");
    }

    private void renderBodies(KnowledgeBase kb, List<CaseStudy> studies, MarkdownRenderer markdown,
            Map<String, RenderedBody> bodies) {
        progress.stage("markdown", kb.cases().size());
        LinkTargets targets = LinkTargets.of(options.kbDir(), studies, kb);
        kb.cases().parallelStream().forEach(c -> {
            bodies.put(c.slug(), markdown.render(options.kbDir().resolve(c.file()), c.file(), c.body(), c.bodyLine(),
                    c.internalBlocks(), targets, diags));
            progress.advance();
        });
    }

    private BuildResult write(KnowledgeBase kb, Map<String, RenderedBody> bodies, Theme theme, Templates templates) {
        Optional<String> refusal = OutputGuard.check(options.kbDir(), options.outDir());
        if (refusal.isPresent()) {
            diags.error(SourcePos.of(display(options.outDir())), refusal.get(), display(options.outDir()));
            return result(false, kb.cases().size(), 0, 0);
        }
        try (OutputDir out = OutputDir.open(options.outDir())) {
            Insight insight = timer.time("insight", () -> Insight.of(kb, c -> bodies.get(c.slug()).text()));
            SiteRenderer renderer = new SiteRenderer(kb, bodies, insight, theme, templates, out, diags,
                    Casebook.version());
            timer.time("pages", () -> renderer.renderSite(n -> progress.stage("pages", n), progress::advance));
            timer.time("learning", renderer::renderLearning);
            timer.time("feeds", renderer::renderFeeds);
            timer.time("word", () -> WordOutput.write(kb, bodies, renderer.uiStrings(), out, diags));
            timer.time("index", () -> writeSearchIndex(kb, bodies, out));
            if (diags.hasErrors()) {
                return result(false, kb.cases().size(), renderer.pageCount(), out.fileCount());
            }
            timer.time("swap", () -> {
                try {
                    out.commit();
                } catch (IOException e) {
                    diags.error(SourcePos.of(display(options.outDir())), "io.swap", e.getMessage());
                }
            });
            return result(!diags.hasErrors(), kb.cases().size(), renderer.pageCount(), out.fileCount());
        } catch (IOException e) {
            diags.error(SourcePos.of(display(options.outDir())), "io.write", display(options.outDir()), e.getMessage());
            return result(false, kb.cases().size(), 0, 0);
        }
    }

    private void writeSearchIndex(KnowledgeBase kb, Map<String, RenderedBody> bodies, OutputDir out) {
        TraditionalFolding folding = TraditionalFolding.standard();
        try {
            new SearchIndexWriter(out).write(new SearchIndexBuilder(new Tokenizer(folding)).build(kb, bodies), folding);
        } catch (IOException | java.io.UncheckedIOException e) {
            diags.error(SourcePos.of(display(options.outDir())), "io.write", "search/", e.getMessage());
        }
    }

    private String display(Path p) {
        Path kb = options.kbDir();
        return p.startsWith(kb) ? kb.relativize(p).toString().replace('\\', '/') : p.toString();
    }

    private BuildResult result(boolean ok, int cases, int pages, int files) {
        BuildStats stats = new BuildStats(cases, pages, files, timer.stages(), timer.total());
        return new BuildResult(ok && !diags.hasErrors(), diags.sorted(), stats, options.outDir(), audience);
    }
}
