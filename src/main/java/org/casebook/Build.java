package org.casebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;
import org.casebook.kb.KnowledgeBaseBuilder;
import org.casebook.render.LinkTargets;
import org.casebook.render.MarkdownRenderer;
import org.casebook.render.RenderedBody;
import org.casebook.render.SiteRenderer;
import org.casebook.render.Templates;
import org.casebook.render.Theme;
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
        return write(kb, studies, new Theme(kbDir));
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

    /**
     * Renders every body once, in parallel on the common pool (one worker per core), and hands each
     * to {@code use} as soon as it is made; no stage holds every body, so memory stays bounded as the
     * knowledge base grows.
     */
    private void renderBodies(KnowledgeBase kb, List<CaseStudy> studies, Theme theme, ObjIntConsumer<RenderedBody> use) {
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
        List<Case> cases = kb.cases();
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            Case c = cases.get(i);
            use.accept(markdown.render(options.kbDir().resolve(c.file()), c.file(), c.body(), c.bodyLine(),
                    c.internalBlocks(), targets, diags), i);
        });
    }

    private BuildResult write(KnowledgeBase kb, List<CaseStudy> studies, Theme theme) {
        Optional<String> refusal = OutputGuard.check(options.kbDir(), options.outDir());
        if (refusal.isPresent()) {
            diags.error(SourcePos.of(display(options.outDir())), refusal.get(), display(options.outDir()));
            return result(false, kb.cases().size(), 0, 0);
        }
        // A failed build discards the staging folder on close: pages written before an error never reach site/.
        try (OutputDir out = OutputDir.open(options.outDir())) {
            SiteRenderer renderer = new SiteRenderer(kb, theme, new Templates(theme), out, diags, Casebook.version());
            // each case page is written as soon as its body is rendered (Markdown is rendered once per case)
            timer.time("markdown", () -> renderBodies(kb, studies, theme, (body, i) -> renderer.renderCase(i, body)));
            if (diags.hasErrors()) {
                return result(false, kb.cases().size(), 0, 0);
            }
            timer.time("pages", renderer::renderAll);
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

    private String display(Path p) {
        Path kb = options.kbDir();
        return p.startsWith(kb) ? kb.relativize(p).toString().replace('\\', '/') : p.toString();
    }

    private BuildResult result(boolean ok, int cases, int pages, int files) {
        BuildStats stats = new BuildStats(cases, pages, files, timer.stages(), timer.total());
        return new BuildResult(ok && !diags.hasErrors(), diags.sorted(), stats, options.outDir(), audience);
    }
}
