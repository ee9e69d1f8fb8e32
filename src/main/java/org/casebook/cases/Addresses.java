package org.casebook.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casebook.config.Fields;
import org.casebook.diag.Diagnostics;
import org.casebook.taxonomy.Term;
import org.casebook.yaml.YamlValue;

/**
 * A case's address fields: {@code slug:} (the address, instead of the file name, so that renaming the
 * file changes nothing) and {@code moved_from:} (earlier slugs whose pages become redirects). Each value
 * is checked where it is written; what only the whole collection can show is checked in {@code kb}.
 */
final class Addresses {

    private Addresses() {
    }

    /** The written slug, when there is one and it can be an address (otherwise reported at its position). */
    static Optional<YamlValue.Scalar> slug(YamlValue.Mapping fm, Diagnostics diags) {
        YamlValue.Entry e = fm.entries().get("slug");
        if (e == null) {
            return Optional.empty();
        }
        if (!(e.value() instanceof YamlValue.Scalar s)) {
            Fields.string(fm, "slug", diags); // reports the wrong shape
            return Optional.empty();
        }
        if (!Term.isValidSlug(s.text().strip())) {
            diags.error(s.pos(), "case.slug-field-invalid", s.text().strip());
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The earlier slugs, each valid and other than the case's own, in the order written, without repeats. */
    static List<CaseStudy.Written> movedFrom(YamlValue.Mapping fm, String slug, Diagnostics diags) {
        List<CaseStudy.Written> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (YamlValue.Scalar s : Fields.scalars(fm, "moved_from", diags)) {
            String old = s.text().strip();
            if (!Term.isValidSlug(old)) {
                diags.error(s.pos(), "case.moved-from-invalid", old);
            } else if (old.equals(slug)) {
                diags.error(s.pos(), "case.moved-from-self", old);
            } else if (seen.add(old)) {
                out.add(new CaseStudy.Written(old, s.pos().line(), s.pos().column()));
            }
        }
        return List.copyOf(out);
    }
}
