package org.casebook.render.page;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets successive renderings of the same site share view objects: a view equal to the previous
 * rendering's is replaced by that very instance. Page models then compare by identity where nothing
 * changed, which makes finding the pages an edit affects cheap at 10,000 cases (see
 * {@code site.LiveSite}); a build renders once and does not need one.
 */
public final class ViewCache {

    private final Map<String, Views.CaseCard> cards = new ConcurrentHashMap<>();
    /** Cards by the very case they were made from: a case unchanged since the last rendering is the same object. */
    private Map<org.casebook.kb.Case, Views.CaseCard> byCase = new java.util.IdentityHashMap<>();
    private Map<org.casebook.kb.Case, Views.CaseCard> byCaseNext = new java.util.IdentityHashMap<>();
    private volatile Views.Site site;
    private volatile Map<String, String> strings;

    Views.Site site(Views.Site fresh) {
        Views.Site old = site;
        if (fresh.equals(old)) {
            return old;
        }
        site = fresh;
        return fresh;
    }

    Map<String, String> strings(Map<String, String> fresh) {
        Map<String, String> old = strings;
        if (fresh.equals(old)) {
            return old;
        }
        strings = fresh;
        return fresh;
    }

    synchronized Views.CaseCard card(org.casebook.kb.Case c, java.util.function.Function<org.casebook.kb.Case, Views.CaseCard> make) {
        Views.CaseCard card = byCase.get(c);
        if (card == null) {
            card = card(make.apply(c));
        }
        byCaseNext.put(c, card);
        return card;
    }

    /** Ends one rendering's planning: cards of cases that are gone are forgotten. */
    synchronized void roll() {
        byCase = byCaseNext;
        byCaseNext = new java.util.IdentityHashMap<>();
    }

    Views.CaseCard card(Views.CaseCard fresh) {
        return cards.compute(fresh.slug(), (slug, old) -> Objects.equals(old, fresh) ? old : fresh);
    }
}
