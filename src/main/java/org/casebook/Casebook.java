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

    /** The version of this generator, from the jar's manifest ("dev" when run from classes). */
    public static String version() {
        String v = Casebook.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
