package org.casebook;

import org.casebook.config.BuildClock;
import java.nio.file.Path;
import java.util.Optional;
import org.casebook.audience.Audience;

/**
 * Builds a knowledge base into a static site. Immutable; each setter returns a new instance.
 *
 * <pre>{@code
 * BuildResult r = Casebook.at(Path.of("/srv/kb")).output(Path.of("/var/www/kb")).audience(Audience.PUBLIC).build();
 * if (!r.ok()) r.diagnostics().forEach(System.err::println);
 *
 * BuildResult c = Casebook.at(Path.of("/srv/kb")).check();   // the same checks, nothing written
 * }</pre>
 */
public final class Casebook {

    private final BuildOptions options;
    private final BuildProgress progress;

    private Casebook(BuildOptions options, BuildProgress progress) {
        this.options = options;
        this.progress = progress;
    }

    /** A knowledge base folder (holding {@code casebook.yml} and {@code cases/}); output defaults to its {@code site/}. */
    public static Casebook at(Path kbDir) {
        return new Casebook(new BuildOptions(kbDir, null, false), BuildProgress.NONE);
    }

    public Casebook output(Path outDir) {
        return new Casebook(new BuildOptions(options.kbDir(), outDir, options.drafts(), options.audience(), options.clock()), progress);
    }

    public Casebook drafts(boolean include) {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), include, options.audience(), options.clock()), progress);
    }

    /** Where the build reports what it is doing (a terminal progress line); nothing by default. */
    public Casebook progress(BuildProgress listener) {
        return new Casebook(options, listener);
    }

    /**
     * Who the site is for. A {@link Audience#PUBLIC} build holds no internal case, passage, or term
     * used only by internal cases, in any page, index, feed or file. Without this call the knowledge
     * base's {@code audience} setting applies (internal when it has none).
     */
    public Casebook audience(Audience audience) {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), options.drafts(),
                Optional.of(audience), options.clock()), progress);
    }

    /**
     * The build's clock: "today" for date checks and every generated-at date in the site. Without
     * this call {@code SOURCE_DATE_EPOCH} applies when set, else the computer's clock.
     */
    public Casebook clock(BuildClock clock) {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), options.drafts(),
                options.audience(), clock), progress);
    }

    public BuildOptions options() {
        return options;
    }

    /** Builds the site; on any error the previous site is left untouched. Never throws for bad content. */
    public BuildResult build() {
        return new Build(options, Build.Mode.BUILD, progress).run();
    }

    /**
     * Runs every check of a build (configuration, YAML, fields, terms, dates, slugs, titles, links,
     * encodings) and reports every problem found, writing nothing. The result's {@code ok} is false
     * when an error was found; warnings are in the diagnostics.
     */
    public BuildResult check() {
        return new Build(options, Build.Mode.CHECK, progress).run();
    }

    /**
     * Checks only the given case files (absolute, or relative to the working directory) against the
     * whole knowledge base: their links, terms, slugs and titles are checked as in a full check, and
     * only problems in these files (and in casebook.yml) are reported. A file that is not a case file
     * of this knowledge base is reported as such.
     */
    public BuildResult check(java.util.List<Path> files) {
        java.util.Set<String> rel = new java.util.TreeSet<>();
        java.util.List<org.casebook.diag.Diagnostic> outside = new java.util.ArrayList<>();
        org.casebook.diag.Messages messages = org.casebook.diag.Messages.forLanguage(
                org.casebook.config.ConfigLoader.peekLanguage(options.kbDir()));
        Path cases = options.kbDir().resolve(org.casebook.cases.SourceReader.CASES);
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            String shown = abs.startsWith(options.kbDir()) ? options.kbDir().relativize(abs).toString().replace('\\', '/')
                    : f.toString();
            if (!abs.startsWith(cases) || !java.nio.file.Files.isRegularFile(abs)) {
                String key = java.nio.file.Files.isRegularFile(abs) ? "check.not-in-cases" : "check.no-such-file";
                outside.add(new org.casebook.diag.Diagnostic(org.casebook.diag.SourcePos.of(shown),
                        org.casebook.diag.Severity.ERROR, key, messages.format(key, shown, options.kbDir()),
                        messages.has(key + ".hint") ? messages.format(key + ".hint", shown, options.kbDir()) : ""));
            } else {
                rel.add(shown);
            }
        }
        if (rel.isEmpty()) {
            BuildStats stats = new BuildStats(0, 0, 0, java.util.Map.of(), java.time.Duration.ZERO);
            return new BuildResult(false, outside, stats, options.outDir());
        }
        BuildResult r = new Build(options, Build.Mode.CHECK, progress).only(rel).run();
        if (outside.isEmpty()) {
            return r;
        }
        java.util.List<org.casebook.diag.Diagnostic> all = new java.util.ArrayList<>(outside);
        all.addAll(r.diagnostics());
        all.sort(org.casebook.diag.Diagnostic.ORDER);
        return new BuildResult(false, java.util.List.copyOf(all), r.stats(), r.output(), r.audience());
    }

    /**
     * The knowledge base holding {@code start}: the nearest folder at or above it with a casebook.yml;
     * {@code start} itself (a folder) when there is none, so that the missing file is reported there.
     */
    public static Path findKnowledgeBase(Path start) {
        Path abs = start.toAbsolutePath().normalize();
        Path dir = java.nio.file.Files.isDirectory(abs) ? abs : abs.getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (java.nio.file.Files.isRegularFile(d.resolve(org.casebook.config.ConfigLoader.FILE))) {
                return d;
            }
        }
        return dir == null ? abs : dir;
    }

    /** The version of this generator, from the jar's manifest ("dev" when run from classes). */
    public static String version() {
        String v = Casebook.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
