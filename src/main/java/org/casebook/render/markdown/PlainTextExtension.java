package org.casebook.render.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders a text node that needs no escaping as it is. Flexmark renders every text node in four
 * passes, char by char through interface calls (a copy, unescaping, line ends, HTML escaping), a
 * fifth of rendering a Chinese body; each pass changes nothing in a text without a backslash, '&',
 * a carriage return, '<', '>' or '"', which is most of the text of a Chinese body. Such a text is
 * appended as it stands; any other goes to flexmark's own renderer. The HTML is the same.
 */
final class PlainTextExtension implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** The node's text, when none of flexmark's passes would change it; null otherwise. */
    static String plain(BasedSequence chars) {
        String text = chars instanceof SubSequence sub && sub.getBase() instanceof String base
                ? base.substring(sub.getStartOffset(), sub.getEndOffset())
                : chars.toString();
        for (int i = 0, n = text.length(); i < n; i++) {
            switch (text.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return null;
                }
                default -> {
                }
            }
        }
        return text;
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
        }

        private void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = plain(node.getChars());
            if (text == null) {
                context.delegateRender();
            } else {
                html.append(text);
            }
        }
    }
}
