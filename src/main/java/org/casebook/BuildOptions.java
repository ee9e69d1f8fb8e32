package org.casebook;

import org.casebook.config.BuildClock;
import java.nio.file.Path;
import java.util.Optional;
import org.casebook.audience.Audience;

/**
 * What to build: the knowledge base folder, where the site goes, whether drafts are included, for
 * which audience (empty: the knowledge base's own {@code audience} setting), and the build's clock
 * (null: {@link BuildClock#fromEnvironment()}, which honours {@code SOURCE_DATE_EPOCH}).
 * Build with {@link Casebook#at(Path)}.
 */
public record BuildOptions(Path kbDir, Path outDir, boolean drafts, Optional<Audience> audience, BuildClock clock) {

    public BuildOptions {
        kbDir = kbDir.toAbsolutePath().normalize();
        outDir = outDir == null ? kbDir.resolve("site") : outDir.toAbsolutePath().normalize();
        audience = audience == null ? Optional.empty() : audience;
        clock = clock == null ? BuildClock.fromEnvironment() : clock;
    }

    /** Options for the knowledge base's default audience, timed by the environment's clock. */
    public BuildOptions(Path kbDir, Path outDir, boolean drafts) {
        this(kbDir, outDir, drafts, Optional.empty(), null);
    }
}
