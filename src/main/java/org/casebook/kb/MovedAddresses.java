package org.casebook.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebook.cases.CaseStudy;
import org.casebook.diag.Diagnostics;
import org.casebook.diag.SourcePos;

/**
 * What only the whole collection shows about {@code moved_from:}: an old address must not be a live
 * case's address (the redirect would replace that case's page), nor claimed by two cases, nor a name the
 * site uses itself. Checked over every case file, whatever its audience or draft state, so that a check
 * gives the same answer for every build.
 */
final class MovedAddresses {

    private MovedAddresses() {
    }

    static void check(List<CaseStudy> studies, Diagnostics diags) {
        Map<String, CaseStudy> live = new HashMap<>();
        for (CaseStudy s : studies) {
            live.putIfAbsent(s.slug().toLowerCase(Locale.ROOT), s);
        }
        Map<String, CaseStudy> claimed = new HashMap<>();
        for (CaseStudy s : studies) {
            for (CaseStudy.Written old : s.movedFrom()) {
                SourcePos at = new SourcePos(s.file(), old.line(), old.column());
                String key = old.text().toLowerCase(Locale.ROOT);
                CaseStudy owner = live.get(key);
                if (owner != null && owner != s) {
                    diags.error(at, "case.moved-from-live", old.text(), owner.file());
                } else if (KnowledgeBaseBuilder.RESERVED_SLUGS.contains(key)) {
                    diags.error(at, "case.slug-reserved", old.text());
                } else {
                    CaseStudy first = claimed.putIfAbsent(key, s);
                    if (first != null && first != s) {
                        diags.error(at, "case.moved-from-duplicate", old.text(), first.file());
                    }
                }
            }
        }
    }
}
