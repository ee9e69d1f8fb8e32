package org.casebook.site;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.casebook.diag.Diagnostic;

/**
 * The problems the preview's on-demand outputs met when a request rendered them (a knowledge base's
 * own collection template with a mistake in it, say). A build reports them with every other problem;
 * the preview renders these outputs only when asked for, so they are found then, and told then. They
 * belong to one state of the site: each save starts an empty set, found again when next asked for.
 */
final class OnDemandProblems {

    private volatile Set<Diagnostic> current = ConcurrentHashMap.newKeySet();
    private volatile Consumer<List<Diagnostic>> listener = found -> { };

    /** A new state of the site, with no problem found yet: its outputs report into what this returns. */
    Set<Diagnostic> renew() {
        Set<Diagnostic> state = ConcurrentHashMap.newKeySet();
        current = state;
        return state;
    }

    /** An output of {@code state} was rendered with {@code found}; the new ones are told if the state is still current. */
    void met(Set<Diagnostic> state, List<Diagnostic> found) {
        List<Diagnostic> fresh = found.stream().filter(state::add).toList();
        if (!fresh.isEmpty() && state == current) {
            listener.accept(fresh);
        }
    }

    /** The problems found so far in the current state. */
    List<Diagnostic> now() {
        return List.copyOf(current);
    }

    void listen(Consumer<List<Diagnostic>> listener) {
        this.listener = listener;
    }
}
