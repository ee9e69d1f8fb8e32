package org.casebook.diag;

import java.util.Comparator;

/**
 * One problem found in a knowledge base. {@code code} is a stable identifier (for tools and tests),
 * {@code message} and {@code hint} are already in the knowledge base's language; hint may be empty.
 */
public record Diagnostic(SourcePos pos, Severity severity, String code, String message, String hint) {

    /** File, then line, then column, then code: the order a reader walks through a file. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.pos().file())
            .thenComparingInt(d -> d.pos().line())
            .thenComparingInt(d -> d.pos().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        if (pos == null || severity == null || code == null || message == null) {
            throw new IllegalArgumentException("diagnostic fields must not be null");
        }
        hint = hint == null ? "" : hint;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
