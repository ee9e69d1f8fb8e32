package org.casebook.render.markdown;

import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casebook.cases.InternalBlock;

/**
 * Marks the internal passages of a body in the internal site: the top-level blocks that overlap a
 * passage's lines are gathered into one {@link InternalPassage}, rendered as a labelled box. Which
 * lines are internal was decided once, line by line, when the case was read; this only shows it, so
 * the internal site marks exactly what the public site leaves out. (A public body reaches the
 * renderer with its passages already blank, so there is nothing to mark.)
 */
final class InternalPassageExtension implements HtmlRenderer.HtmlRendererExtension {

    private final String label;

    /** @param label the box's visible caption, from the theme's UI strings */
    InternalPassageExtension(String label) {
        this.label = label;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer(label));
    }

    /** Moves the document's top-level blocks that overlap a passage into one box per passage. */
    static void mark(Document document, String markdown, int firstLine, List<InternalBlock> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        int[] lineStarts = lineStarts(markdown);
        List<Node> topLevel = new ArrayList<>();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            topLevel.add(child);
        }
        InternalPassage box = null;
        InternalBlock boxBlock = null;
        for (Node node : topLevel) {
            // reference and footnote definitions render nothing where they stand
            InternalBlock block = node instanceof Reference || node instanceof FootnoteBlock ? null
                    : overlapping(node, lineStarts, firstLine, blocks);
            if (block == null) {
                box = null;
                boxBlock = null;
                continue;
            }
            if (box == null || !block.equals(boxBlock)) {
                box = new InternalPassage();
                boxBlock = block;
                node.insertBefore(box);
            }
            node.unlink();
            box.appendChild(node);
        }
    }

    private static InternalBlock overlapping(Node node, int[] lineStarts, int firstLine, List<InternalBlock> blocks) {
        int first = firstLine + lineOf(lineStarts, node.getStartOffset());
        int last = firstLine + lineOf(lineStarts, Math.max(node.getStartOffset(), node.getEndOffset() - 1));
        for (InternalBlock b : blocks) {
            if (b.overlaps(first, last)) {
                return b;
            }
        }
        return null;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 0-based line of an offset. */
    private static int lineOf(int[] lineStarts, int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** An internal-only passage of a body, as shown in the internal site. */
    static final class InternalPassage extends Block {
        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private static final class Renderer implements NodeRenderer {
        private final String label;

        Renderer(String label) {
            this.label = label;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(InternalPassage.class, this::render));
        }

        private void render(InternalPassage node, NodeRendererContext context, HtmlWriter html) {
            html.attr("class", "internal-block").withAttr().tag("div").line();
            if (!label.isEmpty()) {
                html.attr("class", "internal-block-label").withAttr().tag("p").text(label).closeTag("p").line();
            }
            context.renderChildren(node);
            html.closeTag("div").line();
        }
    }
}
