package org.casebook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.testing.SiteTree;
import org.casebook.testing.TestClock;
import org.casebook.testing.TestKb;

/**
 * The build cache never changes what a build makes. Random sequences of edits, renames, deletions,
 * new cases, attachments that come and go, drafts, configuration and template changes are applied
 * to a small knowledge base; after each step a build that reads and writes the cache must give the
 * same result, the same diagnostics and a byte-identical site as a clean build without the cache,
 * and the cache must hold the entries of that build (one per published case) and at most as many
 * others.
 */
class BuildCachePropertiesTest {

    enum Kind { EDIT, FRONT, RENAME, DELETE, ADD, ATTACHMENT, DRAFT, CONFIG, TEMPLATE, REPAIR }

    record Step(Kind kind, int pick, int variant) {
    }

    private static final String[] CONFIGS = {
        TestKb.CONFIG,
        TestKb.CONFIG + "audience: public\n",
        TestKb.CONFIG.replace("title: 测试经验库", "title: 改过名的经验库").replace("language: zh-CN", "language: en"),
    };

    @Property(tries = 15)
    void warmBuildsEqualCleanBuilds(@ForAll("steps") List<Step> steps) throws IOException {
        Path temp = Files.createTempDirectory("casebook-cache-props-");
        try {
            TestKb kb = TestKb.create(temp.resolve("kb"));
            kb.addCase("a.md", front("a", "public", false, 0), "## 背景\n\n锚点案例的正文。\n");
            kb.addCase("b.md", front("b", "public", false, 0), "见 [甲](a.md)。\n\n![图](img/photo.png)\n");
            kb.addCase("sub/c.md", front("c", "internal", false, 0),
                    "## 做法\n\n::: internal\n内部的话。\n:::\n\n[乙](../b.md) 和 [甲](../a.md)\n");
            kb.addCase("d.md", front("d", "public", true, 0), "草稿正文，链接 [丙](sub/c.md)。\n");
            kb.file("cases/img/photo.png", "not really a png");
            Path cache = temp.resolve("cache");
            compare(kb, temp, cache, "start");
            int counter = 0;
            for (Step step : steps) {
                counter++;
                apply(kb, step, counter);
                compare(kb, temp, cache, step + " (step " + counter + " of " + steps + ")");
            }
        } finally {
            deleteTree(temp);
        }
    }

    // sequences a random search finds only now and then, run every time

    @Example
    void aNewCaptionForInternalPassages() throws IOException {
        warmBuildsEqualCleanBuilds(List.of(new Step(Kind.TEMPLATE, 0, 1), new Step(Kind.TEMPLATE, 0, 2)));
    }

    @Example
    void anotherLanguageWhileABodyHasAProblem() throws IOException {
        // the same caption in both languages: only the messages' language tells the two builds apart
        warmBuildsEqualCleanBuilds(List.of(new Step(Kind.TEMPLATE, 0, 1), new Step(Kind.EDIT, 0, 14),
                new Step(Kind.CONFIG, 0, 2)));
    }

    @Example
    void aCasePageTemplateOfItsOwnThenAnotherHeadingThenTheBuiltInTheme() throws IOException {
        // the case pages kept by their inputs: a template or a string of the page frame makes them again
        warmBuildsEqualCleanBuilds(List.of(new Step(Kind.TEMPLATE, 0, 3), new Step(Kind.TEMPLATE, 0, 2),
                new Step(Kind.TEMPLATE, 0, 0)));
    }

    @Example
    void aTitleThenAThemeThenADateChangeAndNothingElse() throws IOException {
        warmBuildsEqualCleanBuilds(List.of(new Step(Kind.FRONT, 1, 1), new Step(Kind.FRONT, 2, 2),
                new Step(Kind.FRONT, 0, 3), new Step(Kind.FRONT, 0, 4), new Step(Kind.FRONT, 0, 20)));
    }

    @Example
    void aPublicBuildAfterAnInternalOne() throws IOException {
        warmBuildsEqualCleanBuilds(List.of(new Step(Kind.CONFIG, 0, 1), new Step(Kind.CONFIG, 0, 0)));
    }

    @Example
    void aPictureGoesAndComesBack() throws IOException {
        warmBuildsEqualCleanBuilds(List.of(new Step(Kind.ATTACHMENT, 0, 0), new Step(Kind.ATTACHMENT, 0, 0)));
    }

