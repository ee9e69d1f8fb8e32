package org.casebook.importer;

import java.util.List;
import java.util.Optional;
import org.casebook.config.SiteConfig;
import org.casebook.diag.Diagnostic;

/**
 * A Word document read against a knowledge base: the draft (empty when the document or the
 * knowledge base's configuration could not be read), the problems found, and the configuration whose
 * vocabulary the contributor chooses terms from.
 */
public record WordReading(Optional<WordDraft> draft, List<Diagnostic> diagnostics, Optional<SiteConfig> config) {
}
