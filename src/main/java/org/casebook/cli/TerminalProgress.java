package org.casebook.cli;

import java.io.PrintStream;
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
 * the output is not a terminal (CI logs, pipes): builds there stay quiet. Where the terminal does not
 * interpret ANSI sequences (the classic Windows console) the line is redrawn with a carriage return
 * and blanks instead of "erase line".
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
    private final boolean ansi;
    private volatile boolean drawn;
    /** Columns the last line took (a CJK character takes two), blanked before the next one without ANSI. */
    private int lastWidth;

    TerminalProgress(Messages messages, PrintStream out, boolean ansi) {
        this.messages = messages;
        this.out = out;
        this.ansi = ansi;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "casebook-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::draw, SHOW_AFTER_MS, 200, TimeUnit.MILLISECONDS);
    }

    /** A progress line on stderr when it is a terminal; otherwise none. */
    static BuildProgress forStderr(Messages messages) {
        if (System.console() == null) {
            return BuildProgress.NONE;
        }
        ConsoleSettings console = ConsoleSettings.current();
        return new TerminalProgress(messages, new PrintStream(System.err, true, console.charset()), console.ansi());
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
                out.print(ansi ? "\r\033[K" : "\r" + " ".repeat(lastWidth) + "\r");
                out.flush();
            }
        }
    }

    synchronized void draw() {
        String seconds = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
        int t = total.get();
        String line = t > 0
                ? messages.format("cli.progress", stage.get(), Math.min(done.get(), t), t, seconds)
                : messages.format("cli.progress-uncounted", stage.get(), seconds);
        int width = width(line);
        out.print(ansi ? "\r\033[K" + line : "\r" + line + " ".repeat(Math.max(0, lastWidth - width)));
        lastWidth = width;
        out.flush();
        drawn = true;
    }

    /** Terminal columns of a line: East Asian wide characters take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1;
        }
        return w;
    }
}