    @Example
    void aLinkedCaseIsDeletedThenTheLinksAreRepaired() throws IOException {
        warmBuildsEqualCleanBuilds(List.of(new Step(Kind.DELETE, 3, 0), new Step(Kind.REPAIR, 0, 1)));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Kind.values()), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(7);
    }

    private static void compare(TestKb kb, Path temp, Path cache, String after) {
        Path warmOut = temp.resolve("warm");
        Path cleanOut = temp.resolve("clean");
        BuildResult warm = Casebook.at(kb.dir()).clock(TestClock.CLOCK).output(warmOut).cache(cache).build();
        BuildResult clean = Casebook.at(kb.dir()).clock(TestClock.CLOCK).output(cleanOut).noCache().build();
        // a diagnostic about the site it replaces names that site's folder, which differs between the two
        assertEquals(clean.diagnostics().stream().map(d -> String.valueOf(d).replace(cleanOut.toString(), "OUT")).toList(),
                warm.diagnostics().stream().map(d -> String.valueOf(d).replace(warmOut.toString(), "OUT")).toList(),
                "diagnostics after " + after);
        assertEquals(clean.ok(), warm.ok(), "result after " + after);
        if (clean.ok()) {
            assertEquals(SiteTree.hashes(cleanOut), SiteTree.hashes(warmOut), "site after " + after);
        }
        long entries = org.casebook.cache.CacheContents.entries(cache).size();
        long cases = clean.stats().cases();
        assertTrue(entries >= cases && entries <= 2 * cases, "cache entries " + entries + " after " + after
                + ": every published case's, and never more than as many others (a pack under half in use is compacted)");
    }

    private static void apply(TestKb kb, Step step, int counter) throws IOException {
        List<String> cases = caseFiles(kb);
        String target = cases.get(step.pick() % cases.size());
        switch (step.kind()) {
            case EDIT -> rewrite(kb, target, step.variant(), cases, counter, isDraft(kb, target));
            case FRONT -> {
                // the front matter alone: title, theme, date, summary or keywords, the body as it was
                Path file = kb.dir().resolve("cases/" + target);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String stem = target.substring(target.lastIndexOf('/') + 1, target.length() - 3);
                String visibility = text.contains("visibility: internal") ? "internal" : "public";
                String body = text.substring(text.indexOf("\n---\n") + 5);
                Files.writeString(file, "---\n" + front(stem, visibility, isDraft(kb, target), step.variant()) + "\n---\n"
                        + body, StandardCharsets.UTF_8);
            }
            case RENAME -> {
                if (!target.equals("a.md")) {
                    String renamed = (step.variant() % 2 == 0 ? "sub/" : "") + "r" + counter + ".md";
                    Files.createDirectories(kb.dir().resolve("cases/" + renamed).getParent());
                    Files.move(kb.dir().resolve("cases/" + target), kb.dir().resolve("cases/" + renamed));
                }
            }
            case DELETE -> {
                if (!target.equals("a.md")) {
                    Files.delete(kb.dir().resolve("cases/" + target));
                }
            }
            case ADD -> {
                String name = (step.variant() % 3 == 0 ? "sub/" : "") + "n" + counter + ".md";
                rewrite(kb, name, step.variant(), cases, counter, false);
            }
            case ATTACHMENT -> {
                Path photo = kb.dir().resolve("cases/img/photo.png");
                if (Files.exists(photo)) {
                    Files.delete(photo);
                } else {
                    kb.file("cases/img/photo.png", "another picture " + counter);
                }
            }
            case DRAFT -> {
                if (!target.equals("a.md")) {
                    Path file = kb.dir().resolve("cases/" + target);
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Files.writeString(file, text.contains("draft: true") ? text.replace("draft: true", "draft: false")
                            : text.replace("draft: false", "draft: true"), StandardCharsets.UTF_8);
                }
            }
            case CONFIG -> kb.file("casebook.yml", CONFIGS[step.variant() % CONFIGS.length]);
            case TEMPLATE -> {
                int v = step.variant() % 4;
                if (v == 0) {
                    Files.deleteIfExists(kb.dir().resolve("templates/i18n/ui_zh-CN.properties"));
                    Files.deleteIfExists(kb.dir().resolve("templates/i18n/ui_en.properties"));
                    Files.deleteIfExists(kb.dir().resolve("templates/case.ftlh"));
                } else if (v == 3) {
                    // the knowledge base's own case page, nothing else changed
                    kb.file("templates/case.ftlh", Files.readString(Path.of("templates/case.ftlh"), StandardCharsets.UTF_8)
                            .replaceFirst("</article>", "<p class=\"own\">" + counter + "</p></article>"));
                } else {
                    // one caption for both languages, or one each, and a heading of the page frame
                    kb.file("templates/i18n/ui_zh-CN.properties", "internal_block_label=内部标签" + counter
                            + (v == 2 ? "\nrelated_title=相关案例" + counter : "") + "\n");
                    kb.file("templates/i18n/ui_en.properties", "internal_block_label="
                            + (v == 1 ? "内部标签" : "Label ") + counter + "\n");
                }
            }
            case REPAIR -> {
                if (!Files.exists(kb.dir().resolve("cases/img/photo.png"))) {
                    kb.file("cases/img/photo.png", "a picture again " + counter);
                }
                for (String c : cases) {
                    rewrite(kb, c, step.variant(), cases, counter, isDraft(kb, c));
                }
            }
        }
    }

    /** Writes a case whose body links some of the cases there are (and the picture, and an internal passage). */
    private static void rewrite(TestKb kb, String file, int variant, List<String> cases, int counter, boolean draft) {
        String stem = file.substring(file.lastIndexOf('/') + 1, file.length() - 3);
        String visibility = file.equals("a.md") || variant % 4 != 0 ? "public" : "internal";
        StringBuilder body = new StringBuilder("## 第" + counter + "次修改\n\n正文" + variant + "。\n\n");
        String up = file.contains("/") ? "../" : "";
        String linked = cases.get(variant % cases.size());
        if (!linked.equals(file)) {
            body.append("[链接](").append(relative(file, linked)).append(")\n\n");
        }
        if (variant % 2 == 0) {
            body.append("![图](").append(up).append("img/photo.png)\n\n");
        }
        if (variant % 3 == 0) {
            body.append("::: internal\n内部段落").append(variant).append("\n:::\n\n");
        }
        if (variant % 7 == 0) {
            // a broken link whose message names the case it most likely meant (a lookup of every title)
            body.append("[少了扩展名](").append(up).append("a)\n\n");
        }
        if (variant % 5 == 0) {
            body.append("| 甲 | 乙 |\n|---|---|\n| ").append(variant).append(" | https://example.org/").append(variant)
                    .append(" |\n");
        }
        kb.addCase(file, front(stem, visibility, draft, variant), body.toString());
    }

    private static String relative(String from, String to) {
        boolean fromSub = from.contains("/");
        boolean toSub = to.contains("/");
        if (fromSub == toSub) {
            return to.substring(to.lastIndexOf('/') + 1);
        }
        return fromSub ? "../" + to : to;
    }

    /**
     * Front matter; variant 1, 2, 3 or 4 (mod 5) changes only the title, the theme, the date or the
     * summary, and 6 (mod 7) adds keywords, so that a change to one field alone is tried.
     */
    private static String front(String stem, String visibility, boolean draft, int variant) {
        int v = variant % 5;
        return "title: 案例" + stem + (v == 1 ? "（修订）" : "") + "\npark: 洋浦\ntheme: "
                + (v == 2 ? "党员教育" : "组织建设") + "\nmethod: 经验介绍\ndate: "
                + (v == 3 ? "2024-05-20" : "2024-03-15") + "\nsummary: 案例" + stem
                + (v == 4 ? "的新摘要。" : "的摘要。") + (variant % 7 == 6 ? "\nkeywords: [积分]" : "")
                + "\nvisibility: " + visibility + "\ndraft: " + draft;
    }

    private static boolean isDraft(TestKb kb, String file) {
        try {
            return Files.readString(kb.dir().resolve("cases/" + file), StandardCharsets.UTF_8).contains("draft: true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> caseFiles(TestKb kb) throws IOException {
        Path root = kb.dir().resolve("cases");
        try (Stream<Path> s = Files.walk(root)) {
            List<String> files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList());
            return files;
        }
    }

    private static void deleteTree(Path top) throws IOException {
        try (Stream<Path> s = Files.walk(top)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
