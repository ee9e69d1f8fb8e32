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
 * (also {@code casebook.bench.edits}, {@code .warmup}, {@code .builds}).
 * Prints the figures and writes them to {@code target/bench/serve-latency.txt}.
 */
@Tag("bench")
class ServeLatencyBench {

    @TempDir
    Path dir;

    @Test
    void saveToServedLatency() throws Exception {
        int count = Integer.getInteger("casebook.bench.cases", 10_000);
        int edits = Integer.getInteger("casebook.bench.edits", 21);
        Path kb = dir.resolve("kb");
        long g0 = System.nanoTime();
        SyntheticKb.write(kb, count, 42);
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
        List<Long> rebuildMillis = new ArrayList<>();
        List<String> stageLog = new ArrayList<>();
        try (Preview preview = Preview.start(kb, "127.0.0.1", 0, false, "bench", u -> {
            rebuildMillis.add(u.millis());
            stageLog.add(u.stageMicros().toString());
        })) {
            line(report, "serve start (full in-memory build + bind): %.2f s", secs(s0));
            HttpClient http = HttpClient.newHttpClient();
            // the first saves run on a cold JIT; they are measured and shown apart, as a user meets them once
            int warmup = Integer.getInteger("casebook.bench.warmup", 5);
            List<Double> cold = measure(kb, preview, http, slugs.subList(slugs.size() / 2, slugs.size()), warmup, false);
            line(report, "save → served, first %d saves after start (cold JIT): %s ms", warmup,
                    cold.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
            List<Double> bodyEdits = measure(kb, preview, http, slugs, edits, false);
            List<Double> titleEdits = measure(kb, preview, http, slugs, Math.max(5, edits / 2), true);
            line(report, "save → served, body edit  (%d edits): median %.0f ms, p90 %.0f ms, min %.0f, max %.0f",
                    bodyEdits.size(), pct(bodyEdits, 50), pct(bodyEdits, 90), pct(bodyEdits, 0), pct(bodyEdits, 100));
            line(report, "save → served, title edit (%d edits): median %.0f ms, p90 %.0f ms, min %.0f, max %.0f",
                    titleEdits.size(), pct(titleEdits, 50), pct(titleEdits, 90), pct(titleEdits, 0), pct(titleEdits, 100));
            line(report, "rebuild times reported by the live site (ms, first is the initial build): %s", rebuildMillis);
            List<Long> incremental = rebuildMillis.subList(1, rebuildMillis.size());
            line(report, "load average while measuring: %s", loadAverage());
            line(report, "incremental rebuild alone: median %d ms", incremental.stream().sorted().toList()
                    .get(incremental.size() / 2));
            line(report, "stage microseconds of the last incremental rebuilds: %s",
                    stageLog.subList(Math.max(1, stageLog.size() - 3), stageLog.size()));
        }
        System.out.print(report);
        Path out = Path.of("target", "bench", "serve-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Edits {@code n} cases spread over the corpus; each time, polls its page until it shows the edit. */
    private static List<Double> measure(Path kb, Preview preview, HttpClient http, List<String> slugs, int n,
            boolean title) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String slug = slugs.get((int) ((long) (k * 7919 + 13) * slugs.size() / (n * 7919L + 17)) % slugs.size());
            Path file = kb.resolve("cases").resolve(slug + ".md");
            String marker = (title ? "标题改" : "正文改") + k + "x" + System.nanoTime();
            String text = Files.readString(file);
            String edited = title ? text.replaceFirst("(?m)^title: ", "title: " + marker)
                    : text.replace("\n---\n\n", "\n---\n\n" + marker + "\n\n");
            URI page = preview.url().resolve("cases/" + slug + "/index.html");
            Thread.sleep(150); // let the previous save settle, as between two real saves
            long t0 = System.nanoTime();
            Files.writeString(file, edited);
            while (!fetch(http, page).contains(marker)) {
                if (System.nanoTime() - t0 > 30_000_000_000L) {
                    throw new AssertionError("the edit of " + slug + " never showed");
                }
                Thread.sleep(2);
            }
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return ms;
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
