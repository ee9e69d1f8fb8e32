package org.casebook.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.SyntheticKb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a contributor waits in {@code casebook serve}: from saving a case file to its rebuilt page
 * being served, at 10,000 cases, against a full build of the same knowledge base. Run on demand:
 * {@code mvn -o test -Dtest=ServeLatencyBench -Dsurefire.excludedGroups=none -Dcasebook.bench.cases=10000}
 * (also {@code casebook.bench.edits}, {@code .warmup}, {@code .builds}, and {@code .kb}: a folder to generate the
 * knowledge base into and keep, e.g. to time a full build with the command line and more memory).
 * Prints the figures and writes them to {@code target/bench/serve-latency.txt}.
 */
@Tag("bench")
class ServeLatencyBench {

    /**
     * Between two GETs of the edited page. Each GET costs the server and the client some CPU, which on
     * two shared cores would slow the very rebuild being timed; the figures may be up to this late.
     */
    static final long POLL_MS = 5;
    /** Start and end (nanoTime) of each edit's rebuild, as the preview reported them. */
    static final List<long[]> REBUILDS = java.util.Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path dir;

    @Test
    void saveToServedLatency() throws Exception {
        int count = Integer.getInteger("casebook.bench.cases", 10_000);
        int edits = Integer.getInteger("casebook.bench.edits", 21);
        // a folder to keep the knowledge base in (to build it again with the command line), else a temporary one
        Path kb = Optional.ofNullable(System.getProperty("casebook.bench.kb")).map(Path::of).orElse(dir.resolve("kb"));
        long g0 = System.nanoTime();
        if (!Files.isDirectory(kb.resolve("cases"))) {
            SyntheticKb.write(kb, count, 42);
        }
        List<String> slugs = java.util.stream.IntStream.rangeClosed(1, count).mapToObj(SyntheticKb::slug).toList();
        StringBuilder report = new StringBuilder();
        line(report, "cases: %d (generated in %.1f s), cores: %d, max heap: %d MiB, load average at start: %s", count,
                secs(g0), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());

        List<Double> builds = new ArrayList<>();
        for (int run = 0; run < Integer.getInteger("casebook.bench.builds", 2); run++) {
            long t0 = System.nanoTime();
            BuildResult r = Casebook.at(kb).output(dir.resolve("out")).build();
            builds.add(secs(t0));
            assertTrue(r.ok(), () -> r.diagnostics().toString());
            line(report, "full build %d: %.2f s (%d pages; stages %s)", run + 1, builds.get(run), r.stats().pages(),
                    stages(r));
        }

        long s0 = System.nanoTime();
        List<Long> editMillis = new ArrayList<>();
        List<Long> followUpMillis = new ArrayList<>();
        List<String> stageLog = new ArrayList<>();
        List<Long> firstBuild = new ArrayList<>();
        try (Preview preview = Preview.start(kb, "127.0.0.1", 0, false, "bench", org.casebook.testing.TestClock.CLOCK, u -> {
            long now = System.nanoTime();
            if (!u.full() && !u.followUp()) {
                REBUILDS.add(new long[] {now - u.millis() * 1_000_000, now});
            }
            (u.full() ? firstBuild : u.followUp() ? followUpMillis : editMillis).add(u.millis());
            if (!u.full() && !u.followUp()) {
                stageLog.add(u.stageMicros().toString());
            }
        })) {
            line(report, "serve start (in-memory build of the pages + bind): %.2f s", secs(s0));
            HttpClient http = HttpClient.newHttpClient();
            // the first saves run on a cold JIT; they are measured and shown apart, as a user meets them once
            int warmup = Integer.getInteger("casebook.bench.warmup", 5);
            Measured cold = measure(kb, preview, http, slugs.subList(slugs.size() / 2, slugs.size()), warmup, false);
            line(report, "save → served, first %d saves after start (cold JIT): %s ms", warmup,
                    cold.served().stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
            String loadBefore = loadAverage();
            long gcBefore = gcMillis();
            stageLog.clear();
            Measured body = measure(kb, preview, http, slugs, edits, false);
            Measured title = measure(kb, preview, http, slugs, Math.max(5, edits / 2), true);
            String loadAfter = loadAverage();
            long gcDuring = gcMillis() - gcBefore;
            line(report, "");
            line(report, "| edit  | saves | save → served, median | p90 | min | max | process CPU in that time, median"
                    + " | save → follow-up done (related cases…), median |");
            line(report, "|-------|------:|------:|------:|------:|------:|------:|------:|");
            row(report, "body", body);
            row(report, "title", title);
            line(report, "");
            for (Measured m : List.of(body, title)) {
                line(report, "%s: save → rebuild started, median %.0f ms; rebuild ended → served, median %.0f ms",
                        m == body ? "body" : "title", pct(m.toStart(), 50), pct(m.afterEnd(), 50));
            }
            line(report, "load average before / after measuring: %s / %s", loadBefore, loadAfter);
            line(report, "incremental rebuild alone (update → page in memory): median %d ms; follow-ups (cross-case model):"
                    + " median %d ms", median(editMillis), median(followUpMillis));
            line(report, "garbage collection while measuring: %d ms in all", gcDuring);
            line(report, "stage microseconds of the measured rebuilds:");
            stageLog.forEach(st -> line(report, "  %s", st));
            // the derived pages are rendered when first asked for after a save: how long that first request takes
            for (String derived : List.of("stats/index.html", "search/index.js")) {
                long d0 = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(preview.url().resolve(derived)).build(),
                        HttpResponse.BodyHandlers.ofString());
                line(report, "first request of %s after the last save: %d in %.2f s", derived, r.statusCode(), secs(d0));
            }
            Runtime rt = Runtime.getRuntime();
            System.gc();
            line(report, "heap used after the run (after a GC): %d MiB", (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
        System.out.print(report);
        Path out = Path.of("target", "bench", "serve-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Per save: until the edited page is served with the edit, and until the related-case lists caught up. */
    private record Measured(List<Double> served, List<Double> settled, List<Double> cpu, List<Double> toStart,
            List<Double> afterEnd) {
    }

    /**
     * Edits {@code n} cases spread over the corpus. Each save starts from an idle preview (the previous
     * save's follow-up done, then a pause as between two real saves); the clock starts right before the
     * file is written and stops when a GET of the case page returns the edit.
     */
    private static Measured measure(Path kb, Preview preview, HttpClient http, List<String> slugs, int n,
            boolean title) throws Exception {
        List<Double> served = new ArrayList<>();
        List<Double> settled = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> toStart = new ArrayList<>();
        List<Double> afterEnd = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String slug = slugs.get((int) ((long) (k * 7919 + 13) * slugs.size() / (n * 7919L + 17)) % slugs.size());
            Path file = kb.resolve("cases").resolve(slug + ".md");
            String marker = (title ? "标题改" : "正文改") + k + "x" + System.nanoTime();
            String text = Files.readString(file);
            String edited = title ? text.replaceFirst("(?m)^title: ", "title: " + marker)
                    : text.replace("\n---\n\n", "\n---\n\n" + marker + "\n\n");
            URI page = preview.url().resolve("cases/" + slug + "/index.html");
            preview.awaitSettled();
            Thread.sleep(150);
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            Files.writeString(file, edited);
            while (!fetch(http, page).contains(marker)) {
                if (System.nanoTime() - t0 > 60_000_000_000L) {
                    throw new AssertionError("the edit of " + slug + " never showed");
                }
                Thread.sleep(POLL_MS);
            }
            long t1 = System.nanoTime();
            served.add((t1 - t0) / 1e6);
            cpu.add((cpuNanos() - c0) / 1e6);
            // where the wait went: before the rebuild began (watcher), and after it ended (until a GET showed it)
            synchronized (REBUILDS) {
                REBUILDS.stream().filter(r -> r[1] >= t0 && r[1] <= t1).reduce((a, b) -> b).ifPresent(r -> {
                    toStart.add((r[0] - t0) / 1e6);
                    afterEnd.add((t1 - r[1]) / 1e6);
                });
            }
            preview.awaitSettled();
            settled.add((System.nanoTime() - t0) / 1e6);
        }
        return new Measured(served, settled, cpu, toStart, afterEnd);
    }

    private static void row(StringBuilder sb, String kind, Measured m) {
        line(sb, "| %-5s | %5d | %.0f ms | %.0f | %.0f | %.0f | %.0f ms | %.0f ms |", kind, m.served().size(),
                pct(m.served(), 50), pct(m.served(), 90), pct(m.served(), 0), pct(m.served(), 100), pct(m.cpu(), 50),
                pct(m.settled(), 50));
    }

    /** CPU time of this whole process (the preview, and the polling client), all threads. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long median(List<Long> values) {
        return values.isEmpty() ? -1 : values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String fetch(HttpClient http, URI page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static String stages(BuildResult r) {
        StringBuilder sb = new StringBuilder();
        r.stats().stages().forEach((k, v) -> sb.append(k).append('=').append(v.toMillis()).append("ms "));
        return sb.toString().strip();
    }

    private static double pct(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int idx = (int) Math.round(p / 100.0 * (sorted.size() - 1));
        return sorted.get(idx);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
