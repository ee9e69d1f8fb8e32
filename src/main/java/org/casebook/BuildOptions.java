package org.casebook;

import org.casebook.config.BuildClock;
import java.nio.file.Path;
import java.util.Optional;
import org.casebook.audience.Audience;

/**
 * What to build: the knowledge base folder, where the site goes, whether drafts are included, for
 * which audience (empty: the knowledge base's own {@code audience} setting), the build's clock
 * (null: {@link BuildClock#fromEnvironment()}, which honours {@code SOURCE_DATE_EPOCH}), and the
 * folder of the build cache (null: {@value #DEFAULT_CACHE} in the knowledge base; empty: no cache).
 * Build with {@link Casebook#at(Path)}.
 */
public record BuildOptions(Path kbDir, Path outDir, boolean drafts, Optional<Audience> audience, BuildClock clock,
        Optional<Path> cache) {

    /** Where the build cache is kept by default, relative to the knowledge base. */
    public static final String DEFAULT_CACHE = ".casebook/cache";

    public BuildOptions {
        kbDir = kbDir.toAbsolutePath().normalize();
        outDir = outDir == null ? kbDir.resolve("site") : outDir.toAbsolutePath().normalize();
        audience = audience == null ? Optional.empty() : audience;
        clock = clock == null ? BuildClock.fromEnvironment() : clock;
        cache = cache == null ? Optional.of(kbDir.resolve(DEFAULT_CACHE))
                : cache.map(p -> p.toAbsolutePath().normalize());
    }

    /** Options with the default build cache. */
    public BuildOptions(Path kbDir, Path outDir, boolean drafts, Optional<Audience> audience, BuildClock clock) {
        this(kbDir, outDir, drafts, audience, clock, null);
    }

    /** Options for the knowledge base's default audience, timed by the environment's clock. */
    public BuildOptions(Path kbDir, Path outDir, boolean drafts) {
        this(kbDir, outDir, drafts, Optional.empty(), null);
    }
}
