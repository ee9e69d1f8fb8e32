package org.casebook;

import java.nio.file.Path;
import java.util.Optional;
import org.casebook.audience.Audience;

/**
 * What to build: the knowledge base folder, where the site goes, whether drafts are included, and
 * for which audience (empty: the knowledge base's own {@code audience} setting).
 * Build with {@link Casebook#at(Path)}.
 */
public record BuildOptions(Path kbDir, Path outDir, boolean drafts, Optional<Audience> audience) {

    public BuildOptions {
        kbDir = kbDir.toAbsolutePath().normalize();
        outDir = outDir == null ? kbDir.resolve("site") : outDir.toAbsolutePath().normalize();
        audience = audience == null ? Optional.empty() : audience;
    }

    /** Options for the knowledge base's default audience. */
    public BuildOptions(Path kbDir, Path outDir, boolean drafts) {
        this(kbDir, outDir, drafts, Optional.empty());
    }
}
