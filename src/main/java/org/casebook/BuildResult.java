package org.casebook;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.casebook.audience.Audience;
import org.casebook.diag.Diagnostic;

/**
 * The outcome of a build or a check. {@code ok} is false when any error was found; the site on disk
 * was then left as it was. {@code audience} is who the build was for (empty when the configuration
 * could not be read, or for a check).
 */
public record BuildResult(boolean ok, List<Diagnostic> diagnostics, BuildStats stats, Path output,
        Optional<Audience> audience) {

    public BuildResult(boolean ok, List<Diagnostic> diagnostics, BuildStats stats, Path output) {
        this(ok, diagnostics, stats, output, Optional.empty());
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
