package org.casebook;

import java.nio.file.Path;

/**
 * Builds a knowledge base into a static site. Immutable; each setter returns a new instance.
 *
 * <pre>{@code
 * BuildResult r = Casebook.at(Path.of("/srv/kb")).output(Path.of("/var/www/kb")).build();
 * if (!r.ok()) r.diagnostics().forEach(System.err::println);
 * }</pre>
 */
public final class Casebook {

    private final BuildOptions options;

    private Casebook(BuildOptions options) {
        this.options = options;
    }

    /** A knowledge base folder (holding {@code casebook.yml} and {@code cases/}); output defaults to its {@code site/}. */
    public static Casebook at(Path kbDir) {
        return new Casebook(new BuildOptions(kbDir, null, false));
    }

    public Casebook output(Path outDir) {
        return new Casebook(new BuildOptions(options.kbDir(), outDir, options.drafts()));
    }

    public Casebook drafts(boolean include) {
        return new Casebook(new BuildOptions(options.kbDir(), options.outDir(), include));
    }

    public BuildOptions options() {
        return options;
    }

    /** Builds the site; on any error the previous site is left untouched. Never throws for bad content. */
    public BuildResult build() {
        return new Build(options).run();
    }

    /** The version of this generator, from the jar's manifest ("dev" when run from classes). */
    public static String version() {
        String v = Casebook.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
