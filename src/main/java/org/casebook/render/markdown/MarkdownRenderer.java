package org.casebook.render.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.cases.InternalBlock;
import org.casebook.diag.Diagnostics;

/**
 * Markdown to safe HTML. The parser and renderer are built once and shared by all threads
 * (flexmark's are immutable); each body is parsed once and its HTML, headings, plain text and
 * attachments are produced from that one tree.
 */
public final class MarkdownRenderer {

    /** Parsers by {@link Syntax} flags: the full set is built first, the lighter ones when first needed. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Parser> parsers =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(4);
    private final MutableDataSet options;
    private final String internalLabel;
    private final HtmlRenderer renderer;
    private final HtmlCleaner cleaner = new HtmlCleaner();

    /** A renderer whose internal-passage boxes carry no caption. */
    public MarkdownRenderer() {
        this("");
    }

    /** @param internalLabel the caption of an internal passage's box in the internal site (内部资料) */
    public MarkdownRenderer(String internalLabel) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions(internalLabel, Syntax.ALL));
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        // Windows file names have spaces (活动 照片.png): ![照片](img/活动 照片.png) and ![照片](<…>) both link it
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
        // a task list's state as a symbol screen readers speak, not an unlabelled form control (WCAG 1.3.1, 4.1.2)
        options.set(TaskListExtension.ITEM_DONE_MARKER, "<span class=\"task-box\">☑</span> ");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER, "<span class=\"task-box\">☐</span> ");
        this.options = options;
        this.internalLabel = internalLabel;
        this.renderer = HtmlRenderer.builder(options).build();
        parsers.set(Syntax.ALL, Parser.builder(options).build());
    }

    private static List<com.vladsch.flexmark.util.misc.Extension> extensions(String internalLabel, int syntax) {
        List<com.vladsch.flexmark.util.misc.Extension> list = new ArrayList<>();
        if ((syntax & Syntax.TABLES) != 0) {
            list.add(TablesExtension.create());
        }
        if ((syntax & Syntax.AUTOLINKS) != 0) {
            list.add(AutolinkExtension.create());
        }
        list.add(FootnoteExtension.create());
        list.add(StrikethroughExtension.create());
        list.add(TaskListExtension.create());
        list.add(new CjkEmphasisExtension());
        list.add(new InternalPassageExtension(internalLabel));
        list.add(new PlainTextExtension());
        return List.copyOf(list);
    }

    /**
     * Which costly extensions a body can need. The autolink and table extensions look at every text
     * node and every paragraph (a fifth of flexmark's parse time on a Chinese corpus); a body with no
     * "://", '@' or "www." (what the link extractor's scanners start from) and no '|' gives them
     * nothing to find, so a parser without them gives the same document.
     */
    static final class Syntax {
        static final int TABLES = 1;
        static final int AUTOLINKS = 2;
        static final int ALL = TABLES | AUTOLINKS;

        private Syntax() {
        }

        static int of(String markdown) {
            int syntax = 0;
            if (markdown.indexOf('|') >= 0) {
                syntax |= TABLES;
            }
            if (markdown.contains("://") || markdown.indexOf('@') >= 0 || containsWww(markdown)) {
                syntax |= AUTOLINKS;
            }
            return syntax;
        }

        private static boolean containsWww(String s) {
            for (int i = s.indexOf('.'); i >= 3; i = s.indexOf('.', i + 1)) {
                if (s.regionMatches(true, i - 3, "www", 0, 3)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The parser with just the extensions of {@code syntax}. */
    Parser parser(int syntax) {
        Parser p = parsers.get(syntax);
        if (p == null) {
            MutableDataSet o = new MutableDataSet(options);
            o.set(Parser.EXTENSIONS, extensions(internalLabel, syntax));
            parsers.compareAndSet(syntax, null, Parser.builder(o).build());
            p = parsers.get(syntax);
        }
        return p;
    }

    /** What, besides a body and its links, decides how it renders: the caption of internal passages. */
    public String settingsFingerprint() {
        return "internal-label=" + internalLabel;
    }

    /** The HTML renderer every parser's documents go through. */
    HtmlRenderer htmlRenderer() {
        return renderer;
    }

    /**
     * Renders one case body.
     *
     * @param file      the case file (absolute), against which relative links resolve
     * @param relPath   the case file relative to the knowledge base, for messages
     * @param firstLine the file line the body starts on
     */
    public RenderedBody render(Path file, String relPath, String markdown, int firstLine, LinkTargets targets,
            Diagnostics diags) {
        return render(file, relPath, markdown, firstLine, List.of(), targets, diags);
    }

    /**
     * Renders one case body whose internal passages (by file line) are to be shown marked; a public
     * body has none left.
     */
    public RenderedBody render(Path file, String relPath, String markdown, int firstLine,
            List<InternalBlock> internalBlocks, LinkTargets targets, Diagnostics diags) {
        return render(file, relPath, markdown, firstLine, internalBlocks, new LinkLookups(targets), diags);
    }

    /**
     * Renders one case body, writing down in {@code lookups} everything its links asked about other
     * cases and files (what the body depends on beyond its own text).
     */
    public RenderedBody render(Path file, String relPath, String markdown, int firstLine,
            List<InternalBlock> internalBlocks, LinkLookups lookups, Diagnostics diags) {
        BodySource source = new BodySource(file, relPath, markdown, firstLine);
        Document document = parser(Syntax.of(markdown)).parse(markdown);
        AltTextCheck.check(document, source, diags);
        UnusedDefinitions.remove(document);
        LinkRewriter links = new LinkRewriter(source, lookups, diags);
        links.rewrite(document);
        InternalPassageExtension.mark(document, markdown, firstLine, internalBlocks);
        String html = renderer.render(document);
        if (containsRawHtml(document)) {
            html = cleaner.clean(html, RawHtmlMap.of(document, html), source, diags);
        }
        List<RenderedBody.Heading> toc = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading h && (h.getLevel() == 2 || h.getLevel() == 3) && !h.getAnchorRefId().isEmpty()) {
                toc.add(new RenderedBody.Heading(h.getLevel(), new TextCollectingVisitor().collectAndGetText(h).strip(),
                        h.getAnchorRefId()));
            }
        }
        return new RenderedBody(html, toc, BodyText.of(document), links.attachments());
    }

    private static boolean containsRawHtml(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                return true;
            }
        }
        return false;
    }
}
