package org.casebook.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casebook.taxonomy.TaxonomyKind;
import org.casebook.taxonomy.Term;
import org.casebook.taxonomy.Vocabulary;

/**
 * Terms of the vocabulary named in a document's text, by name or alias, most mentioned first. A park
 * named in the signature block's unit comes first whatever the counts: the submitting park is the
 * case's park. Proposals only: the contributor confirms them.
 */
final class TermFinder {

    /** At most this many themes and methods are proposed: a case tagged with everything helps no reader. */
    static final int MAX_PROPOSED = 3;

    private TermFinder() {
    }

    static List<Term> find(Vocabulary vocabulary, TaxonomyKind kind, String text, String unit) {
        record Hit(Term term, int count, boolean inUnit, int order) {
        }
        List<Hit> hits = new ArrayList<>();
        List<Term> terms = vocabulary.terms(kind);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            int count = 0;
            boolean inUnit = false;
            List<String> names = new ArrayList<>(t.aliases());
            names.add(t.name());
            // the longest name first, and its mentions blanked, so 洋浦经济开发区 is not counted again as 洋浦
            names.sort(Comparator.comparingInt(String::length).reversed());
            String rest = text;
            for (String n : names) {
                if (n.isBlank()) {
                    continue;
                }
                count += occurrences(rest, n);
                rest = rest.replace(n, "\u0000");
                inUnit |= !unit.isEmpty() && unit.contains(n);
            }
            if (count > 0 || inUnit) {
                hits.add(new Hit(t, count, inUnit, i));
            }
        }
        hits.sort(Comparator.comparing((Hit h) -> !h.inUnit()).thenComparing(Hit::count, Comparator.reverseOrder())
                .thenComparingInt(Hit::order));
        int max = kind == TaxonomyKind.place() ? 1 : MAX_PROPOSED;
        return hits.stream().limit(max).map(Hit::term).toList();
    }

    private static int occurrences(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
            n++;
        }
        return n;
    }
}
