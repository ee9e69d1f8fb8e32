package org.casebook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.time.Duration;
import java.util.Map;
import org.casebook.BuildResult;
import org.casebook.BuildStats;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.DiagnosticFormatter;
import org.casebook.diag.Messages;

/** What a command prints: diagnostics on stderr, one line each, then a one-line summary. */
final class Report {

    private final Messages messages;
    private final PrintWriter out;
    private final PrintWriter err;

    Report(Messages messages, PrintWriter out, PrintWriter err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    void diagnostics(List<Diagnostic> diagnostics) {
        DiagnosticFormatter f = new DiagnosticFormatter(messages);
        for (Diagnostic d : diagnostics) {
            err.println(f.format(d));
        }
        err.flush();
    }

    void usageError(String key, Object... args) {
        err.println(messages.format(key, args));
        err.flush();
    }

    void buildSummary(BuildResult r) {
        String seconds = String.format(Locale.ROOT, "%.2f", r.stats().total().toNanos() / 1e9);
        if (r.ok()) {
            // say which site this is: publishing the internal one by mistake must not go unnoticed
            String audience = r.audience().map(a -> messages.format("cli.audience-" + a.key())).orElse("");
            out.println(messages.format("cli.build-ok", r.stats().cases(), r.stats().pages(), r.warnings(), seconds,
                    r.output()) + audience);
        } else {
            out.println(messages.format("cli.build-failed", r.errors(), r.warnings(), seconds));
        }
        out.flush();
    }

    /** One line per stage and figure, {@code timing<TAB>name<TAB>value}, stable for scripts to read. */
    void timings(BuildStats stats) {
        for (Map.Entry<String, Duration> e : stats.stages().entrySet()) {
            err.println(messages.format("cli.timing", e.getKey(), millis(e.getValue())));
        }
        err.println(messages.format("cli.timing", "total", millis(stats.total())));
        err.println(messages.format("cli.figure", "cases", Integer.toString(stats.cases())));
        err.println(messages.format("cli.figure", "pages", Integer.toString(stats.pages())));
        err.println(messages.format("cli.figure", "files", Integer.toString(stats.files())));
        err.println(messages.format("cli.figure", "jit", JitChoice.current()));
        err.flush();
    }

    private static String millis(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toNanos() / 1e6);
    }

    void checkSummary(BuildResult r, boolean failedByStrict) {
        String seconds = String.format(Locale.ROOT, "%.2f", r.stats().total().toNanos() / 1e9);
        if (r.errors() == 0) {
            out.println(messages.format("cli.check-ok", r.stats().cases(), r.warnings(), seconds));
        } else {
            out.println(messages.format("cli.check-failed", r.stats().cases(), r.errors(), r.warnings(), seconds));
        }
        if (failedByStrict) {
            out.println(messages.format("cli.check-strict"));
        }
        out.flush();
    }
}
