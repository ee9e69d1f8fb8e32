package org.casebook;

import java.nio.file.Path;

/**
 * What to build: the knowledge base folder, where the site goes, and whether drafts are included.
 * Build with {@link Casebook#at(Path)}.
 */
public record BuildOptions(Path kbDir, Path outDir, boolean drafts) {

    public BuildOptions {
        kbDir = kbDir.toAbsolutePath().normalize();
        outDir = outDir == null ? kbDir.resolve("site") : outDir.toAbsolutePath().normalize();
    }
}
