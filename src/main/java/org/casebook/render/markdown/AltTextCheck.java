package org.casebook.render.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;
import org.casebook.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Warns about images a screen reader cannot describe (WCAG 1.1.1): Markdown images with empty
 * brackets and raw {@code <img>} without an {@code alt} attribute. A warning, not an error: the
 * page still works, and a purely decorative image may rightly have {@code alt=""} in raw HTML.
 */
final class AltTextCheck {

    private AltTextCheck() {
    }

    static void check(Node document, BodySource source, Diagnostics diags) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Image img && img.getText().isBlank()) {
                diags.warning(source.pos(node), "image.no-alt", img.getUrl().toString());
            } else if (node instanceof ImageRef ref && ref.isDefined() && ref.getText().isBlank()) {
                diags.warning(source.pos(node), "image.no-alt", ref.getReference().toString());
            } else if ((node instanceof HtmlBlockBase || node instanceof HtmlInlineBase)
                    && node.getChars().toString().toLowerCase(java.util.Locale.ROOT).contains("<img")) {
                for (Element img : Jsoup.parseBodyFragment(node.getChars().toString()).select("img:not([alt])")) {
                    diags.warning(source.pos(node), "image.no-alt", img.attr("src"));
                }
            }
        }
    }
}
