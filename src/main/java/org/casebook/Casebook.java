package org.casebook;

import java.nio.file.Path;

/**
 * Builds a knowledge base into a static site. Immutable; each setter returns a new instance.
 *
 * <pre>{@code
 * BuildResult r = Casebook.at(Path.of("/srv/kb")).output(Path.of("/var/www/kb")).build();
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
        return new Casebook(new BuildOptions(options.kbDir(), outDir, options.drafts()), progress);
    }

    public Casebook drafts(boolean include) {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), include), progress);
    }

    /** Where the build reports what it is doing (a terminal progress line); nothing by default. */
    public Casebook progress(BuildProgress listener) {
        return new Casebook(options, listener);
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

    /** The version of this generator, from the jar's manifest ("dev" when run from classes). */
    public static String version() {
        String v = Casebook.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
