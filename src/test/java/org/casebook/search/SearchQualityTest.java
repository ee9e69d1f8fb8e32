package org.casebook.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.audience.Audience;
import org.casebook.testing.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search quality on the held-out half of the frozen evaluation set ({@link EvalSet}), measured through
 * the real client in headless Chromium from file://: nDCG@10, recall@10 and junk@10 (results judged
 * 0) per category. The goals of the search work are the floors: nDCG@10 at least 0.93 overall and
 * 0.85 in every category, no junk in the top ten of the trap category. Every build checks that no
 * draft or (in a public build) internal case is ever returned and that each part of the ranking
 * earns its place against a deliberately weakened one; the floors themselves are checked on demand
 * (group {@code quality}) until the ranking meets them. The report goes to target/search-quality.md.
 */
class SearchQualityTest {

    static final double OVERALL_NDCG = 0.93;
    static final double CATEGORY_NDCG = 0.85;
    /** The category whose top ten must hold no case judged irrelevant. */
    static final String TRAP = "trap";

    record Measured(EvalSet.Query q, List<String> top, double ndcg, double recall, int junk) {
    }

    @TempDir
    Path tmp;

    /**
     * The acceptance gate of the search work: the held-out half meets the goals. Not met yet (see
     * docs/search.md for the measured table), so it runs on demand in the {@code quality} group:
     * {@code mvn test -Dsurefire.excludedGroups= -Dgroups=quality -Dtest=SearchQualityTest}.
     */
    @Test
    @Tag("quality")
    void heldOutHalfMeetsTheGoals() throws IOException {
        Browser.assumeAvailable();
        List<EvalSet.Query> heldOut = returnable(EvalSet.heldOut(EvalSet.all()));
        assertTrue(heldOut.size() >= 60, "the held-out half holds " + heldOut.size() + " queries");
        Path site = build(tmp.resolve("site"), Audience.INTERNAL);
        List<Measured> results = run(site, heldOut, "");
        String report = writeReport(results);
        // the fresh held-out set: reported beside the gated half, so a ranking tuned until the half
        // passes is also seen on queries no tuning has met
        List<Measured> fresh = run(site, returnable(EvalSet.fresh()), "");
        String freshReport = report(fresh);
        Files.writeString(Path.of("target/search-quality-fresh.md"), freshReport);
        System.out.println("FRESH HELD-OUT SET\n" + freshReport);
        List<String> failures = failures(results);
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + report);
    }

    /**
     * On every build: no draft or (public build) internal case is ever returned for any judged query,
     * and each deliberately weakened ranking — flat field weights, no coordination, no typo tolerance, no feedback,
     * each switched without editing code — does worse on the held-out half at what that part is for,
     * so each part is shown to earn its place.
     */
    @Test
    void heldOutHalfNeverReturnsHiddenCasesAndEveryPartOfTheRankingHelps() throws IOException {
        Browser.assumeAvailable();
        List<EvalSet.Query> all = EvalSet.all();
        assertTrue(all.size() >= 150, "the evaluation set holds " + all.size() + " queries");
        List<EvalSet.Query> heldOut = returnable(EvalSet.heldOut(all));
        Path site = build(tmp.resolve("site"), Audience.INTERNAL);
        List<Measured> full = run(site, heldOut, "");
        writeReport(full);

        Set<String> drafts = matching(EvalSet.kb().resolve("cases"), DRAFT);
        Set<String> hidden = hidden(EvalSet.kb().resolve("cases"));
        assertFalse(drafts.isEmpty() || hidden.size() == drafts.size(), "the evaluation knowledge base should hold drafts and internal cases");
        for (Measured m : full) {
            m.top().forEach(slug -> assertFalse(drafts.contains(slug), m.q().query() + " returned the draft " + slug));
        }
        List<EvalSet.Query> everyQuery = new ArrayList<>(EvalSet.all());
        everyQuery.addAll(EvalSet.fresh());
        for (Measured m : run(build(tmp.resolve("public"), Audience.PUBLIC), everyQuery, "")) {
            for (String slug : m.top()) {
                assertFalse(hidden.contains(slug), m.q().query() + " returned the draft or internal case " + slug);
            }
        }

        Map<String, List<Measured>> weakened = new LinkedHashMap<>();
        weakened.put("no coordination", run(site, heldOut, "nocoord"));
        weakened.put("no typo tolerance", run(site, heldOut, "notypo"));
        weakened.put("no feedback", run(site, heldOut, "noprf"));
        // field weights are baked into the index's scores at build time: the builder's switch
        System.setProperty(FieldWeights.FLAT_PROPERTY, "true");
        Path flat;
        try {
            flat = build(tmp.resolve("flat"), Audience.INTERNAL);
        } finally {
            System.clearProperty(FieldWeights.FLAT_PROPERTY);
        }
        weakened.put("flat field weights", run(flat, heldOut, ""));
        // what each part is for: coordination keeps stray matches of common words out (junk in the trap
        // category), typo tolerance finds what a same-sound slip misses, field weights rank what a case
        // is about above what it mentions, feedback finds what a paraphrase names in other words
        StringBuilder b = new StringBuilder();
        double fullJunk = mean(byCategory(full).get(TRAP), m -> m.junk());
        double looseJunk = mean(byCategory(weakened.get("no coordination")).get(TRAP), m -> m.junk());
        double fullTypo = mean(byCategory(full).get("homophone"), Measured::ndcg);
        double noTypo = mean(byCategory(weakened.get("no typo tolerance")).get("homophone"), Measured::ndcg);
        double fullAll = mean(full, Measured::ndcg);
        double flatAll = mean(weakened.get("flat field weights"), Measured::ndcg);
        b.append(String.format("trap junk@10: full %.2f, no coordination %.2f%n", fullJunk, looseJunk));
        b.append(String.format("homophone nDCG@10: full %.3f, no typo tolerance %.3f%n", fullTypo, noTypo));
        double fullParaphrase = mean(byCategory(full).get("paraphrase"), Measured::ndcg);
        double noFeedback = mean(byCategory(weakened.get("no feedback")).get("paraphrase"), Measured::ndcg);
        b.append(String.format("overall nDCG@10: full %.3f, flat field weights %.3f%n", fullAll, flatAll));
        b.append(String.format("paraphrase nDCG@10: full %.3f, no feedback %.3f%n", fullParaphrase, noFeedback));
        System.out.println(b);
        assertTrue(looseJunk > fullJunk, "no coordination should return more junk on traps:\n" + b);
        assertTrue(noTypo < fullTypo, "no typo tolerance should score lower on homophone typos:\n" + b);
        assertTrue(flatAll < fullAll, "flat field weights should score lower overall:\n" + b);
        assertTrue(noFeedback < fullParaphrase, "no feedback should score lower on paraphrases:\n" + b);
    }

    private static String writeReport(List<Measured> results) throws IOException {
        String report = report(results);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-quality.md"), report);
        System.out.println(report);
        return report;
    }

    @Test
    void moreResultsPagesThroughTheSampleAsAFacetedBrowser() throws IOException {
        Browser.assumeAvailable();
        Path site = tmp.resolve("browse");
        assertTrue(Casebook.at(Path.of(".")).output(site).build().ok());
        ChromeDriver browser = Browser.start();
        try {
            browser.get(site.resolve("search.html").toUri().toString());
            List<String> first = SearchFixture.slugs(browser);
            assertTrue(first.size() == 10, first.toString());
            browser.findElement(org.openqa.selenium.By.id("search-more")).click();
            List<String> more = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> {
                        List<String> s = SearchFixture.slugs(d);
                        return s.size() > 10 ? s : null;
                    });
            assertTrue(more.size() == 20 && more.subList(0, 10).equals(first), more.toString());
            assertTrue(browser.switchTo().activeElement().getAttribute("href").contains(more.get(10)),
                    "focus moves to the first new result");
        } finally {
            browser.quit();
        }
    }

    static Path build(Path out, Audience audience) {
        BuildResult r = Casebook.at(EvalSet.kb()).output(out).audience(audience).build();
        assertTrue(r.ok(), r.diagnostics().toString());
        return out;
    }

    /**
     * Opens search.html?q=… for each query in one browser (debug: the search client's debug switches,
     * set before its script runs) and measures the first ten results.
     */
    static List<Measured> run(Path site, List<EvalSet.Query> queries, String debug) throws IOException {
        List<Measured> out = new ArrayList<>();
        ChromeDriver browser = Browser.start();
        try {
            if (!debug.isEmpty()) {
                browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                        Map.of("source", "window.casebookSearchDebug = " + new org.openqa.selenium.json.Json().toJson(debug) + ";"));
            }
            for (EvalSet.Query q : queries) {
                browser.get(site.resolve("search.html").toUri() + "?q="
                        + URLEncoder.encode(q.query(), StandardCharsets.UTF_8).replace("+", "%20"));
                List<String> slugs = SearchFixture.slugs(browser);
                out.add(measure(q, slugs.subList(0, Math.min(10, slugs.size()))));
            }
        } finally {
            browser.quit();
        }
        return out;
    }

    static List<String> failures(List<Measured> results) {
        List<String> failures = new ArrayList<>();
        double all = mean(results, Measured::ndcg);
        if (all < OVERALL_NDCG) {
            failures.add(String.format("overall nDCG@10 %.3f < %.2f", all, OVERALL_NDCG));
        }
        byCategory(results).forEach((cat, list) -> {
            double ndcg = mean(list, Measured::ndcg);
            if (ndcg < CATEGORY_NDCG) {
                failures.add(String.format("%s: nDCG@10 %.3f < %.2f", cat, ndcg, CATEGORY_NDCG));
            }
            double junk = mean(list, m -> m.junk());
            if (cat.equals(TRAP) && junk > 0) {
                failures.add(String.format("%s: junk@10 %.2f > 0", cat, junk));
            }
        });
        return failures;
    }

    static Measured measure(EvalSet.Query q, List<String> top) {
        double dcg = 0;
        int junk = 0;
        int found = 0;
        for (int i = 0; i < top.size(); i++) {
            Integer g = q.grades().get(top.get(i));
            int grade = g == null ? 0 : g;
            dcg += (Math.pow(2, grade) - 1) / (Math.log(i + 2) / Math.log(2));
            if (grade == 0) {
                junk++;
            } else {
                found++;
            }
        }
        List<Integer> ideal = q.grades().values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        // a query with no relevant case is perfect when it returns nothing
        double ndcg = idcg == 0 ? (top.isEmpty() ? 1 : 0) : dcg / idcg;
        double recall = ideal.isEmpty() ? 1 : (double) found / Math.min(10, ideal.size());
        return new Measured(q, top, ndcg, recall, junk);
    }

    static double mean(List<Measured> list, ToDoubleFunction<Measured> f) {
        return list.stream().mapToDouble(f).average().orElse(0);
    }

    static Map<String, List<Measured>> byCategory(List<Measured> results) {
        Map<String, List<Measured>> m = new LinkedHashMap<>();
        for (Measured x : results) {
            m.computeIfAbsent(x.q().category(), k -> new ArrayList<>()).add(x);
        }
        return m;
    }

    static String report(List<Measured> results) {
        StringBuilder b = new StringBuilder("| category | queries | nDCG@10 | recall@10 | junk@10 |\n|---|---:|---:|---:|---:|\n");
        byCategory(results).forEach((cat, list) -> b.append(String.format("| %s | %d | %.3f | %.3f | %.2f |%n", cat,
                list.size(), mean(list, Measured::ndcg), mean(list, Measured::recall), mean(list, m -> m.junk()))));
        b.append(String.format("| **all** | %d | %.3f | %.3f | %.2f |%n%n", results.size(), mean(results, Measured::ndcg),
                mean(results, Measured::recall), mean(results, m -> m.junk())));
        b.append("| id | category | query | nDCG@10 | recall@10 | junk@10 | top results (slug:grade) |\n|---|---|---|---:|---:|---:|---|\n");
        for (Measured m : results) {
            b.append(String.format("| %s | %s | %s | %.3f | %.3f | %d | %s |%n", m.q().id(), m.q().category(),
                    m.q().query().replace("|", "\\|"), m.ndcg(), m.recall(), m.junk(), m.top().stream().limit(5)
                            .map(s -> s + ":" + m.q().grades().getOrDefault(s, 0)).collect(Collectors.joining(" "))));
        }
        return b.toString();
    }

    /**
     * The queries with their drafts' grades left out: a build never publishes a draft, so the ideal
     * ranking is made of the cases a build can return.
     */
    static List<EvalSet.Query> returnable(List<EvalSet.Query> queries) throws IOException {
        Set<String> drafts = matching(EvalSet.kb().resolve("cases"), DRAFT);
        return queries.stream().map(q -> new EvalSet.Query(q.id(), q.category(), q.query(),
                q.grades().entrySet().stream().filter(e -> !drafts.contains(e.getKey()))
                        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)))).toList();
    }

    private static final Pattern DRAFT = Pattern.compile("(?m)^draft:\\s*(true|yes)\\s*$");

    private static final Pattern HIDDEN = Pattern.compile("(?m)^(draft:\\s*(true|yes)|visibility:\\s*internal)\\s*$");

    /** Slugs (file names) of the cases that are drafts or marked internal. */
    static Set<String> hidden(Path cases) throws IOException {
        return matching(cases, HIDDEN);
    }

    static Set<String> matching(Path cases, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(cases)) {
            return files.filter(p -> p.toString().endsWith(".md")).filter(p -> {
                try {
                    return pattern.matcher(Files.readString(p)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")).collect(Collectors.toSet());
        }
    }
}
