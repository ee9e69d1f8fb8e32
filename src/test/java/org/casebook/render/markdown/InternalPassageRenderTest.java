package org.casebook.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.cases.InternalBlock;
import org.casebook.cases.InternalBlocks;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How internal passages and links to withheld cases come out of the Markdown stage. */
class InternalPassageRenderTest {

    @TempDir
    Path kb;

    private final Diagnostics diags = new Diagnostics(Messages.forLanguage("en"));
    private final MarkdownRenderer renderer = new MarkdownRenderer("内部资料");

    /** Renders a body starting on file line 10, as the internal site (passages kept) or the public one. */
    private RenderedBody render(String body, boolean internalSite) throws Exception {
        Path cases = Files.createDirectories(kb.resolve("cases"));
        Files.writeString(cases.resolve("secret.md"), "x");
        Files.writeString(cases.resolve("draft.md"), "x");
        LinkTargets targets = new LinkTargets(cases, Map.of(cases.resolve("secret.md"), "secret",
                cases.resolve("draft.md"), "draft"), Set.of(), Set.of("secret"));
        List<InternalBlock> blocks = InternalBlocks.scan(body, 10, "cases/a.md", diags);
        String shown = internalSite ? InternalBlocks.withoutFences(body, 10, blocks)
                : InternalBlocks.withoutPassages(body, 10, blocks);
        return renderer.render(cases.resolve("a.md"), "cases/a.md", shown, 10, internalSite ? blocks : List.of(),
                targets, diags);
    }

    @Test
    void theInternalSiteBoxesEachPassageWithItsCaption() throws Exception {
        RenderedBody b = render("公开一\n::: internal\n## 内部标题\n\n- 内部要点\n:::\n公开二\n", true);
        assertEquals("""
                <p>公开一</p>
                <div class="internal-block">
                <p class="internal-block-label">内部资料</p>
                <h2 id="内部标题">内部标题</h2>
                <ul>
                <li>内部要点</li>
                </ul>
                </div>
                <p>公开二</p>
                """, b.html());
        assertEquals("内部标题", b.toc().get(0).text());
        assertFalse(b.text().contains("内部资料"), "the caption is not part of the case's text");
    }

    @Test
    void theCaptionIsEscaped() throws Exception {
        RenderedBody b = new MarkdownRenderer("<b>内部</b>").render(kb.resolve("a.md"), "cases/a.md", "\nx\n\n", 10,
                List.of(new InternalBlock(10, 12)), new LinkTargets(kb, Map.of(), Set.of()), diags);
        assertTrue(b.html().contains("<p class=\"internal-block-label\">&lt;b&gt;内部&lt;/b&gt;</p>"), b.html());
    }

    @Test
    void aPublicBodyHasNoTraceOfThePassageAndLaterPositionsStayRight() throws Exception {
        RenderedBody b = render("公开一\n::: internal\n内部\n![](内部.png)\n:::\n[坏链接](missing.pdf)\n", false);
        assertEquals("<p>公开一</p>\n<p><a href=\"#\">坏链接</a></p>\n", b.html());
        assertEquals(List.of(), b.attachments());
        assertEquals("cases/a.md:15:1 link.missing-file", diags.sorted().get(0).pos() + " " + diags.sorted().get(0).code());
        assertEquals(1, diags.sorted().size(), "the image inside the removed passage is never looked at");
    }

    @Test
    void definitionsUsedOnlyInsideARemovedPassageCopyNothingAndAddNoText() throws Exception {
        Files.createDirectories(kb.resolve("cases"));
        Files.write(kb.resolve("cases/a.png"), new byte[] {1});
        Files.write(kb.resolve("cases/b.pdf"), new byte[] {2});
        String body = "公开[^p]\n::: internal\n![][img] 见[^n]\n:::\n\n[img]: a.png\n\n[^n]: 脚注 [附件](b.pdf)\n\n[^p]: 公开脚注\n";
        RenderedBody pub = render(body, false);
        assertEquals(List.of(), pub.attachments());
        assertFalse(pub.text().contains("脚注 附件"), pub.text());
        assertTrue(pub.html().contains("公开脚注"));
        RenderedBody inside = render(body, true);
        assertEquals(List.of("files/a.png", "files/b.pdf"), inside.attachments().stream().map(Attachment::sitePath).sorted().toList());
    }

    @Test
    void linksToAnInternalOrDraftCaseBecomePlainTextWithAWarningSayingWhy() throws Exception {
        RenderedBody b = render("见[内部案例](secret.md)和[草稿](draft.md)。\n", false);
        assertEquals("<p>见内部案例和草稿。</p>\n", b.html());
        assertEquals(List.of("cases/a.md:10:2 link.internal-case", "cases/a.md:10:20 link.unpublished-case"),
                diags.sorted().stream().map(d -> d.pos() + " " + d.code()).toList());
    }
}
