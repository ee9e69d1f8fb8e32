package org.casebook.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.casebook.BuildProgress;
import org.casebook.diag.Messages;

/**
 * A progress line on a terminal ({@code markdown 4312/10000 · 2.3 s}), redrawn a few times a second
 * and erased when the build ends, so that the one-line summary is what stays. Nothing is printed when
 * the output is not a terminal (CI logs, pipes): builds there stay quiet.
 */
final class TerminalProgress implements BuildProgress {

    /** Builds shorter than this never show a line: no flicker for the common small build. */
    private static final long SHOW_AFTER_MS = 400;

    private final Messages messages;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private final AtomicReference<String> stage = new AtomicReference<>("");
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final ScheduledExecutorService ticker;
    private volatile boolean drawn;

    private TerminalProgress(Messages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "casebook-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::draw, SHOW_AFTER_MS, 200, TimeUnit.MILLISECONDS);
    }

    /** A progress line on stderr when it is a terminal; otherwise none. */
    static BuildProgress forStderr(Messages messages) {
        Console console = System.console();
        if (console == null) {
            return BuildProgress.NONE;
        }
        return new TerminalProgress(messages, new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void stage(String name, int count) {
        stage.set(name);
        done.set(0);
        total.set(count);
    }

    @Override
    public void advance() {
        done.incrementAndGet();
    }

    @Override
    public void finished() {
        ticker.shutdownNow();
        synchronized (this) {
            if (drawn) {
                out.print("\r\033[K");
                out.flush();
            }
        }
    }

    private synchronized void draw() {
        String seconds = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
        int t = total.get();
        String line = t > 0
                ? messages.format("cli.progress", stage.get(), Math.min(done.get(), t), t, seconds)
                : messages.format("cli.progress-uncounted", stage.get(), seconds);
        out.print("\r\033[K" + line);
        out.flush();
        drawn = true;
    }
}
