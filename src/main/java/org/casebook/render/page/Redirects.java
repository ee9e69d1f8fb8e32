package org.casebook.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;

/**
 * The pages at cases' old addresses ({@code moved_from:}): each leads on to the case's page, so links
 * and printed QR codes made before a rename keep working. Only cases of this build's model get one: a
 * public site has no redirect to an internal case.
 */
public final class Redirects {

    /** One old address and the page it leads to (both relative to the site root). */
    public record Redirect(String path, Views.RedirectPage view) {
    }

    private Redirects() {
    }

    public static List<Redirect> of(KnowledgeBase kb) {
        List<Redirect> out = new ArrayList<>();
        for (Case c : kb.cases()) {
            for (String old : c.movedFrom()) {
                out.add(new Redirect(SitePaths.casePage(old), new Views.RedirectPage(c.title(), c.path())));
            }
        }
        out.sort(Comparator.comparing(Redirect::path));
        return List.copyOf(out);
    }
}
