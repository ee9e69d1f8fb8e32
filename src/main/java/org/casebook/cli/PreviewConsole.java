package org.casebook.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.DiagnosticFormatter;
import org.casebook.diag.Messages;
import org.casebook.site.LiveSite;

/**
 * What the preview tells its console after each rebuild. The first rebuild lists every problem, as
 * a build does; after a save only the warnings that are new are listed, with how many went away and
 * how many are still as they were, so the one warning about the file just saved is not buried under
 * the whole knowledge base's (thousands, in a large one) again. Errors are listed every time: the
 * preview serves the last good site until they are fixed.
 *
 * <p>A warning is the same as before when its file, code, message and hint are: one that only moved
 * to another line of an edited file is not news.
 */
final class PreviewConsole {

    private final Messages messages;
    private final DiagnosticFormatter formatter;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The warnings the last report listed or counted, by {@link #key}; null before the first report. */
    private Map<String, Integer> shown;
    /** Whether a rebuild has succeeded yet: until one has, there is no earlier site being served. */
    private boolean built;

    PreviewConsole(Messages messages, PrintWriter out, PrintWriter err) {
        this.messages = messages;
        this.formatter = new DiagnosticFormatter(messages);
        this.out = out;
        this.err = err;
    }

    synchronized void report(LiveSite.Update u) {
        if (u.followUp() && u.changedPaths().isEmpty()) {
            return; // the cross-case model brought up to date without changing a page: nothing to tell
        }
        Map<String, Integer> before = shown == null ? Map.of() : new HashMap<>(shown);
        Map<String, Integer> now = new HashMap<>();
        int unchanged = 0;
        for (Diagnostic d : u.problems()) {
            if (d.isError()) {
                err.println(formatter.format(d));
                continue;
            }
            String key = key(d);
            now.merge(key, 1, Integer::sum);
            Integer left = before.get(key);
            if (left != null && left > 0) {
                before.put(key, left - 1);
                unchanged++;
            } else {
                err.println(formatter.format(d));
            }
        }
        built |= u.ok();
        int gone = before.values().stream().mapToInt(Integer::intValue).sum();
        err.flush();
        shown = now;
        if (gone > 0) {
            out.println(messages.format("serve.warnings-gone", gone));
        }
        if (unchanged > 0) {
            out.println(messages.format("serve.warnings-unchanged", unchanged));
        }
        long errors = u.problems().stream().filter(Diagnostic::isError).count();
        if (!u.ok()) {
            out.println(messages.format(built ? "serve.failed" : "serve.first-build-failed", errors));
        } else if (u.full()) {
            out.println(messages.format("serve.full-rebuild", u.changedPaths().size(), u.millis()));
        } else {
            out.println(messages.format("serve.rebuilt", u.changedPaths().size(), u.millis()));
        }
        out.flush();
    }

    /**
     * Problems an output met when a request rendered it (a collection, a Word document): new each time,
     * so all are listed, with a line saying the file asked for could not be made as it should.
     */
    synchronized void reportOnDemand(List<Diagnostic> found) {
        found.forEach(d -> err.println(formatter.format(d)));
        err.flush();
        long errors = found.stream().filter(Diagnostic::isError).count();
        out.println(messages.format("serve.on-demand-problems", errors, found.size() - errors));
        out.flush();
    }

    private static String key(Diagnostic d) {
        return d.pos().file() + '\0' + d.code() + '\0' + d.message() + '\0' + d.hint();
    }
}
