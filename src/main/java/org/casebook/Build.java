package org.casebook;

import java.io.IOException;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casebook.diag.Diagnostic;
import java.util.Optional;
import org.casebook.audience.Audience;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.diag.SourcePos;
import org.casebook.config.ConfigLoader;
import org.casebook.engine.Engine;
import org.casebook.insight.Insight;
import org.casebook.io.WriteFailure;
import org.casebook.kb.KnowledgeBase;
import org.casebook.site.OutputDir;
import org.casebook.site.OutputGuard;
import org.casebook.site.OutputLock;

/**
 * The build driver: runs the engine once over one knowledge base and writes every output into a
 * staging folder that replaces the output folder only when all went well. {@code build} and
 * {@code check} run the very same stages; a check stops before anything is written, but renders the
 * pages into nothing when the knowledge base has templates of its own.
 */
final class Build {

    /** What the run produces: a site on disk, or only the diagnostics. */
    enum Mode { BUILD, CHECK }

    private final BuildOptions options;
    private final Mode mode;
    private final BuildProgress progress;
    private final Diagnostics diags;
    private Optional<Audience> audience = Optional.empty();
    /** The case files (relative to the knowledge base) a check is limited to; empty: all of them. */
    private java.util.Set<String> only = java.util.Set.of();

    Build(BuildOptions options, Mode mode, BuildProgress progress) {
        this.options = options;
        this.mode = mode;
        this.progress = progress;
        this.diags = new Diagnostics(Messages.forLanguage(ConfigLoader.peekLanguage(options.kbDir())));
    }

    /**
     * Limits a check to some case files: the whole knowledge base is still read (links, slugs and
     * titles are checked against every case), but only problems in these files and in casebook.yml
     * are reported.
     */
    Build only(java.util.Set<String> files) {
        this.only = java.util.Set.copyOf(files);
        return this;
    }

    /** Runs the pipeline; a build that will write holds its output folder's lock from start to end. */
    BuildResult run() {
        // a check writes nothing, not even the cache; nor does a build whose output folder will be refused
        Optional<String> refusal = mode == Mode.BUILD ? OutputGuard.check(options.kbDir(), options.outDir()) : Optional.empty();
        if (mode != Mode.BUILD || refusal.isPresent()) {
            return pipeline(false, refusal);
        }
        // held from the start: the cache, the scratch file and the staging folder are the output folder's
        Optional<OutputLock> lock;
        try {
            lock = OutputLock.tryAcquire(options.outDir());
        } catch (IOException e) {
            lockRefused(e);
            return nothingDone();
        }
        if (lock.isEmpty()) {
            diags.error(SourcePos.of(display(options.outDir())), "io.busy", display(options.outDir()));
            return nothingDone();
        }
        try (OutputLock held = lock.get()) {
            return pipeline(true, refusal);
        }
    }

    /** The lock file beside the output folder could not be made. */
    private void lockRefused(IOException e) {
        Path out = options.outDir().toAbsolutePath().normalize();
        if (e instanceof java.nio.file.AccessDeniedException && out.getParent() != null
                && (!Files.exists(out) || Files.isWritable(out))) {
            // the lock, the staging folder and the swap live beside the output folder: an IT team that
            // made only the folder itself writable needs to hear that its parent must be too
            diags.error(SourcePos.of(display(options.outDir())), "io.parent-unwritable", display(options.outDir()),
                    out.getParent().toString());
        } else {
            WriteFailure.report(diags, "io.write", display(options.outDir()), e);
        }
    }

    private BuildResult nothingDone() {
        BuildStats stats = new BuildStats(0, 0, 0, Map.of(), Duration.ZERO);
        return new BuildResult(false, diags.sorted(), stats, options.outDir(), audience);
    }

