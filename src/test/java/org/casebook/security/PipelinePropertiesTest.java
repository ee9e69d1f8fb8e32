package org.casebook.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.casebook.BuildResult;
import org.casebook.Casebook;
import org.casebook.diag.Diagnostic;
import org.casebook.site.OutputDir;
import org.casebook.testing.SiteSafety;
import org.casebook.testing.TestKb;

/**
 * Random bytes, random Markdown and random front matter through the whole pipeline. Whatever the
 * input, a build ends in a complete, script-free site or in diagnostics; it never throws, and the
 * site folder is never left half-written: after each run it is the previous site, byte for byte, or
 * a complete new one.
 */
class PipelinePropertiesTest {

    private static final String GOOD_FRONT = "---\ntitle: 随机案例\npark: 洋浦\ntheme: 组织建设\nmethod: 经验介绍\n---\n\n";

    private Path temp;
    private TestKb kb;
    private String previous;

    @BeforeProperty
    void setUp() throws IOException {
        temp = Files.createTempDirectory("casebook-props-");
        kb = TestKb.create(temp.resolve("kb")).addCase("good", "正常案例", "洋浦", "组织建设", "经验介绍", "2024-03-15");
        kb.file("cases/img/photo.png", "not really a png");
        BuildResult first = Casebook.at(kb.dir()).build();
        assertTrue(first.ok(), first.diagnostics().toString());
        previous = hash(kb.site());
    }

    @AfterProperty
    void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(temp)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 20)
    void randomBytes(@ForAll("bytes") byte[] content) throws IOException {
        buildWith(content);
    }

    @Property(tries = 20)
    void randomBytesAfterGoodFrontMatter(@ForAll("bytes") byte[] body) throws IOException {
        byte[] head = GOOD_FRONT.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        buildWith(all);
    }

    @Property(tries = 30)
    void randomMarkdown(@ForAll("markdown") String body) throws IOException {
        buildWith((GOOD_FRONT + body).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 30)
    void randomFrontMatter(@ForAll("yaml") String yaml) throws IOException {
        buildWith(("---\n" + yaml + "\n---\n\n正文。\n").getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.oneOf(
                Arbitraries.of(MARKDOWN).list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.strings().withChars("<>&\"'[]()!*`#|-:/\\\n \tajvsript=%;.@").ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> yaml() {
        return Arbitraries.of(YAML).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    private static final List<String> MARKDOWN = List.of(
            "\n", "\n\n", " ", "\t", "# ", "## ", "### ", "> ", "- ", "1. ", "* ", "**", "_", "`", "```\n", "    ",
            "[", "]", "(", ")", "![", "](", "<", ">", "\"", "'", "&", "\\", "|", "| a | b |\n|---|---|\n", "[^1]", "[^1]: ",
            "javascript:", "JaVaScRiPt:", "&#106;avascript:", "&#x6A;", "java&#9;script:", "%6Aavascript:", "data:",
            "vbscript:", "https://example.org/", "mailto:a@b.c", "../", "../../", "img/photo.png", "good.md", "x.md",
            "%2e%2e/", "/etc/passwd", "C:\\", "alert(1)", "window.__pwned=1", "<script>", "</script>",
            "<img src=x onerror=window.__pwned=1>", "<svg onload=window.__pwned=1>", "<a href=\"", "\" onclick=\"",
            "<details open ontoggle=window.__pwned=1>", "<iframe src=", "<style>", "<!--", "-->", "<b>", "</b>",
            "<table><tr><td>", "<math>", "<noscript>", "</noscript>", "<template>", "洋浦", "中文正文", "\u2028",
            "\u200B", "\u3000", "&lt;", "&amp;", "{{", "${", "<#", "[x]: ", "- [ ] ", "~~");

    private static final List<String> YAML = List.of(
            "title: ", "park: ", "theme: ", "method: ", "date: ", "draft: ", "summary: ", "keywords: ", "source_url: ",
            "\n", "  ", "- ", ": ", "[", "]", "{", "}", ",", "&a ", "*a", "<<: *a", "? ", "|\n", ">\n", "#", "'", "\"",
            "\t", "---", "...", "%YAML 1.1\n", "!!binary ", "!!python/object/apply:os.system ", "!!java.io.File ",
            "NO", "yes", "0123", "1:30", "2024-13-45", "2024-02-29", "~", "null", "洋浦", "洋浦\u200B", "组织建设",
            "经验介绍", "<script>window.__pwned=1</script>", "javascript:alert(1)", "\u3000", "x", "title: 标题\n",
            "park: 洋浦\n", "theme: 组织建设\n", "method: 经验介绍\n");

    private void buildWith(byte[] content) throws IOException {
        Files.write(kb.dir().resolve("cases/random.md"), content);
        BuildResult r;
        try {
            r = Casebook.at(kb.dir()).build();
        } catch (RuntimeException | Error e) {
            fail("the build threw instead of reporting", e);
            return;
        }
        assertFalse(Files.exists(kb.dir().resolve(".site.building"), LinkOption.NOFOLLOW_LINKS), "staging left behind");
        assertFalse(Files.exists(kb.dir().resolve(".site.old"), LinkOption.NOFOLLOW_LINKS), "old site left behind");
        for (Diagnostic d : r.diagnostics()) {
            assertFalse(d.pos().file().isEmpty() || d.message().isBlank(), "diagnostic without place or words: " + d);
        }
        assertEquals(r.errors() == 0, r.ok(), "ok exactly when there are no errors");
        if (r.ok()) {
            Path site = kb.site();
            for (String page : List.of("index.html", "404.html", "cases/index.html", "cases/good/index.html",
                    "cases/random/index.html", OutputDir.MARKER, "assets/style.css")) {
                assertTrue(Files.isRegularFile(site.resolve(page)), "complete site lacks " + page);
            }
            List<String> problems = SiteSafety.problems(site);
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            previous = hash(site);
        } else {
            assertTrue(r.errors() > 0);
            assertEquals(previous, hash(kb.site()), "a failed build changed the site");
        }
    }

    private static String hash(Path site) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(site)) {
            for (Path p : s.sorted().toList()) {
                sb.append(site.relativize(p)).append('\0');
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    sb.append(java.util.Arrays.hashCode(Files.readAllBytes(p))).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
