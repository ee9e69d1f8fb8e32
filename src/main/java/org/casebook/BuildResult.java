package org.casebook;

import java.nio.file.Path;
import java.util.List;
import org.casebook.diag.Diagnostic;

/**
 * The outcome of a build or a check. {@code ok} is false when any error was found; the site on disk
 * was then left as it was.
 */
public record BuildResult(boolean ok, List<Diagnostic> diagnostics, BuildStats stats, Path output) {

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
