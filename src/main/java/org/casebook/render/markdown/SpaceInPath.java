package org.casebook.render.markdown;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.diag.Diagnostics;

/**
 * {@code ![照片](img/my photo.png)} is not an image to Markdown: a space ends the path, so the
 * brackets become an undefined reference and the rest stays text. Named as what it is (a space in the
 * path, with the two ways to write it), not as a missing alt text.
 */
final class SpaceInPath {

    /** What follows the brackets: a parenthesis holding a path with a space, up to its closing one. */
    private static final Pattern PATH = Pattern.compile("^\\(([^()\\s<>]+\\s+[^()<>]*?)\\)");

    private SpaceInPath() {
    }

    /** True when {@code node} is such a slip (reported); its alt text is then not in question. */
    static boolean check(Node node, BodySource source, Diagnostics diags) {
        if (!(node instanceof RefNode ref) || ref.isDefined() || !(node instanceof ImageRef || node instanceof LinkRef)) {
            return false;
        }
        int end = node.getEndOffset();
        String after = source.text().substring(Math.min(end, source.text().length()));
        Matcher m = PATH.matcher(after);
        if (!m.find()) {
            return false;
        }
        String path = m.group(1).strip();
        String text = ref.getReference().toString();
        String bang = node instanceof ImageRef ? "!" : "";
        diags.error(source.pos(node), "link.space-in-path", path, bang + "[" + text + "](<" + path + ">)",
                path.replaceAll("\\s+", "-"));
        return true;
    }
}
