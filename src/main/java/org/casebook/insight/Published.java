package org.casebook.insight;

import java.util.List;
import org.casebook.kb.Case;
import org.casebook.kb.KnowledgeBase;

/** Insights describe the published knowledge base, even when a preview build includes drafts. */
final class Published {

    private Published() {
    }

    static List<Case> of(KnowledgeBase kb) {
        return kb.cases().stream().filter(c -> !c.draft()).toList();
    }
}
