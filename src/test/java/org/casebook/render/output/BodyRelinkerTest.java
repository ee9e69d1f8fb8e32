package org.casebook.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.casebook.render.markdown.LinkTargets;
import org.casebook.render.markdown.MarkdownRenderer;
import org.casebook.render.page.SitePaths;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tag scan must mean exactly what the jsoup route means: both are compared, as parsed DOMs, on
 * every body of the sample knowledge base and on markup chosen to be awkward.
 */
class BodyRelinkerTest {

    private static final String CASE_PAGE = "cases/chain/index.html";

    @TempDir
    Path kb;

    private static BodyRelinker.Rewrite rewrite(String page) {
        return new BodyRelinker.Rewrite(URI.create("http://site.invalid/").resolve(CASE_PAGE), SitePaths.rootOf(page),
                "chain--", BodyRelinker.Held.NONE);
    }

    private static String dom(String html) {
        var doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private static void assertSameMeaning(String html, String page, boolean scanExpected) {
        Optional<String> scanned = BodyRelinker.TagScan.relink(html, rewrite(page));
        assertEquals(scanExpected, scanned.isPresent(), () -> "tag scan taken for: " + html);
        String parsed = BodyRelinker.parsed(html, rewrite(page));
        assertEquals(dom(parsed), dom(BodyRelinker.relink(html, CASE_PAGE, page, "chain--")), html);
    }

    @Test
    void idsLinksAndImagesAreRewrittenLikeTheParserDoes() {
        String html = "<h2 id=\"做法\">做法</h2>\n<p>见<a href=\"../other/index.html#做法\">洋浦</a>、"
                + "<a href=\"#做法\">上文</a>、<a href=\"#\">顶部</a>、<a href=\"https://example.org/a\">外链</a>、"
                + "<a href=\"/abs\">根</a>、<a href=\"//host/x\">协议相对</a>。</p>\n"
                + "<p><img src=\"../../files/yangpu/img/%E5%9B%BE.png\" alt=\"图 &quot;1&quot; &lt;b&gt;\" /></p>\n"
                + "<ul><li class=\"task-list-item\"><span class=\"task-box\">☑</span> 完成</li></ul>\n"
                + "<!-- a comment with <a href=\"x\"> inside -->\n<p>a &lt;a href=&quot;x&quot;&gt; in text</p>\n"
                + "<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup><br />"
                + "<input type=\"checkbox\" checked disabled />";
        for (String page : List.of("print/all/index.html", "print/park/yangpu/index.html", CASE_PAGE)) {
            assertSameMeaning(html, page, true);
        }
        String out = BodyRelinker.relink(html, CASE_PAGE, "print/park/yangpu/index.html", "chain--");
        assertTrue(out.contains("id=\"chain--做法\""), out);
        assertTrue(out.contains("href=\"../../../cases/other/index.html#做法\""), out);
        assertTrue(out.contains("href=\"#chain--做法\""), out);
        assertTrue(out.contains("src=\"../../../files/yangpu/img/%E5%9B%BE.png\""), out);
        assertTrue(out.contains("<!-- a comment with <a href=\"x\"> inside -->"), out);
    }

    @Test
    void aLinkToACaseThePageHoldsGoesToItsPlaceOnThePage() {
        BodyRelinker.Held held = (slug, fragment) -> !slug.equals("other") ? null
                : fragment == null ? "case-other" : "other--" + fragment;
        String html = "<p><a href=\"../other/index.html\">整篇</a>、<a href=\"../other/index.html#做法\">做法</a>、"
                + "<a href=\"../elsewhere/index.html#做法\">别处</a>、<a href=\"../other/index.html?x=1\">带参数</a></p>";
        String page = "print/park/yangpu/index.html";
        for (String out : List.of(BodyRelinker.relink(html, CASE_PAGE, page, "chain--", held),
                BodyRelinker.parsed(html, new BodyRelinker.Rewrite(URI.create("http://site.invalid/").resolve(CASE_PAGE),
                        SitePaths.rootOf(page), "chain--", held)))) {
            assertTrue(out.contains("href=\"#case-other\">整篇"), out);
            assertTrue(out.contains("href=\"#other--做法\">做法"), out);
            assertTrue(out.contains("href=\"../../../cases/elsewhere/index.html#做法\""), "a case the page does not hold: " + out);
            assertTrue(out.contains("href=\"../../../cases/other/index.html?x=1\""), "an address with a query is not the case's page: " + out);
        }
    }

    @Test
    void markupTheScanDoesNotVouchForGoesThroughTheParser() {
        assertSameMeaning("<a href=\"../x/index.html?a=1&amp;b=2\">q</a>", "print/all/index.html", false);
        assertSameMeaning("<a href=../x/index.html>unquoted</a>", "print/all/index.html", false);
        assertSameMeaning("<p>1 < 2</p>", "print/all/index.html", false);
        // both routes re-point every link attribute of an element, not only the first
        assertTrue(BodyRelinker.parsed("<a href=\"../x/index.html\" src=\"../../files/a.png\">x</a>",
                rewrite("print/park/p/index.html")).contains("src=\"../../../files/a.png\""));
        assertTrue(BodyRelinker.relink("<a href=\"../x/index.html\" src=\"../../files/a.png\">x</a>", CASE_PAGE,
                "print/park/p/index.html", "chain--").contains("src=\"../../../files/a.png\""));
        assertSameMeaning("<h2 id=\"a&amp;b\">x</h2>", "print/all/index.html", false);
        // an entity in a value that stays as it is needs no decoding
        assertSameMeaning("<a title=\"a &amp; b\" href=\"https://e.org/?a=1&amp;b=2\">e</a>", "print/all/index.html", true);
    }

    @Test
    void everySampleBodyMeansTheSameEitherWay() throws IOException {
        Path sample = Path.of("cases");
        List<Path> files;
        try (Stream<Path> s = Files.walk(sample)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "the sample knowledge base: " + files.size());
        MarkdownRenderer renderer = new MarkdownRenderer();
        Diagnostics diags = new Diagnostics(Messages.forLanguage("zh-CN"));
        LinkTargets none = new LinkTargets(sample, Map.of(), Set.of());
        int scanned = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            String body = text.startsWith("---") ? text.substring(text.indexOf("\n---", 3) + 4) : text;
            String html = renderer.render(f.toAbsolutePath(), f.toString(), body, 1, none, diags).html();
            Optional<String> fast = BodyRelinker.TagScan.relink(html, rewrite("print/all/index.html"));
            if (fast.isPresent()) {
                scanned++;
                assertEquals(dom(BodyRelinker.parsed(html, rewrite("print/all/index.html"))), dom(fast.get()), f.toString());
            }
        }
        // the fast route is the common one, or it saves nothing
        assertEquals(files.size(), scanned, "bodies the tag scan handled");
    }
}
