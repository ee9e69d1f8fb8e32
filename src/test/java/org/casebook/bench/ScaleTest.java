package org.casebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebook.testing.SyntheticKb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds 100,000 synthetic cases in a separate JVM limited to {@code -Xmx2g}, the way a build
 * server runs the CLI, and checks the site: the reported page count matches the pages on disk,
 * every case has its page, and a random sample of case pages carries its own title and its
 * neighbours' links. Prints the time and peak memory; asserts none (timing belongs to bench/run.sh).
 *
 * <pre>mvn verify -Dsurefire.excludedGroups= -Dgroups=scale [-Dcasebook.scale.cases=100000]</pre>
 */
@Tag("scale")
class ScaleTest {

    private static final Pattern FIGURE = Pattern.compile("(?m)^figure\\t(\\w+)\\t(\\d+)$");

    @Test
    void buildsOneHundredThousandCasesUnderTwoGigabytes(@TempDir Path tmp) throws Exception {
        int count = Integer.getInteger("casebook.scale.cases", 100_000);
        Path kb = tmp.resolve("kb");
        Path site = tmp.resolve("site");
        long t0 = System.nanoTime();
        SyntheticKb.write(kb, count, 7);
        System.out.printf("generated %d cases in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = tmp.resolve("build.log");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx2g", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-cp", classpath, "org.casebook.cli.Main", "build", kb.toString(), "-o", site.toString(), "--timings")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        long b0 = System.nanoTime();
        Process p = pb.start();
        long peakKb = 0;
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        while (!p.waitFor(250, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterMarkKb(status)); // Linux only; 0 elsewhere
        }
        int exit = p.exitValue();
        double seconds = (System.nanoTime() - b0) / 1e9;
        String out = Files.readString(log, StandardCharsets.UTF_8);
        System.out.print(out);
        System.out.printf("build of %d cases with -Xmx2g: exit %d, %.1f s wall, peak RSS %d MiB%n", count, exit, seconds,
                peakKb / 1024);
        assertEquals(0, exit, "the build failed:\n" + tail(out));

        long htmlOnDisk;
        try (Stream<Path> files = Files.walk(site)) {
            htmlOnDisk = files.filter(f -> f.getFileName().toString().endsWith(".html")).count();
        }
        assertEquals(figure(out, "pages"), htmlOnDisk, "pages reported vs. HTML files on disk");
        assertEquals(count, figure(out, "cases"));
        long casePages;
        try (Stream<Path> dirs = Files.list(site.resolve("cases"))) {
            casePages = dirs.filter(d -> !d.getFileName().toString().equals("page"))
                    .filter(d -> Files.isRegularFile(d.resolve("index.html"))).count();
        }
        assertEquals(count, casePages, "one page per case");
        int listingPages = (count + 19) / 20;
        assertTrue(Files.isRegularFile(site.resolve("cases/page/" + listingPages + "/index.html")),
                "the last page of the all-cases listing");

        Random r = new Random(42);
        List<Integer> sample = new ArrayList<>(List.of(1, count));
        for (int i = 0; i < 48; i++) {
            sample.add(1 + r.nextInt(count));
        }
        Pattern title = Pattern.compile("(?m)^title: (.+)$");
        for (int i : sample) {
            String slug = SyntheticKb.slug(i);
            String source = Files.readString(kb.resolve("cases/" + slug + ".md"), StandardCharsets.UTF_8);
            Matcher m = title.matcher(source);
            assertTrue(m.find());
            String page = Files.readString(site.resolve("cases/" + slug + "/index.html"), StandardCharsets.UTF_8);
            assertTrue(page.contains(m.group(1)), slug + " shows its title");
            assertTrue(page.contains("<h2"), slug + " has its body's headings");
        }
    }

    private static long figure(String out, String name) {
        Matcher m = FIGURE.matcher(out);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Long.parseLong(m.group(2));
            }
        }
        throw new AssertionError("no '" + name + "' figure in the build's output:\n" + tail(out));
    }

    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the process has just ended, or this is not Linux
        }
        return 0;
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

}
