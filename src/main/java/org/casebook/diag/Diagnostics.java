package org.casebook.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread-safe sink that stages report problems into. Messages are looked up by key in the
 * knowledge base's language; a key {@code K} may have a hint {@code K.hint} with the same arguments.
 */
public final class Diagnostics {

    private final Messages messages;
    private final List<Diagnostic> items = new ArrayList<>();
    /** Kept as items arrive: stages ask for it per case, so counting the list each time would grow with it. */
    private long errors;

    public Diagnostics(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public void error(SourcePos pos, String key, Object... args) {
        report(pos, Severity.ERROR, key, args);
    }

    public void warning(SourcePos pos, String key, Object... args) {
        report(pos, Severity.WARNING, key, args);
    }

    /** Reports with an explicit hint, used where the hint is computed (a did-you-mean, say). */
    public void reportWithHint(SourcePos pos, Severity severity, String key, String hint, Object... args) {
        add(new Diagnostic(pos, severity, key, messages.format(key, args), hint));
    }

    public void report(SourcePos pos, Severity severity, String key, Object... args) {
        String hintKey = key + ".hint";
        String hint = messages.has(hintKey) ? messages.format(hintKey, args) : "";
        add(new Diagnostic(pos, severity, key, messages.format(key, args), hint));
    }

    public synchronized void add(Diagnostic d) {
        items.add(d);
        if (d.isError()) {
            errors++;
        }
    }

    /** Puts {@code now} in the place of {@code old} (one problem's report, brought up to date). */
    public synchronized void replace(Diagnostic old, Diagnostic now) {
        int i = items.indexOf(old);
        if (i < 0) {
            add(now);
            return;
        }
        items.set(i, now);
        errors += (now.isError() ? 1 : 0) - (old.isError() ? 1 : 0);
    }

    public synchronized void addAll(List<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            add(d);
        }
    }

    /** Every diagnostic so far, in reading order; the order is the same whatever thread reported first. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized long errorCount() {
        return errors;
    }

    public synchronized long warningCount() {
        return items.size() - errorCount();
    }
}