    /**
     * The whole pipeline: config ─▶ read ─▶ parse ─▶ resolve ─▶ markdown (through the build cache) ─▶
     * insight ─▶ outputs ─▶ swap.
     */
    private BuildResult pipeline(boolean cached, Optional<String> refusal) {
        Engine.Settings settings = new Engine.Settings(options.kbDir(), options.drafts(), options.audience(),
                options.clock(), Casebook.version(), cached ? options.cache() : Optional.empty());
        try (Engine engine = new Engine(settings, Engine.Lifetime.ONCE, progress, scratchFile())) {
            engine.checkingStudies((studies, d) -> LostAddresses.check(options.kbDir(), options.outDir(), studies, d));
            Engine.Model model = engine.runAll();
            diags.addAll(model.problems());
            if (model.kb().isEmpty()) {
                return result(engine, false, 0, 0, 0);
            }
            audience = Optional.of(model.audience());
            KnowledgeBase kb = model.kb().get();
            if (!only.isEmpty()) {
                return onlyThese(engine);
            }
            if (mode == Mode.CHECK && !diags.hasErrors() && engine.theme().overrideDir().isPresent()) {
                engine.renderTemplates(model, diags); // the default theme's templates are the tool's, tested with it
            }
            if (mode == Mode.CHECK || diags.hasErrors()) {
                return result(engine, !diags.hasErrors(), kb.cases().size(), 0, 0);
            }
            return write(engine, model, refusal);
        } finally {
            progress.finished();
        }
    }

    /** insight ─▶ every registered output ─▶ swap, into a staging folder beside the output folder. */
    private BuildResult write(Engine engine, Engine.Model model, Optional<String> refusal) {
        int cases = model.kb().get().cases().size();
        if (refusal.isPresent()) {
            diags.error(SourcePos.of(display(options.outDir())), refusal.get(), display(options.outDir()));
            return result(engine, false, cases, 0, 0);
        }
        // with the build cache, files that come out as the last build left them are not written again
        try (OutputDir out = OutputDir.open(options.outDir(), options.cache())) {
            Insight insight = engine.insight(model);
            engine.write(model, insight, out, diags);
            if (diags.hasErrors()) {
                return result(engine, false, cases, out.pageCount(), out.fileCount());
            }
            engine.timer().time("swap", () -> {
                try {
                    out.commit();
                } catch (IOException e) {
                    WriteFailure.report(diags, "io.swap", display(options.outDir()), e);
                }
            });
            return result(engine, !diags.hasErrors(), cases, out.pageCount(), out.fileCount());
        } catch (IOException e) {
            WriteFailure.report(diags, "io.write", display(options.outDir()), e);
            return result(engine, false, cases, 0, 0);
        }
    }

    private BuildResult onlyThese(Engine engine) {
        List<Diagnostic> mine = diags.sorted().stream()
                .filter(d -> only.contains(d.pos().file()) || d.pos().file().equals(ConfigLoader.FILE)).toList();
        BuildStats stats = new BuildStats(only.size(), 0, 0, engine.timer().stages(), engine.timer().total());
        return new BuildResult(mine.stream().noneMatch(Diagnostic::isError), mine, stats, options.outDir(), audience);
    }

    /** Beside the output folder: bodies beyond the memory budget wait there until the site is written. */
    private Path scratchFile() {
        Path out = options.outDir().toAbsolutePath();
        return out.resolveSibling("." + out.getFileName() + ".bodies.tmp");
    }

    private String display(Path p) {
        Path kb = options.kbDir();
        String shown = p.startsWith(kb) ? kb.relativize(p).toString().replace('\\', '/') : p.toString();
        return shown.isEmpty() ? p.toAbsolutePath().normalize().toString() : shown;
    }

    private BuildResult result(Engine engine, boolean ok, int cases, int pages, int files) {
        BuildStats stats = new BuildStats(cases, pages, files, engine.timer().stages(), engine.timer().total());
        return new BuildResult(ok && !diags.hasErrors(), diags.sorted(), stats, options.outDir(), audience);
    }
}
