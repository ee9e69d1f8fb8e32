package org.casebook.importer;

import java.util.List;
import java.util.Optional;
import org.casebook.diag.Diagnostic;

/**
 * A written import: the case file and its images (empty when nothing was written), and what
 * {@code check} still reports for the new case, i.e. what is left to fill in. {@link #complete()} is
 * true when the case passes {@code check --strict} as it is.
 */
public record ImportResult(Optional<WordImporter.Written> written, List<Diagnostic> remaining) {

    public boolean complete() {
        return written.isPresent() && remaining.isEmpty();
    }
}
