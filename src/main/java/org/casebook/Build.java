package org.casebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
import org.casebook.render.Templates;
import org.casebook.render.Theme;
import org.casebook.search.SearchIndexBuilder;
import org.casebook.search.SearchIndexWriter;
import org.casebook.search.Tokenizer;
import org.casebook.search.TraditionalFolding;
import org.casebook.site.OutputDir;
import org.casebook.site.OutputGuard;

/** One run of the pipeline over one knowledge base. */
final class Build {

    private final BuildOptions options;
    private final StageTimer timer = new StageTimer();
    private final Diagnostics diags;
    private Optional<Audience> audience = Optional.empty();

    Build(BuildOptions options) {
        this.options = options;
        this.diags = new Diagnostics(Messages.forLanguage(ConfigLoader.peekLanguage(options.kbDir())));
    }

    /** The whole pipeline: read ─▶ parse ─▶ resolve ─▶ render ─▶ write. */
    BuildResult run() {
        Path kbDir = options.kbDir();
        Optional<SiteConfig> config = timer.time("config", () -> ConfigLoader.load(kbDir, diags));
        List<CaseStudy> studies = readAndParse();
        if (config.isEmpty()) {
            return result(false, 0, 0, 0);
        }
        audience = Optional.of(options.audience().orElse(config.get().audience()));
        // the model is made for one audience: from here on, a public build cannot see internal content
        KnowledgeBase kb = timer.time("resolve",
                () -> new KnowledgeBaseBuilder(config.get(), diags, options.drafts(), audience.get()).build(studies));
        Theme theme = new Theme(kbDir);
        Map<String, RenderedBody> bodies = timer.time("markdown", () -> renderBodies(kb, studies, theme));
        if (diags.hasErrors()) {
            return result(false, kb.cases().size(), 0, 0);
        }
        return write(kb, bodies, theme);
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
        return reader.list().parallelStream()
                .map(reader::read)
                .flatMap(Optional::stream)
                .toList();
    }

    private List<CaseStudy> parse(List<SourceFile> sources) {
        CaseParser parser = new CaseParser(diags);
        return sources.parallelStream().map(parser::parse).flatMap(Optional::stream).toList();
    }

    private Map<String, RenderedBody> renderBodies(KnowledgeBase kb, List<CaseStudy> studies, Theme theme) {
        Map<Path, String> slugByFile = new HashMap<>();
        Set<String> withheld = new HashSet<>();
        for (CaseStudy s : studies) {
            slugByFile.put(s.source().path(), s.slug());
            if (!kb.audience().sees(s.visibility(kb.config().defaultVisibility()))) {
                withheld.add(s.slug());
            }
        }
        LinkTargets targets = new LinkTargets(options.kbDir().resolve(SourceReader.CASES), slugByFile,
                kb.cases().stream().map(Case::slug).collect(Collectors.toSet()), withheld);
        String label = theme.uiStrings(kb.config().language()).getProperty("internal_block_label", "");
        MarkdownRenderer markdown = new MarkdownRenderer(label);
        Map<String, RenderedBody> bodies = new ConcurrentHashMap<>();
        kb.cases().parallelStream().forEach(c -> bodies.put(c.slug(), markdown.render(
                options.kbDir().resolve(c.file()), c.file(), c.body(), c.bodyLine(), c.internalBlocks(), targets,
                diags)));
        return bodies;
    }

    private BuildResult write(KnowledgeBase kb, Map<String, RenderedBody> bodies, Theme theme) {
        Optional<String> refusal = OutputGuard.check(options.kbDir(), options.outDir());
        if (refusal.isPresent()) {
            diags.error(SourcePos.of(display(options.outDir())), refusal.get(), display(options.outDir()));
            return result(false, kb.cases().size(), 0, 0);
        }
        try (OutputDir out = OutputDir.open(options.outDir())) {
            Insight insight = timer.time("insight", () -> Insight.of(kb, c -> bodies.get(c.slug()).text()));
            SiteRenderer renderer = new SiteRenderer(kb, bodies, insight, theme, new Templates(theme), out, diags,
                    Casebook.version());
            timer.time("pages", renderer::renderAll);
            timer.time("learning", renderer::renderLearning);
            timer.time("feeds", renderer::renderFeeds);
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
