package org.casebook.site;

import org.casebook.config.BuildClock;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.casebook.diag.Diagnostic;
import org.casebook.diag.DiagnosticsJson;
import org.casebook.render.page.Theme;

/**
 * {@code casebook serve}: a {@link LiveSite} kept up to date by a {@link SourceWatcher} and served by
 * a {@link PreviewServer}. Each rebuild is announced to open pages: the pages it rewrote reload, and
 * while the sources have errors every page shows them over the last good build.
 */
public final class Preview implements AutoCloseable {

    /** How long the follow-up of an edit waits, so that reloading pages are served before it takes a core. */
    static final long FOLLOW_UP_DELAY_MS = 200;

    /** How many ports after the asked one are tried when it is taken. */
    public static final int PORT_TRIES = 20;

    private final LiveSite live;
    private final PreviewServer server;
    private final String host;
    private final Consumer<LiveSite.Update> listener;
    private final java.util.concurrent.atomic.AtomicReference<String> clientTag;
    private SourceWatcher watcher;
    /** Whether the reload client's tag was made once a site had been built (its overlay's title says which). */
    private boolean tagWithSite;
    private volatile Consumer<List<Diagnostic>> onDemandListener = found -> { };
    /**
     * Brings the cross-case model (related cases…) up to date after an edit was served. One worker: its parallel streams
     * then run in this pool, on one core, and leave the other to the next save and the server.
     */
    private final java.util.concurrent.ForkJoinPool followUps = new java.util.concurrent.ForkJoinPool(1);

    private Preview(LiveSite live, PreviewServer server, String host, Consumer<LiveSite.Update> listener,
            java.util.concurrent.atomic.AtomicReference<String> clientTag) {
        this.live = live;
        this.server = server;
        this.host = host;
        this.listener = listener;
        this.clientTag = clientTag;
        live.onDemandProblems(this::onDemand);
        this.tagWithSite = live.hasSite();
    }

