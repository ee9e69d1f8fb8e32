package org.casebook.render.markdown;

import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Drops link reference definitions ({@code [x]: file.png}) and footnotes that nothing in the body
 * uses. They render nothing, but left in the tree their files would be copied into the site and
 * their text indexed. That matters for a public body: a definition written outside an internal
 * passage but used only inside it loses its last use when the passage is removed, and its file
 * must not reach the public site.
 */
final class UnusedDefinitions {

    private UnusedDefinitions() {
    }

    static void remove(Document document) {
        // a footnote may be the only user of another definition: repeat until nothing more goes
        boolean removed = true;
        while (removed) {
            Set<Node> used = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Node> nodes = new ArrayList<>();
            for (Node n : document.getDescendants()) {
                nodes.add(n);
                if (n instanceof RefNode ref && ref.getReferenceNode(document) != null) {
                    used.add(ref.getReferenceNode(document));
                } else if (n instanceof Footnote note && note.getReferenceNode(document) != null) {
                    used.add(note.getReferenceNode(document));
                }
            }
            removed = false;
            for (Node n : nodes) {
                if ((n instanceof Reference || n instanceof FootnoteBlock) && n.getParent() != null && !used.contains(n)) {
                    n.unlink();
                    removed = true;
                }
            }
        }
    }
}
