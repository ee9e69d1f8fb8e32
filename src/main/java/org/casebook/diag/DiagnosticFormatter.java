package org.casebook.diag;

/** Compiler-style one-line rendering: {@code cases/a.md:4:7: 错误: message — hint}. */
public final class DiagnosticFormatter {

    private final Messages messages;

    public DiagnosticFormatter(Messages messages) {
        this.messages = messages;
    }

    public String format(Diagnostic d) {
        String severity = messages.format(d.severity() == Severity.ERROR ? "severity.error" : "severity.warning");
        StringBuilder sb = new StringBuilder();
        sb.append(d.pos()).append(": ").append(severity).append(": ").append(d.message());
        if (!d.hint().isEmpty()) {
            sb.append(" — ").append(d.hint());
        }
        return sb.toString();
    }
}