    /**
     * Builds the knowledge base, then serves it on {@code host} at {@code port} (or the next free one)
     * and watches it. {@code listener} hears of every update, the first build included.
     */
    public static Preview start(Path kbDir, String host, int port, boolean drafts, String version,
            BuildClock clock, Consumer<LiveSite.Update> listener) throws IOException {
        Path kb = kbDir.toAbsolutePath().normalize();
        LiveSite live = new LiveSite(kb, drafts, version, clock);
        LiveSite.Update first = live.rebuildAll();
        listener.accept(first);
        var tag = new java.util.concurrent.atomic.AtomicReference<>(clientTag(kb, live));
        PreviewServer server = PreviewServer.bind(host, port, PORT_TRIES, live.site(), tag::get,
                () -> problemsJson(live), live.messages());
        Preview preview = new Preview(live, server, host, listener, tag);
        try {
            preview.watcher = new SourceWatcher(kb, preview::apply);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        server.start();
        return preview;
    }

    /** Where the preview is served, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + server.port() + "/");
    }

    public LiveSite live() {
        return live;
    }

    /**
     * Where the problems an output met when a request rendered it (a collection template's mistake)
     * are told besides the open pages, which show them as they show the sources' problems.
     */
    public void onDemandProblems(Consumer<List<Diagnostic>> listener) {
        this.onDemandListener = listener;
    }

    private void onDemand(List<Diagnostic> found) {
        onDemandListener.accept(found);
        problemsJson(live).ifPresent(server::problems);
    }

    private synchronized void apply(Set<Path> changed) {
        LiveSite.Update update;
        try {
            update = changed == null ? live.rebuildAll() : live.update(changed);
        } catch (RuntimeException | OutOfMemoryError e) {
            failed(e);
            return;
        }
        if (update.full() || !tagWithSite) {
            clientTag.set(clientTag(live.kbDir(), live)); // the overlay's words, and whether a site was ever built
            tagWithSite = live.hasSite();
        }
        announce(update);
        live.pending().ifPresent(p -> followUps.execute(() -> followUp(p)));
    }

    private void announce(LiveSite.Update update) {
        listener.accept(update);
        Optional<String> problems = problemsJson(live);
        if (live.problems().stream().anyMatch(Diagnostic::isError)) {
            server.problems(problems.get());
            return;
        }
        // warnings only: the site was rebuilt; open pages list them (collapsed) and reload as usual
        problems.ifPresentOrElse(server::problems, server::ok);
        if (!update.changedPaths().isEmpty()) {
            server.reload(update.full() ? "[\"*\"]" : pathsJson(update.changedPaths()));
        }
    }

    /** Computes the cross-case model of the edited site off the lock, then applies it unless a newer edit came in. */
    private void followUp(LiveSite.Pending pending) {
        try {
            // the open pages were just told to reload: their requests go first, then the seconds of work
            Thread.sleep(FOLLOW_UP_DELAY_MS);
            if (!live.isCurrent(pending)) {
                return; // a newer edit left its own follow-up
            }
            var insight = pending.insight();
            synchronized (this) {
                live.settle(pending, insight).ifPresent(this::announce);
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the preview is closing
        }
    }

    /** Waits until the follow-ups of the edits so far are done (benchmarks and tests). */
    public void awaitSettled() throws InterruptedException {
        synchronized (this) {
            // an update still being applied submits its follow-up before it lets go
        }
        while (!followUps.isQuiescent()) {
            followUps.awaitQuiescence(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A bug or a knowledge base too large for the heap must not end the preview (the watcher thread
     * would die silently): say what happened and what to do, keep serving the last good site.
     */
    private void failed(Throwable e) {
        System.err.println("casebook: " + (e instanceof OutOfMemoryError ? live.messages().format("preview.out-of-memory")
                : live.messages().format("preview.internal-error", e)));
    }

    private static String pathsJson(Set<String> paths) {
        StringBuilder sb = new StringBuilder("[");
        paths.stream().sorted().forEach(p -> sb.append(sb.length() > 1 ? "," : "").append(DiagnosticsJson.string(p)));
        return sb.append(']').toString();
    }

    /**
     * The current errors and warnings as the overlay shows them (errors first), or empty when there
     * is neither. A warning (an image removed, a link dropped) explains a page that looks broken.
     */
    static Optional<String> problemsJson(LiveSite live) {
        List<Diagnostic> problems = new java.util.ArrayList<>(live.problems());
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        problems.sort(java.util.Comparator.comparing((Diagnostic d) -> !d.isError())); // stable: reading order kept
        StringBuilder sb = new StringBuilder("[");
        for (Diagnostic d : problems) {
            String severity = live.messages().format(d.isError() ? "severity.error" : "severity.warning");
            sb.append(sb.length() > 1 ? "," : "")
                    .append("{\"pos\":").append(DiagnosticsJson.string(d.pos().toString()))
                    .append(",\"severity\":").append(DiagnosticsJson.string(severity))
                    .append(",\"error\":").append(d.isError())
                    .append(",\"message\":").append(DiagnosticsJson.string(d.message()))
                    .append(",\"hint\":").append(DiagnosticsJson.string(d.hint()))
                    .append('}');
        }
        return Optional.of(sb.append(']').toString());
    }

    /** The reload client's tag, with the overlay's words in the knowledge base's language. */
    private static String clientTag(Path kb, LiveSite live) {
        var strings = new Theme(kb).uiStrings(live.messages().language());
        return "<script src=\"" + PreviewServer.PREFIX + "reload.js\" data-title=\""
                + attr(strings.getProperty(live.hasSite() ? "serve_overlay_title" : "serve_overlay_title_no_site", ""))
                + "\" data-fixed=\""
                + attr(strings.getProperty("serve_overlay_fixed", "")) + "\" data-warnings=\""
                + attr(strings.getProperty("serve_overlay_warnings", "{0}")) + "\" data-dismiss=\""
                + attr(strings.getProperty("serve_overlay_dismiss", "×")) + "\"></script>\n";
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        watcher.close();
        server.close();
        followUps.shutdownNow();
        synchronized (this) {
            live.close();
        }
    }
}
